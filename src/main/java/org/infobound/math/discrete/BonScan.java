package org.infobound.math.discrete;

/**
 * The one pass over sorted groups behind every best-of-n quantity (M-Def5, catalogue 5.5).
 *
 * <p>For group g with mass m and cumulative mass F (all groups up to and including g), the
 * best-of-n mass is {@code w = F^n - (F - m)^n}, computed as
 * {@code F^n * (-expm1(n * log1p(-m / F)))} (never as a difference of powers). F is taken from
 * the prefix sum while it is at most half the total and from the suffix sum above it otherwise,
 * so {@code log F = log1p(-tail)} keeps full relative accuracy near F = 1, which matters for n up
 * to 1e9. Both sums are compensated and normalised by the computed total (which differs from 1 by
 * at most the validation tolerance).
 */
final class BonScan {

    private BonScan() {
    }

    /**
     * Fills {@code w[g]} and {@code m[g]} (when non-null) and returns
     * {@code sum_g [w log(w/m) - w + m]}, the Bregman part of KL(bon || p).
     *
     * @param singletons true: every sorted position is its own group (index tie rule)
     */
    static double scan(double[] p, RewardOrder order, boolean singletons, long n,
            double[] w, double[] m) {
        int k = p.length;
        int[] perm = order.perm;
        int[] starts = order.starts;
        double[] suffix = new double[k + 1];
        double s = 0.0;
        double c = 0.0;
        for (int j = k - 1; j >= 0; j--) {
            double v = p[perm == null ? j : perm[j]];
            double t = s + v;
            c += s >= v ? (s - t) + v : (v - t) + s;
            s = t;
            suffix[j] = s + c;
        }
        double total = suffix[0];
        double half = 0.5 * total;
        double nd = (double) n;
        int groups = singletons ? k : starts.length - 1;
        double prefix = 0.0;
        double pc = 0.0;
        double kl = 0.0;
        for (int g = 0; g < groups; g++) {
            int from = singletons ? g : starts[g];
            int to = singletons ? g + 1 : starts[g + 1];
            double mass = 0.0;
            for (int j = from; j < to; j++) {
                mass += p[perm == null ? j : perm[j]];
            }
            double t = prefix + mass;
            pc += prefix >= mass ? (prefix - t) + mass : (mass - t) + prefix;
            prefix = t;
            double wg = 0.0;
            if (mass > 0) {
                double tail = suffix[to];
                double f;
                double logF;
                if (tail >= half) {
                    f = (prefix + pc) / total;
                    logF = Math.log(f);
                } else {
                    double upper = tail / total;
                    f = 1.0 - upper;
                    logF = Math.log1p(-upper);
                }
                double ratio = Math.min(1.0, mass / total / f);
                wg = Math.exp(nd * logF) * -Math.expm1(nd * Math.log1p(-ratio));
                kl += Terms.bregman(wg, mass);
            }
            if (w != null) {
                w[g] = wg;
                m[g] = mass;
            }
        }
        return kl;
    }
}
