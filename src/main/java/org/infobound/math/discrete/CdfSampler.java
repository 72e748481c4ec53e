package org.infobound.math.discrete;

import org.hipparchus.random.RandomGenerator;

/** Inverse-CDF sampling of outcomes by binary search on the cumulative masses. */
final class CdfSampler {

    private final double[] cumulative;
    private final int last;

    CdfSampler(double[] p) {
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

    int draw(RandomGenerator rng) {
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
