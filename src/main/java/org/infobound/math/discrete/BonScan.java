package org.infobound.math.discrete;

/**
 * The one pass over sorted groups behind every best-of-n quantity (M-Def5, catalogue 5.5).
 *
 * <p>For a group with mass m and cumulative mass F (all groups up to and including it), the
 * best-of-n mass is {@code w = F^n - (F - m)^n}, computed as
 * {@code exp(n log F) * (-expm1(n x))} with {@code x = log1p(-m / F) = log(F-/F)} (never as a
 * difference of powers). When {@code y = n x <= -log 2} there is no cancellation and w is taken
 * as {@code F^n - (F-)^n} with both powers from {@code exp(n log F)}, the lower one being reused
 * as the next group's {@code F^n}: one exponential per group.
 *
 * <p>Groups are visited from the top: {@code log F} starts at 0 and each group adds its x
 * (compensated summation; all terms have one sign, so the relative error stays a few ulps),
 * saving one logarithm per group. F itself comes from the tail sum above the group while that is
 * below half the total and from the prefix sum otherwise, so {@code m / F} is accurate at both
 * ends. Sums are compensated and normalised by the computed total (within the validation
 * tolerance of 1). Cross-checked against the certified interval pmf (exact rational F and m) for
 * n up to 1e9 in CertifiedDiscreteTest.
 */
final class BonScan {

    private static final double LN2 = Math.log(2);

    private BonScan() {
    }

    /**
     * Returns {@code KL(bon || p) = sum_g [w log(w/m) - w + m] + (1 - sum p)} (non-negative
     * Bregman terms; the best-of-n law sums to 1) and, when {@code out} is non-null, writes the
     * best-of-n pmf in sorted order into it.
     *
     * @param ps probabilities in sorted order
     * @param keys sorted keys (equal keys form one group), or null: every outcome is its own group
     */
    static double scan(double[] ps, double[] keys, long n, double[] out) {
        int k = ps.length;
        double[] prefix = new double[k + 1];
        double s = 0.0;
        double c = 0.0;
        for (int j = 0; j < k; j++) {
            double v = ps[j];
            double t = s + v;
            c += s >= v ? (s - t) + v : (v - t) + s;
            s = t;
            prefix[j + 1] = s + c;
        }
        double total = prefix[k];
        double half = 0.5 * total;
        double nd = (double) n;
        double tail = 0.0;
        double tailC = 0.0;
        double logF = 0.0;
        double logFC = 0.0;
        double powF = 1.0;
        double kl = 0.0;
        int to = k;
        while (to > 0) {
            int from = to - 1;
            double mass = ps[from];
            if (keys != null) {
                double key = keys[from];
                while (from > 0 && keys[from - 1] == key) {
                    mass += ps[--from];
                }
            }
            if (mass > 0) {
                double above = tail + tailC;
                // total * F, from the tail while that is below half the total, else the prefix
                double totalF = above <= half ? total - above : prefix[to];
                if (logF == Double.NEGATIVE_INFINITY) {
                    logF = Math.log(totalF / total);
                    logFC = 0.0;
                    powF = Math.exp(nd * logF);
                }
                double x = log1p(-Math.min(1.0, mass / totalF));
                double t = logF + x;
                logFC = x == Double.NEGATIVE_INFINITY ? 0.0
                        : logFC + (logF <= x ? (logF - t) + x : (x - t) + logF);
                logF = t;
                double y = nd * x;
                double powBelow = Math.exp(nd * (logF + logFC));
                double w = y <= -LN2 ? powF - powBelow : powF * -Math.expm1(y);
                powF = powBelow;
                kl += bregman(w, mass);
                if (out != null) {
                    double rho = w / mass;
                    for (int j = from; j < to; j++) {
                        out[j] = keys == null ? w : ps[j] * rho;
                    }
                }
                double u = tail + mass;
                tailC += tail >= mass ? (tail - u) + mass : (mass - u) + tail;
                tail = u;
            } else if (out != null) {
                for (int j = from; j < to; j++) {
                    out[j] = 0.0;
                }
            }
            to = from;
        }
        return kl + (1.0 - total);
    }

    /**
     * {@code log1p(x)} for x in [-1, 0] by Goldberg's identity {@code log(u) * x / (u - 1)} with
     * u = 1 + x (D. Goldberg, "What every computer scientist should know about floating-point
     * arithmetic", 1991, Theorem 4: relative error below 5 ulps for a faithful log): one
     * intrinsic {@code Math.log} instead of the slower {@code Math.log1p} in this hot loop.
     */
    static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        return u == 0.0 ? Double.NEGATIVE_INFINITY : Math.log(u) * (x / (u - 1.0));
    }

    /** {@code w log(w/m) - w + m >= 0} with the series near w = m (see Terms#bregman). */
    private static double bregman(double w, double m) {
        if (w == 0) {
            return m;
        }
        double ratio = w / m;
        if (Math.abs(ratio - 1.0) <= 0.125) {
            return m * Terms.seriesB((w - m) / m);
        }
        double log = ratio >= Double.MIN_NORMAL ? Math.log(ratio) : Math.log(w) - Math.log(m);
        return w * log - w + m;
    }
}
