package org.infobound.engine.falsify;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;

/**
 * Shrink candidates of an instance, simplest first: drop an outcome of the alphabet, move integers
 * toward their lower end, replace probabilities by simple rationals (uniform, one-hot, multiples
 * of 1/2, 1/3, ..., 1/12), rewards by their ranks, reals by short decimals and small integers.
 * Candidates may lie outside the domain; the shrinker validates them.
 */
final class Simplifications {

    /**
     * Alphabets up to this size get a candidate per dropped outcome; larger ones are shrunk by
     * truncation ({@link #truncate}, bisection in {@link Shrinker}).
     */
    static final int DROP_ALL_UP_TO = 64;

    private Simplifications() {
    }

    static List<Instance> of(Instance x) {
        List<Instance> out = new ArrayList<>();
        for (int i = 0; i < (x.alphabetSize() <= DROP_ALL_UP_TO ? x.alphabetSize() : 0); i++) {
            Instance y = dropOutcome(x, i);
            if (y != null) {
                out.add(y);
            }
        }
        for (Map.Entry<String, Input> e : x.inputs().entrySet()) {
            for (Input v : simpler(e.getValue())) {
                out.add(x.with(e.getKey(), v));
            }
        }
        double[] canonical = RewardGen.ranks(x.alphabetSize());
        if (!Arrays.equals(canonical, x.rewards())) {
            out.add(new Instance(canonical, x.inputs()));
        }
        double[] ranks = denseRanks(x.rewards());
        if (!Arrays.equals(ranks, x.rewards())) {
            out.add(new Instance(ranks, x.inputs()));
        }
        return out;
    }

    static Instance dropOutcome(Instance x, int i) {
        int k = x.alphabetSize();
        if (k <= 1) {
            return null;
        }
        double[] r = new double[k - 1];
        for (int j = 0, t = 0; j < k; j++) {
            if (j != i) {
                r[t++] = x.rewards()[j];
            }
        }
        Map<String, Input> m = new LinkedHashMap<>();
        for (Map.Entry<String, Input> e : x.inputs().entrySet()) {
            Input v = e.getValue();
            if (v instanceof Input.DistInput d) {
                v = dropMass(d, i);
                if (v == null) {
                    return null;
                }
            } else if (v instanceof Input.FnInput f) {
                v = new Input.FnInput(dropIndex(f.values(), i));
            } else if (v instanceof Input.KernelInput kk) {
                List<Input.DistInput> rows = new ArrayList<>(kk.rows());
                rows.remove(i);
                v = new Input.KernelInput(rows);
            }
            m.put(e.getKey(), v);
        }
        return new Instance(r, m);
    }

    /**
     * The instance on the first m outcomes (rewards, fn values and kernel rows cut; each
     * probability vector renormalized exactly), or null when a vector has no mass there.
     */
    static Instance truncate(Instance x, int m) {
        int k = x.alphabetSize();
        if (m < 1 || m >= k) {
            return null;
        }
        double[] r = Arrays.copyOf(x.rewards(), m);
        Map<String, Input> out = new LinkedHashMap<>();
        for (Map.Entry<String, Input> e : x.inputs().entrySet()) {
            Input v = e.getValue();
            if (v instanceof Input.DistInput d) {
                List<BigFraction> ps = d.probs().subList(0, m);
                BigFraction kept = BigFraction.ZERO;
                for (BigFraction p : ps) {
                    kept = kept.add(p);
                }
                if (kept.signum() == 0) {
                    return null;
                }
                List<BigFraction> q = new ArrayList<>(m);
                for (BigFraction p : ps) {
                    q.add(p.divide(kept));
                }
                v = new Input.DistInput(q);
            } else if (v instanceof Input.FnInput f) {
                v = new Input.FnInput(Arrays.copyOf(f.values(), m));
            } else if (v instanceof Input.KernelInput kk) {
                v = new Input.KernelInput(kk.rows().subList(0, m));
            }
            out.put(e.getKey(), v);
        }
        return new Instance(r, out);
    }

    private static Input.DistInput dropMass(Input.DistInput d, int i) {
        BigFraction rest = BigFraction.ONE.subtract(d.probs().get(i));
        if (rest.signum() == 0) {
            return null;
        }
        List<BigFraction> ps = new ArrayList<>();
        for (int j = 0; j < d.probs().size(); j++) {
            if (j != i) {
                ps.add(d.probs().get(j).divide(rest));
            }
        }
        return new Input.DistInput(ps);
    }

    private static double[] dropIndex(double[] v, int i) {
        double[] out = new double[v.length - 1];
        for (int j = 0, t = 0; j < v.length; j++) {
            if (j != i) {
                out[t++] = v[j];
            }
        }
        return out;
    }

