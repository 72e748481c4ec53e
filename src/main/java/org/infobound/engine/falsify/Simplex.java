package org.infobound.engine.falsify;

import org.infobound.engine.eval.Input.DistInput;

/**
 * Exact probability vectors. Weight vectors are rounded to multiples of 2^-52 with the rounding
 * remainder put on the largest entry, so every probability is a double and the vector sums to
 * exactly 1 in the rationals: floating-point and certified evaluation see the same instance.
 * Vectors from weights are built as doubles ({@link DistInput#ofDoubles}); their rationals are
 * only made for certified confirmation and reports.
 */
final class Simplex {

    private static final double GRID = 0x1p52;
    private static final double INV_GRID = 0x1p-52;

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
        double[] p = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            if (i != big) {
                // floor(w_i / sum * 2^52) * 2^-52: the quotient is in [0, 1] (a sum of non-negative
                // doubles is at least each of them), so the scaled value lies in [0, 2^52] and its
                // floor is the truncation to long, exactly (no call to Math.floor, which the C1
                // compiler of a short run does not inline); the scaling back by 2^-52 is exact, and
                // a zero keeps its sign, as Math.floor keeps it
                double u = w[i] / sum * GRID;
                p[i] = u == 0 ? u * INV_GRID : (double) (long) u * INV_GRID;
            }
        }
        // p is fresh and not used again here: handed over
        return DistInput.ofDoublesOwned(p, big);
    }

    /** The vector c_i / sum(c): simple rationals such as 1/2, 1/3, 1/4. */
    static DistInput fromCounts(int[] c) {
        long[] l = new long[c.length];
        for (int i = 0; i < c.length; i++) {
            l[i] = c[i];
        }
        return DistInput.ofCounts(l);
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
     * Outcome {@code tiny} gets the exact mass {@code t} (a double, e.g. 1e-300); the largest
     * other outcome of {@code base} gives it up (it becomes exactly its old mass plus the tiny
     * outcome's old mass minus t), the others keep their masses. No rational arithmetic: the
     * exact vector is only made if the instance is confirmed or reported.
     */
    static DistInput withTinyMass(DistInput base, int tiny, double t) {
        double[] p = base.approx();
        int big = -1;
        for (int i = 0; i < p.length; i++) {
            if (i != tiny && (big < 0 || p[i] > p[big])) {
                big = i;
            }
        }
        if (big < 0 || p[big] + p[tiny] < t) {
            return base;
        }
        p[tiny] = t;
        // p is a fresh copy (approx()) and not used again here: handed over
        return DistInput.ofDoublesOwned(p, big);
    }
}
