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

    /** {@code j (j - 1)} as doubles (exact), for the series' terms. */
    private static final double[] SERIES_DEN = new double[24];

    static {
        for (int j = 2; j < SERIES_DEN.length; j++) {
            SERIES_DEN[j] = (double) j * (j - 1);
        }
    }

    /**
     * {@code B(1+d) = (1+d) log(1+d) - d} by its alternating series, |d| <= 1/8 (callers may pass
     * up to a few ulps more): the terms {@code d^j / (j (j-1))} for j = 2..23, added in order.
     *
     * <p>The loop stops at the first term below {@code |sum| 2^-55}; the result is the same double
     * as adding all 22 terms. Proof: the computed terms never grow in magnitude (each power is the
     * previous one times |d| < 1/7, rounded, and the divisor grows; rounding is monotone); with
     * sum in [2^e, 2^(e+1)) (normal: the threshold is positive) such a term and every later one is
     * below 2^(e-54), at most half the spacing of doubles on either side of sum, so each addition
     * rounds back to sum. A NaN d never stops early. SeriesEarlyStopTest checks it against the
     * full loop on many d.
     */
    static double seriesB(double d) {
        double sum = 0.0;
        double power = d * d;
        for (int j = 2; j < 24; j++) {
            double term = power / SERIES_DEN[j];
            if (Math.abs(term) < Math.abs(sum) * 0x1p-55) {
                break;
            }
            sum += term;
            power *= -d;
        }
        return sum;
    }

    /** The series of {@link #seriesB} with all 22 terms (the reference of the early stop; tests). */
    static double seriesBFull(double d) {
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