    static List<Input> simpler(Input v) {
        List<Input> out = new ArrayList<>();
        if (v instanceof Input.IntInput i) {
            java.math.BigInteger n = i.value();
            for (java.math.BigInteger c : new java.math.BigInteger[] {java.math.BigInteger.ZERO,
                java.math.BigInteger.ONE, java.math.BigInteger.TWO, java.math.BigInteger.valueOf(3),
                n.divide(java.math.BigInteger.TWO), n.subtract(java.math.BigInteger.ONE)}) {
                if (c.abs().compareTo(n.abs()) < 0) {
                    out.add(new Input.IntInput(c));
                }
            }
        } else if (v instanceof Input.RealInput r) {
            for (BigFraction c : simpleReals(r.value())) {
                out.add(new Input.RealInput(c));
            }
        } else if (v instanceof Input.DistInput d) {
            out.addAll(simpleDists(d));
        } else if (v instanceof Input.FnInput f) {
            out.add(new Input.FnInput(new double[f.values().length]));
            out.add(new Input.FnInput(rounded(f.values(), 1)));
            out.add(new Input.FnInput(rounded(f.values(), 10)));
        } else if (v instanceof Input.KernelInput kk) {
            List<Input.DistInput> rows = new ArrayList<>();
            for (Input.DistInput row : kk.rows()) {
                List<Input.DistInput> s = simpleDists(row);
                rows.add(s.isEmpty() ? row : s.get(s.size() - 1));
            }
            out.add(new Input.KernelInput(rows));
        } else if (v instanceof Input.LawInput l) {
            out.add(LawGen.standard(l.family()));
            out.add(new Input.LawInput(l.family(), rounded(l.params(), 1)));
        }
        return out;
    }

    private static List<BigFraction> simpleReals(BigFraction x) {
        List<BigFraction> out = new ArrayList<>();
        for (BigFraction c : new BigFraction[] {BigFraction.ZERO, BigFraction.ONE, BigFraction.ONE_HALF,
            BigFraction.TWO, BigFraction.MINUS_ONE}) {
            out.add(c);
        }
        BigDecimal d = x.bigDecimalValue(40, java.math.RoundingMode.HALF_EVEN);
        for (int digits = 1; digits <= 6; digits++) {
            BigDecimal r = d.round(new MathContext(digits));
            out.add(new BigFraction(r.unscaledValue(), java.math.BigInteger.TEN.pow(Math.max(0, r.scale())))
                    .multiply(r.scale() < 0 ? new BigFraction(java.math.BigInteger.TEN.pow(-r.scale())) : BigFraction.ONE));
        }
        out.removeIf(c -> c.equals(x));
        return out;
    }

    /** Uniform, then roundings to multiples of 1/d (largest remainder), then one-hot. */
    static List<Input.DistInput> simpleDists(Input.DistInput d) {
        int k = d.probs().size();
        List<Input.DistInput> out = new ArrayList<>();
        out.add(Simplex.uniform(k));
        double[] p = d.approx();
        for (int den = 2; den <= 12; den++) {
            int[] c = largestRemainder(p, den);
            if (c != null) {
                out.add(Simplex.fromCounts(c));
            }
            int[] kept = keepSupport(p, den);
            if (kept != null) {
                out.add(Simplex.fromCounts(kept));
            }
        }
        int top = 0;
        for (int i = 1; i < k; i++) {
            if (p[i] > p[top]) {
                top = i;
            }
        }
        out.add(Simplex.oneHot(k, top));
        out.removeIf(c -> c.equals(d));
        return out;
    }

    private static int[] largestRemainder(double[] p, int den) {
        int[] c = new int[p.length];
        double[] rem = new double[p.length];
        int used = 0;
        for (int i = 0; i < p.length; i++) {
            c[i] = (int) Math.floor(p[i] * den);
            rem[i] = p[i] * den - c[i];
            used += c[i];
        }
        while (used < den) {
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                if (rem[i] > rem[best]) {
                    best = i;
                }
            }
            c[best]++;
            rem[best] = -1;
            used++;
        }
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0 && c[i] == 0) {
                return null;
            }
        }
        return c;
    }

    /** Multiples of 1/den with every positive mass at least 1/den (taken from the largest). */
    private static int[] keepSupport(double[] p, int den) {
        int[] c = new int[p.length];
        int used = 0;
        int top = 0;
        for (int i = 0; i < p.length; i++) {
            c[i] = p[i] > 0 ? Math.max(1, (int) Math.round(p[i] * den)) : 0;
            used += c[i];
            if (p[i] > p[top]) {
                top = i;
            }
        }
        c[top] += den - used;
        return c[top] >= 1 ? c : null;
    }

    private static double[] rounded(double[] v, double scale) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.rint(v[i] * scale) / scale;
        }
        return out;
    }

    /** Rewards replaced by their dense ranks 0, 1, 2, ... (order and ties kept). */
    static double[] denseRanks(double[] r) {
        TreeMap<Double, Integer> levels = new TreeMap<>();
        for (double x : r) {
            levels.put(x, 0);
        }
        int t = 0;
        for (Map.Entry<Double, Integer> e : levels.entrySet()) {
            e.setValue(t++);
        }
        double[] out = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            out[i] = levels.get(r[i]);
        }
        return out;
    }
}
