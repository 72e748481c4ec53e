package org.infobound.engine.falsify;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;

/**
 * The order shrinking descends, compared lexicographically:
 * <ol>
 * <li>alphabet size k;</li>
 * <li>size of the integer binders (log of their magnitude);</li>
 * <li>irregularity of the probability vectors: 64 per distinct mass value beyond the first, plus
 * the bit length of every denominator (so uniform beats one-hot, and 1/2 beats 3/8);</li>
 * <li>rewards: the canonical ranks 0, 1, ..., k-1 (distinct, in outcome order) are simplest;</li>
 * <li>the length of the instance's exact text (short decimals, small values).</li>
 * </ol>
 * A step is accepted only if it strictly decreases this order, so shrinking terminates. Preferring
 * full-support, uniform, distinct-reward instances is deliberate: it yields the meaningful
 * minimal counterexample (two outcomes of mass 1/2 for the BoN equality) rather than a degenerate
 * one with null outcomes.
 */
final class Complexity implements Comparable<Complexity> {

    private final double[] key;

    private Complexity(double... key) {
        this.key = key;
    }

    static Complexity of(Instance x) {
        double ints = 0;
        double dists = 0;
        for (Input v : x.inputs().values()) {
            if (v instanceof Input.IntInput i) {
                // log of the magnitude, from the bit length beyond the double range
                java.math.BigInteger a = i.value().abs();
                ints += a.bitLength() < 1000 ? Math.log1p(a.doubleValue())
                        : (a.bitLength() - 53) * Math.log(2) + Math.log(a.shiftRight(a.bitLength() - 53).doubleValue());
            } else if (v instanceof Input.DistInput d) {
                dists += irregularity(d);
            } else if (v instanceof Input.KernelInput kk) {
                for (Input.DistInput row : kk.rows()) {
                    dists += irregularity(row);
                }
            }
        }
        double[] r = x.rewards();
        boolean canonical = true;
        for (int i = 0; i < r.length; i++) {
            canonical &= r[i] == i;
        }
        int len = 0;
        for (Map.Entry<String, String> e : x.render().entrySet()) {
            len += e.getValue().length();
        }
        return new Complexity(x.alphabetSize(), ints, dists, canonical ? 0 : 1, len);
    }

    private static double irregularity(Input.DistInput d) {
        Set<BigFraction> distinct = new HashSet<>(d.probs());
        double s = 64.0 * (distinct.size() - 1);
        for (BigFraction p : d.probs()) {
            s += p.getDenominator().bitLength() - 1;
        }
        return s;
    }

    @Override
    public int compareTo(Complexity o) {
        for (int i = 0; i < key.length; i++) {
            int c = Double.compare(key[i], o.key[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
