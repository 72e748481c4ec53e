package org.infobound.math.discrete;

import org.hipparchus.random.RandomGenerator;

/**
 * Inverse-CDF sampling of outcomes by binary search on the cumulative masses; never returns an
 * outcome of mass zero (the search stops at the last outcome with positive mass).
 */
public final class CdfSampler {

    private final double[] cumulative;
    private final int last;

    /** A sampler of the masses {@code p} (non-negative, summing to about 1). */
    public CdfSampler(double[] p) {
        cumulative = new double[p.length];
        double s = 0.0;
        int l = 0;
        for (int i = 0; i < p.length; i++) {
            s += p[i];
            cumulative[i] = s;
            if (p[i] > 0) {
                l = i;
            }
        }
        last = l;
    }

    /** One outcome index, drawn with probability proportional to its mass. */
    public int draw(RandomGenerator rng) {
        double u = rng.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = last;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
