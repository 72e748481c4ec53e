package org.infobound.engine.eval;

import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * Certified moments of a discrete law. The sub-gaussian variance proxies are certified on both
 * sides by a branch and bound over l ({@link #proxy}; spec/NUMERICS.md, "Variance proxies"),
 * intersected with {@code [variance, (max r - min r)^2 / 4]} (the limit at 0 and Hoeffding's
 * lemma) and, for a two-point support, the exact Bernoulli closed form of the two-sided proxy
 * {@code (b - a)^2 (1 - 2p) / (2 log((1 - p)/p))} (catalogue, discrete brief).
 */
final class CertMoments {

    private CertMoments() {
    }

    /** Largest total bit size of the exact probabilities and rewards for the exact moments. */
    private static final long EXACT_BITS = 200_000;

    /**
     * Whether the mean and variance are computed in exact rationals (exact probabilities and a
     * moderate size): then a variance 2.5e-41 is enclosed as such, never as [0, 1e-40].
     */
    private static boolean exactAffordable(CertLaw p) {
        if (!p.isExact() || p.size() > 4096) {
            return false;
        }
        long bits = 0;
        for (int i = 0; i < p.size(); i++) {
            BigFraction r = p.exactReward(i);
            bits += p.exactProb(i).getDenominator().bitLength() + r.getDenominator().bitLength()
                    + r.getNumerator().bitLength();
        }
        return bits <= EXACT_BITS;
    }

    private static BigFraction exactMean(CertLaw p) {
        BigFraction s = BigFraction.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.exactProb(i).multiply(p.exactReward(i)));
        }
        return s;
    }

    static Interval mean(CertLaw p) {
        if (exactAffordable(p)) {
            return Interval.of(exactMean(p));
        }
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).mul(p.rewardIv(i)));
        }
        return s;
    }

    static Interval var(CertLaw p) {
        if (exactAffordable(p)) {
            BigFraction m = exactMean(p);
            BigFraction s = BigFraction.ZERO;
            for (int i = 0; i < p.size(); i++) {
                BigFraction d = p.exactReward(i).subtract(m);
                s = s.add(p.exactProb(i).multiply(d.multiply(d)));
            }
            return Interval.of(s);
        }
        Interval m = mean(p);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).mul(p.rewardIv(i).sub(m).sqr()));
        }
        return Iv.clamp(s, 0, Double.POSITIVE_INFINITY);
    }

    /**
     * {@code log E exp(l (r - m))} in log space: {@code s + log sum p_i exp(l d_i - s)} for a
     * double shift s near {@code max_i l d_i} (an exact identity for any real s), so
     * {@code cgf(bernoulli(1/2), 1e6)} is {@code 5e5 - log 2} to 15 digits, not [709, inf].
     */
    static Interval cgf(CertLaw p, Interval l) {
        Interval m = mean(p);
        Interval[] d = new Interval[p.size()];
        double s = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.size(); i++) {
            if (!p.isNull(i)) {
                d[i] = l.mul(p.rewardIv(i).sub(m));
                s = Math.max(s, d[i].mid());
            }
        }
        if (!Double.isFinite(s)) {
            s = 0;
        }
        Interval sum = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            if (d[i] != null) {
                sum = sum.add(p.prob(i).mul(d[i].sub(s).exp()));
            }
        }
        return sum.log().add(s);
    }

    static Interval entropy(CertLaw p) {
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(Iv.xlogxy(p.prob(i), Interval.ONE));
        }
        return Iv.clamp(s.neg(), 0, Double.POSITIVE_INFINITY);
    }

    static Interval collision(CertLaw p) {
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).sqr());
        }
        return Iv.clamp(s, 0, 1);
    }

    static Interval pmax(CertLaw p) {
        Interval m = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            m = m.max(p.prob(i));
        }
        return m;
    }

    /**
     * sign 0: two-sided; +1: l > 0 only; -1: l < 0 only. Certified on both sides by
     * {@link #proxy} (branch and bound over l); the two-point closed form is intersected in.
     */
    static Interval sigma2(CertLaw p, int sign) {
        p.requireOrderFaithful("the variance proxy");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int loAt = -1;
        int hiAt = -1;
        for (int i = 0; i < p.size(); i++) {
            if (p.maybePositive(i)) {
                if (p.reward(i) < lo) {
                    lo = p.reward(i);
                    loAt = i;
                }
                if (p.reward(i) > hi) {
                    hi = p.reward(i);
                    hiAt = i;
                }
            }
        }
        if (lo == hi) {
            return Interval.ZERO;
        }
        Interval range = p.rewardIv(hiAt).sub(p.rewardIv(loAt));
        Interval upper = range.sqr().div(Interval.of(4));
        Interval var = var(p);
        Interval result = Interval.of(Math.min(var.lo(), upper.hi()), upper.hi());
        Interval bb = null;
        try {
            bb = sign > 0 ? proxy(p, 1, var) : sign < 0 ? proxy(p, -1, var) : proxy(p, 1, var).max(proxy(p, -1, var));
        } catch (RuntimeException e) {
            // keep [variance, Hoeffding]
        }
        if (bb != null) {
            result = intersect(result, bb);
        }
        if (sign == 0) {
            Interval two = twoPoint(p, lo, hi, range);
            if (two != null) {
                result = intersect(result, two);
            }
        }
        return result;
    }

    private static Interval intersect(Interval a, Interval b) {
        if (!a.intersects(b)) {
            throw new InternalFailure("two enclosures of a variance proxy are disjoint: " + a + " and " + b);
        }
        return a.intersect(b);
    }

    /**
     * Largest support for the branch and bound (each evaluation costs one interval exponential
     * per outcome); larger supports get certified point values on a grid as lower end and
     * Hoeffding's bound as upper end.
     */
    private static final int MAX_PROXY_SUPPORT = 128;

    /** Lower end from certified point values of g on a grid of l; no upper end (inf). */
    private static Interval gridLower(Interval[] pv, Interval[] dv, Interval var, double dmax) {
        double best = var.lo();
        for (int e = -12; e <= 12; e++) {
            double l = Math.pow(2, e) / Math.max(dmax, Double.MIN_NORMAL);
            try {
                best = Math.max(best, g(pv, dv, Dual.constant(Interval.of(l)), l).value().lo());
            } catch (RuntimeException ex) {
                // skip this point
            }
        }
        return Interval.of(best, Double.POSITIVE_INFINITY);
    }

    /** Evaluations of the branch and bound of {@link #proxy}. */
    private static final int PROXY_BUDGET = 800;
    /** Relative gap between the certified lower and upper ends at which it stops. */
    private static final double PROXY_TOL = 1e-10;

    /**
     * An enclosure of {@code sup_{l > 0} g(l)}, {@code g(l) = 2 K(l) / l^2}, where
     * {@code K(l) = log sum_i p_i exp(l d_i)} and {@code d_i = sign (r_i - E r)} (so sign -1 is
     * the sup over l < 0). K is convex with K(0) = K'(0) = 0, so:
     * <ul>
     * <li>l in (0, l0]: {@code K(l) = int_0^l (l - t) K''(t) dt}, hence
     * {@code g(l) <= sup_{[0, l0]} K''(t) <= sup_{t in [0, l0]} E_t[d^2]} (the tilted variance is
     * at most the tilted second moment about 0), enclosed in interval arithmetic over t;</li>
     * <li>l >= L: {@code K(l) <= l max d_i}, so {@code g(l) <= 2 max d_i / L}; L is chosen so
     * that this is at most the variance, a lower end of the sup (its limit at 0);</li>
     * <li>[l0, L]: geometric cells, each bounded by the mean-value form
     * {@code g(c) + g'([a, b]) ([a, b] - c)} (forward-mode derivative enclosure, {@link Dual})
     * and by {@code 2 K(b) / a^2} (K increases on l > 0); the cell with the largest upper end
     * is split until the gap to the best certified point value is below PROXY_TOL relative or
     * the budget is spent. The answer is sound at any budget.</li>
     * </ul>
     */
    static Interval proxy(CertLaw p, int sign, Interval var) {
        Interval m = mean(p);
        java.util.List<Interval> ps = new java.util.ArrayList<>();
        java.util.List<Interval> ds = new java.util.ArrayList<>();
        double dmax = 0;
        double absMax = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.maybePositive(i)) {
                Interval d = p.rewardIv(i).sub(m);
                if (sign < 0) {
                    d = d.neg();
                }
                ps.add(Iv.clamp(p.prob(i), 0, 1));
                ds.add(d);
                dmax = Math.max(dmax, d.hi());
                absMax = Math.max(absMax, Math.max(Math.abs(d.lo()), Math.abs(d.hi())));
            }
        }
        if (!(var.lo() > 0) || !(absMax > 0) || !Double.isFinite(absMax)) {
            return null;
        }
        Interval[] pv = ps.toArray(new Interval[0]);
        Interval[] dv = ds.toArray(new Interval[0]);
        if (pv.length > MAX_PROXY_SUPPORT) {
            return gridLower(pv, dv, var, dmax);
        }
        // (0, b0]: K(l) = var l^2/2 + k3 l^3/6 + R, |R| <= l^4/24 sup K4 (Taylor with integral
        // remainder); K4(t), the fourth derivative (the tilted fourth cumulant), is at most the
        // tilted fourth central moment <= range^2 Var_t <= range^2 E_t[d^2]. So on (0, b0]
        // g <= var + max(0, b0 k3 / 3) + b0^2 / 12 range^2 sup_{[0, b0]} E_t[d^2].
        double dmin = 0;
        for (Interval d : dv) {
            dmin = Math.min(dmin, d.lo());
        }
        double range = Interval.of(dmax).sub(Interval.of(dmin)).hi();
        double l0 = 1e-4 / range;
        Interval t = Interval.of(0, l0);
        Interval num = Interval.ZERO;
        Interval den = Interval.ZERO;
        Interval k3 = Interval.ZERO;
        for (int i = 0; i < pv.length; i++) {
            Interval w = pv[i].mul(t.mul(dv[i]).exp());
            num = num.add(w.mul(dv[i].sqr()));
            den = den.add(w);
            k3 = k3.add(pv[i].mul(dv[i].pow(3)));
        }
        Interval bigM = num.div(den);
        Interval b0 = Interval.of(l0);
        Interval nearZero = var.add(b0.mul(k3).div(Interval.of(3)).max(Interval.ZERO))
                .add(b0.sqr().div(Interval.of(12)).mul(Interval.of(range).sqr()).mul(bigM));
        double upperEnd = nearZero.hi();
        double best = var.lo();
        double lL = Math.max(2 * l0, Interval.of(2 * dmax).div(Interval.of(var.lo())).hi());
        if (!Double.isFinite(lL)) {
            return null;
        }
        upperEnd = Math.max(upperEnd, Interval.of(2 * dmax).div(Interval.of(lL)).hi());
        // where K''' <= 0 on [0, b] (the tilted third central moment, enclosed over t in [0, b]),
        // K'' <= K''(0) = var there, and g, a weighted mean of K'' over [0, l], is <= var on (0, b]
        double start = l0;
        Interval k30 = k3;
        for (double b = lL; b > l0; b /= 4) {
            if (secondDerivativeAtMostVar(pv, dv, b, k30, var, PROXY_TOL)) {
                start = b;
                upperEnd = Math.max(var.hi() * (1 + PROXY_TOL), Interval.of(2 * dmax).div(Interval.of(lL)).hi());
                break;
            }
        }
        int budget = Math.max(32, Math.min(PROXY_BUDGET, 20_000 / pv.length));
        java.util.PriorityQueue<double[]> cells = new java.util.PriorityQueue<>((x, y) -> Double.compare(y[2], x[2]));
        double a = start;
        int evals = 0;
        while (a < lL) {
            double b = Math.min(a * 16, lL);
            double[] c = cell(pv, dv, a, b);
            evals++;
            best = Math.max(best, c[3]);
            cells.add(c);
            a = b;
        }
        while (!cells.isEmpty() && evals < budget) {
            double[] c = cells.peek();
            if (c[2] - best <= PROXY_TOL * best) {
                break;
            }
            cells.poll();
            double mid = c[1] / c[0] > 2 ? Math.sqrt(c[0]) * Math.sqrt(c[1]) : c[0] + (c[1] - c[0]) / 2;
            if (!(mid > c[0] && mid < c[1])) {
                cells.add(new double[] {c[0], c[1], c[2], c[3]});
                break;
            }
            for (double[] half : new double[][] {cell(pv, dv, c[0], mid), cell(pv, dv, mid, c[1])}) {
                evals++;
                best = Math.max(best, half[3]);
                cells.add(half);
            }
        }
        for (double[] c : cells) {
            upperEnd = Math.max(upperEnd, c[2]);
        }
        return Interval.of(best, Math.max(best, upperEnd));
    }

    /**
     * Whether {@code K2(t) <= var (1 + tol)} on [0, b] (K2 = K'' the tilted variance), so that
     * {@code g <= var (1 + tol)} on (0, b] (g is a weighted mean of K2 over [0, l]): either K3
     * (the tilted third central moment, enclosed over t in [0, b]) is <= 0 there, or
     * {@code K2(t) <= var + t k3(0) + t^2/2 sup K4} with K4 the tilted fourth cumulant
     * {@code m4 - 3 m2^2} enclosed over [0, b] (Taylor with integral remainder).
     */
    private static boolean secondDerivativeAtMostVar(Interval[] pv, Interval[] dv, double b, Interval k30,
            Interval var, double tol) {
        try {
            Interval t = Interval.of(0, b);
            Interval[] w = new Interval[pv.length];
            Interval z = Interval.ZERO;
            Interval m1 = Interval.ZERO;
            for (int i = 0; i < pv.length; i++) {
                w[i] = pv[i].mul(t.mul(dv[i]).exp());
                z = z.add(w[i]);
                m1 = m1.add(w[i].mul(dv[i]));
            }
            Interval mu = m1.div(z);
            Interval m2 = Interval.ZERO;
            Interval m3 = Interval.ZERO;
            Interval m4 = Interval.ZERO;
            for (int i = 0; i < pv.length; i++) {
                Interval c = dv[i].sub(mu);
                Interval c2 = c.sqr();
                m2 = m2.add(w[i].mul(c2));
                m3 = m3.add(w[i].mul(c2.mul(c)));
                m4 = m4.add(w[i].mul(c2.sqr()));
            }
            if (m3.div(z).hi() <= 0) {
                return true;
            }
            Interval bb = Interval.of(b);
            Interval k4 = m4.div(z).sub(m2.div(z).sqr().mul(Interval.of(3)));
            Interval bound = var.add(bb.mul(k30.max(Interval.ZERO)))
                    .add(bb.sqr().mul(Interval.of(0.5)).mul(k4.max(Interval.ZERO)));
            return bound.hi() <= var.hi() * (1 + tol);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {a, b, upper end of g on [a, b], certified lower end of g at a point of [a, b]}. */
    private static double[] cell(Interval[] pv, Interval[] dv, double a, double b) {
        double c = a + (b - a) / 2;
        double lower = 0;
        double upper = Double.POSITIVE_INFINITY;
        try {
            Interval gc = g(pv, dv, Dual.constant(Interval.of(c)), c).value();
            lower = Math.max(0, gc.lo());
            Interval box = Interval.of(a, b);
            Interval kb = g(pv, dv, Dual.constant(Interval.of(b)), b).value().mul(Interval.of(b).sqr());
            upper = kb.div(Interval.of(a).sqr()).hi();
            Dual gd = g(pv, dv, Dual.variable(box), c);
            if (gd.smooth()) {
                Interval mv = gc.add(gd.derivative().mul(box.sub(Interval.of(c))));
                upper = Math.min(upper, mv.hi());
            }
            upper = Math.min(upper, gd.value().hi());
        } catch (RuntimeException e) {
            // an undecided cell keeps the upper end inf
        }
        return new double[] {a, b, upper, lower};
    }

    /**
     * {@code 2 K(l) / l^2}. Where {@code |l d_i| <= 1}: {@code K = log1p(sum p_i phi(l d_i))},
     * {@code phi(x) = e^x - 1 - x} (exact for the true law since {@code sum p_i d_i = 0}), phi by
     * its Taylor series with remainder, so K keeps its relative accuracy as l -> 0 (the direct
     * {@code log sum} cancels). Elsewhere K in log space with the double shift
     * {@code s = c max d_i} (any real s is exact).
     */
    private static Dual g(Interval[] pv, Interval[] dv, Dual l, double c) {
        double absMax = 0;
        for (Interval d : dv) {
            absMax = Math.max(absMax, Math.max(Math.abs(d.lo()), Math.abs(d.hi())));
        }
        Dual k;
        if (l.value().abs().hi() * absMax <= 1) {
            Dual sum = Dual.constant(Interval.ZERO);
            for (int i = 0; i < pv.length; i++) {
                sum = sum.add(Dual.constant(pv[i]).mul(phi(l.mul(Dual.constant(dv[i])), dv[i])));
            }
            k = sum.log1p();
        } else {
            double s = Double.NEGATIVE_INFINITY;
            for (Interval d : dv) {
                s = Math.max(s, c * d.mid());
            }
            Dual sum = Dual.constant(Interval.ZERO);
            for (int i = 0; i < pv.length; i++) {
                sum = sum.add(Dual.constant(pv[i]).mul(l.mul(Dual.constant(dv[i])).sub(Dual.constant(s)).exp()));
            }
            k = sum.log().add(Dual.constant(s));
        }
        return k.mul(Dual.constant(2)).div(l.sqr());
    }

    private static final int PHI_TERMS = 24;
    private static final Interval[] INV_FACT = new Interval[PHI_TERMS + 2];

    static {
        BigFraction f = BigFraction.ONE;
        for (int k = 0; k < INV_FACT.length; k++) {
            if (k > 0) {
                f = f.divide(k);
            }
            INV_FACT[k] = Interval.of(f);
        }
    }

    /**
     * {@code phi(x) = e^x - 1 - x} for |x| <= 1 as a Dual in l (x = l d): value
     * {@code sum_{k=2}^{N} x^k/k! + [-R, R]}, {@code R = 3 |x|^(N+1) / (N+1)!} (Lagrange
     * remainder, e^|x| < 3), clipped at 0 (phi >= 0); derivative {@code expm1(x) d}
     * (phi' = expm1, chain rule with dx/dl = d).
     */
    private static Dual phi(Dual x, Interval d) {
        Interval v = x.value();
        double ax = v.abs().hi();
        // fewest terms N with 3 |x|^(N+1) / (N+1)! <= 1e-20 x^2 / 2 (or N = PHI_TERMS)
        int n = 3;
        double term = ax * ax * ax * ax / 24;
        while (n < PHI_TERMS && 3 * term > 1e-20 * ax * ax / 2) {
            n++;
            term *= ax / (n + 1);
        }
        Interval poly = INV_FACT[n];
        for (int k = n - 1; k >= 2; k--) {
            poly = INV_FACT[k].add(v.mul(poly));
        }
        Interval value = v.sqr().mul(poly);
        double r = Interval.of(3).mul(v.abs().pow(n + 1)).mul(INV_FACT[n + 1]).hi();
        value = value.add(Interval.of(-r, r)).intersect(Interval.NONNEGATIVE);
        return Dual.of(value, v.expm1().mul(d));
    }

    private static Interval twoPoint(CertLaw p, double a, double b, Interval range) {
        if (!p.isExact()) {
            return null;
        }
        BigFraction top = BigFraction.ZERO;
        for (int i = 0; i < p.size(); i++) {
            if (p.reward(i) == b) {
                top = top.add(p.exactProb(i));
            } else if (p.reward(i) != a && p.exactProb(i).signum() > 0) {
                return null;
            }
        }
        if (top.compareTo(BigFraction.ONE_HALF) == 0) {
            return range.sqr().div(Interval.of(4));
        }
        Interval q = Interval.of(top);
        Interval oneMinus = Interval.of(BigFraction.ONE.subtract(top));
        try {
            Interval ratio = oneMinus.sub(q).div(oneMinus.div(q).log().mul(Interval.of(2)));
            return range.sqr().mul(ratio);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Interval cdf(CertLaw p, Interval x) {
        Interval s = Interval.ZERO;
        Interval maybe = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            Interval r = p.rewardIv(i);
            if (r.hi() <= x.lo()) {
                s = s.add(p.prob(i));
            } else if (r.lo() <= x.hi()) {
                maybe = maybe.add(p.prob(i));
            }
        }
        return Iv.clamp(Interval.of(s.lo(), s.add(maybe).hi()), 0, 1);
    }

    static Interval quantile(CertLaw p, Interval u) {
        p.requireOrderFaithful("the quantile");
        TreeMap<Double, Interval> levels = new TreeMap<>();
        java.util.Map<Double, Interval> value = new java.util.HashMap<>();
        for (int i = 0; i < p.size(); i++) {
            levels.merge(p.reward(i), p.prob(i), Interval::add);
            value.put(p.reward(i), p.rewardIv(i));
        }
        Interval cum = Interval.ZERO;
        Double first = null;
        Double last = null;
        for (var e : levels.entrySet()) {
            cum = cum.add(e.getValue());
            if (first == null && cum.hi() >= u.lo()) {
                first = e.getKey();
            }
            if (last == null && cum.lo() >= u.hi()) {
                last = e.getKey();
            }
        }
        if (first == null) {
            throw new Uncertified("quantile beyond the enclosed cdf");
        }
        return Interval.of(value.get(first).lo(), value.get(last == null ? levels.lastKey() : last).hi());
    }

    static Interval winrate(CertLaw p, CertLaw q, WinRateTies ties) {
        Interval s = Interval.ZERO;
        Interval tie = ties == WinRateTies.HALF ? Interval.of(0.5) : ties == WinRateTies.WEAK ? Interval.ONE
                : Interval.ZERO;
        boolean doubles = p.rewardsAreDoubles() && q.rewardsAreDoubles();
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < q.size(); j++) {
                Interval w = p.prob(i).mul(q.prob(j));
                int c = doubles ? Double.compare(p.reward(i) + 0.0, q.reward(j) + 0.0)
                        : p.exactReward(i).compareTo(q.exactReward(j));
                if (c > 0) {
                    s = s.add(w);
                } else if (c == 0) {
                    s = s.add(w.mul(tie));
                }
            }
        }
        return Iv.clamp(s, 0, 1);
    }
}
