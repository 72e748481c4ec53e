package org.infobound.math.discrete;

import java.util.Arrays;

import org.hipparchus.fraction.BigFraction;

/** Mixtures {@code (1 - w) p + w q} (spec/LANGUAGE.md sections 6-7: mix(p, q, w)) of two laws on the same alphabet with the same rewards. */
public final class Mixture {

    private Mixture() {
    }

    /**
     * The mixture {@code (1 - w) p + w q} (spec/LANGUAGE.md sections 6-7: mix(p, q, w)) for w in
     *     [0, 1].
     *
     * Requires: p != null && q != null && p.size() == q.size().
     * Requires: Arrays.equals(p.rewards(), q.rewards()) && 0 <= w && w <= 1.
     * Ensures: result.size() == p.size().
     * Throws only IllegalArgumentException.
     */
    public static DiscreteLaw mix(DiscreteLaw p, DiscreteLaw q, double w) {
        check(p, q);
        if (!(w >= 0 && w <= 1)) {
            throw new IllegalArgumentException("weight must lie in [0, 1], got " + w);
        }
        double[] out = new double[p.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (1 - w) * p.p()[i] + w * q.p()[i];
        }
        return DiscreteLaw.of(out, p.r(), null);
    }

    /**
     * The exact mixture for rational weight and exact laws.
     *
     * Requires: p != null && q != null && w != null && p.isExact() && q.isExact().
     * Requires: p.size() == q.size() && Arrays.equals(p.rewards(), q.rewards()).
     * Requires: w.signum() >= 0 && w.compareTo(BigFraction.ONE) <= 0.
     * Ensures: result.isExact().
     * Throws only IllegalArgumentException.
     */
    public static DiscreteLaw mix(DiscreteLaw p, DiscreteLaw q, BigFraction w) {
        check(p, q);
        Checks.nonNull(w, "w");
        if (!p.isExact() || !q.isExact()) {
            throw new IllegalArgumentException("an exact mixture needs two exact laws");
        }
        if (w.signum() < 0 || w.compareTo(BigFraction.ONE) > 0) {
            throw new IllegalArgumentException("weight must lie in [0, 1], got " + w);
        }
        BigFraction[] out = new BigFraction[p.size()];
        BigFraction v = BigFraction.ONE.subtract(w);
        for (int i = 0; i < out.length; i++) {
            out[i] = v.multiply(p.exact()[i]).add(w.multiply(q.exact()[i]));
        }
        return DiscreteLaw.categorical(out, p.r());
    }

    private static void check(DiscreteLaw p, DiscreteLaw q) {
        Checks.sameAlphabet(p, q);
        if (!Arrays.equals(p.r(), q.r())) {
            throw new IllegalArgumentException("a mixture needs the same rewards on both laws");
        }
    }
}
