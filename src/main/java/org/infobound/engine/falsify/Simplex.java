package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input.DistInput;

/**
 * Exact probability vectors. Weight vectors are rounded to multiples of 2^-52 with the rounding
 * remainder put on the largest entry, so every probability is a double and the vector sums to
 * exactly 1 in the rationals: floating-point and certified evaluation see the same instance.
 */
final class Simplex {

    private static final double GRID = 0x1p52;

    private Simplex() {
    }

    /** The vector proportional to non-negative weights (at least one positive). */
    static DistInput fromWeights(double[] w) {
        double sum = 0;
        int big = 0;
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] >= 0) || !Double.isFinite(w[i])) {
                throw new IllegalArgumentException("bad weight " + w[i]);
            }
            sum += w[i];
            if (w[i] > w[big]) {
                big = i;
            }
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("all weights are zero");
        }
        long[] units = new long[w.length];
        long used = 0;
        for (int i = 0; i < w.length; i++) {
            if (i != big) {
                units[i] = (long) Math.floor(w[i] / sum * GRID);
                used += units[i];
            }
        }
        units[big] = (long) GRID - used;
        List<BigFraction> ps = new ArrayList<>(w.length);
        for (long u : units) {
            ps.add(dyadic(u));
        }
        return new DistInput(ps);
    }

    /**
     * {@code u / 2^52} for 0 <= u <= 2^52: the quotient is an exact double, and Hipparchus'
     * exact double constructor builds the reduced fraction by shifting, with no gcd (a division
     * of BigFractions costs a gcd per entry and dominated the search's profile).
     */
    private static BigFraction dyadic(long u) {
        return u == 0 ? BigFraction.ZERO : new BigFraction(u / GRID);
    }

    /** The vector c_i / sum(c): simple rationals such as 1/2, 1/3, 1/4. */
    static DistInput fromCounts(int[] c) {
        long sum = 0;
        for (int x : c) {
            if (x < 0) {
                throw new IllegalArgumentException("negative count");
            }
            sum += x;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("all counts are zero");
        }
        List<BigFraction> ps = new ArrayList<>(c.length);
        for (int x : c) {
            ps.add(new BigFraction(x, sum));
        }
        return new DistInput(ps);
    }

    /** Uniform on k outcomes. */
    static DistInput uniform(int k) {
        int[] c = new int[k];
        java.util.Arrays.fill(c, 1);
        return fromCounts(c);
    }

    /** All mass on outcome i. */
    static DistInput oneHot(int k, int i) {
        int[] c = new int[k];
        c[i] = 1;
        return fromCounts(c);
    }

    /**
     * Outcome {@code tiny} gets the exact mass {@code t} (a double, e.g. 1e-300), the rest is
     * spread as {@code base} over the other outcomes, scaled by 1 - t exactly.
     */
    static DistInput withTinyMass(DistInput base, int tiny, double t) {
        BigFraction tt = org.infobound.num.Rationals.of(t);
        BigFraction rest = BigFraction.ONE.subtract(tt);
        BigFraction others = BigFraction.ONE.subtract(base.probs().get(tiny));
        if (others.signum() == 0) {
            return base;
        }
        List<BigFraction> ps = new ArrayList<>();
        for (int i = 0; i < base.probs().size(); i++) {
            ps.add(i == tiny ? tt : base.probs().get(i).multiply(rest).divide(others));
        }
        return new DistInput(ps);
    }
}
