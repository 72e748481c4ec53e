package org.infobound.math.line;

import org.hipparchus.random.RandomGenerator;

/**
 * Order statistics of n i.i.d. Exp(1) variables (catalogue M-L3, M-Def6). Rényi
 * representation: the spacings {@code E_(k) - E_(k-1)} are independent Exp(rate n-k+1), so
 * {@code E_(n) =d sum_{k<=n} E_k / k}; {@code E[E_(n)] = H_n},
 * {@code Var E_(n) = sum_{k<=n} 1/k^2}; the max has cdf {@code (1 - e^{-x})^n}.
 * Reference: A. Rényi, On the theory of order statistics, Acta Math. Hung. 4 (1953);
 * D. Chafaï, "Back to basics: order statistics of exponential distribution" (2014).
 */
public final class ExponentialOrderStatistics {

    private static final double EULER = 0.5772156649015329;
    private static final int DIRECT = 10_000;

    private ExponentialOrderStatistics() {
    }

    /**
     * Requires: n >= 1 && rng != null.
     * Ensures: result.length == n.
     * Ensures: (for every k with 0 < k && k < n, result[k-1] <= result[k]).
     * Throws IllegalArgumentException when n < 1 || rng == null.
     */
    /** A draw of {@code (E_(1), ..., E_(n))} by accumulating Exp(n-k+1) spacings. */
    public static double[] sampleOrderStatistics(int n, RandomGenerator rng) {
        requireN(n);
        Checks.notNull("rng", rng);
        double[] out = new double[n];
        double acc = 0;
        for (int k = 1; k <= n; k++) {
            acc += -Math.log(Checks.openUniform(rng)) / (n - k + 1);
            out[k - 1] = acc;
        }
        return out;
    }

    /**
     * Requires: n >= 1 && rng != null.
     * Ensures: result >= 0.
     */
    /** A draw of the max {@code E_(n)} as {@code sum_{k<=n} E_k / k} (O(n) work). */
    public static double sampleMax(int n, RandomGenerator rng) {
        requireN(n);
        Checks.notNull("rng", rng);
        double acc = 0;
        for (int k = n; k >= 1; k--) {
            acc += -Math.log(Checks.openUniform(rng)) / k;
        }
        return acc;
    }

    /**
     * Requires: n >= 1.
     * Ensures: result >= 1.
     */
    /** {@code E[E_(n)] = H_n = psi(n+1) + gamma}, for real n &gt;= 1. */
    public static double meanOfMax(double n) {
        Checks.bonN(n);
        return harmonic(n);
    }

    /**
     * Requires: n >= 1.
     * Ensures: 1 <= result && result < pi^2/6.
     */
    /** {@code Var E_(n) = sum_{k<=n} 1/k^2 = pi^2/6 - psi'(n+1)}, for real n &gt;= 1. */
    public static double varianceOfMax(double n) {
        Checks.bonN(n);
        if (n == Math.rint(n) && n <= DIRECT) {
            double s = 0;
            for (int k = (int) n; k >= 1; k--) {
                s += 1.0 / ((double) k * k);
            }
            return s;
        }
        double x = n + 1;
        double tri = x > 1e4 ? 1 / x + 1 / (2 * x * x) + 1 / (6 * x * x * x) - 1 / (30 * x * x * x * x * x)
                : Special.trigamma(x);
        return Math.PI * Math.PI / 6 - tri;
    }

    /**
     * Requires: n >= 1.
     */
    /** The law of the max: best-of-n of Exp(1), cdf {@code (1 - e^{-x})^n}. */
    public static MaxLaw maxLaw(double n) {
        return new MaxLaw(LineFamily.EXPONENTIAL.of(1.0), n);
    }

    /** {@code H_n = psi(n+1) + gamma}: exact summation for integer n up to 1e4, else series. */
    static double harmonic(double n) {
        if (n == Math.rint(n) && n <= DIRECT) {
            double s = 0;
            for (int k = (int) n; k >= 1; k--) {
                s += 1.0 / k;
            }
            return s;
        }
        if (n > DIRECT) {
            double i2 = 1 / (n * n);
            return Math.log(n) + EULER + 1 / (2 * n) - i2 / 12 + i2 * i2 / 120 - i2 * i2 * i2 / 252;
        }
        return Special.digamma(n + 1) + EULER;
    }

    private static void requireN(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
    }
}
