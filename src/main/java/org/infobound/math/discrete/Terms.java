package org.infobound.math.discrete;

/**
 * Stable per-outcome terms shared by the divergences and best-of-n.
 *
 * <p>{@code bregman(p, q) = q * B(p/q)} with {@code B(t) = t log t - t + 1 >= 0}; summed over
 * outcomes it gives {@code KL(P||Q) - (sum p - sum q)}, so every term is non-negative and no
 * first-order cancellation happens between outcomes. Near t = 1 the series
 * {@code B(1+d) = sum_{j>=2} (-1)^j d^j / (j (j-1))} keeps full relative accuracy.
 */
final class Terms {

    private static final double SERIES_RADIUS = 0.125;

    private Terms() {
    }

    /** {@code p log(p/q) - p + q} for p >= 0, q > 0 (0 log 0 = 0). */
    static double bregman(double p, double q) {
        if (p == 0) {
            return q;
        }
        double d = (p - q) / q;
        if (Math.abs(d) <= SERIES_RADIUS) {
            return q * seriesB(d);
        }
        double ratio = p / q;
        double log = Double.isFinite(ratio) && ratio >= Double.MIN_NORMAL
                ? Math.log(ratio) : Math.log(p) - Math.log(q);
        return p * log - p + q;
    }

    /** {@code B(1+d) = (1+d) log(1+d) - d} by its alternating series, |d| <= 1/8. */
    static double seriesB(double d) {
        double sum = 0.0;
        double power = d * d;
        for (int j = 2; j < 24; j++) {
            sum += power / ((double) j * (j - 1));
            power *= -d;
        }
        return sum;
    }

    /** {@code psi(t) = t^a - 1 - a (t - 1)} at t = p/q, stable near t = 1 (binomial series). */
    static double renyiPsi(double p, double q, double alpha) {
        double d = (p - q) / q;
        if (Math.abs(d) * Math.max(1.0, alpha) <= SERIES_RADIUS) {
            double sum = 0.0;
            double coef = alpha * (alpha - 1) / 2;
            double power = d * d;
            for (int j = 2; j < 40 && coef != 0; j++) {
                sum += coef * power;
                coef *= (alpha - j) / (j + 1);
                power *= d;
            }
            return sum;
        }
        double logT = Math.log(p) - Math.log(q);
        return Math.expm1(alpha * logT) - alpha * ((p - q) / q);
    }
}
