package org.infobound.math.line;

import org.infobound.math.FGenerator;

/**
 * Divergences between Beta(n, 1) (density {@code n u^{n-1}} on [0, 1]) and U(0, 1), in nats
 * (catalogue M-C5). By the probability-integral transform these are the exact divergences
 * between the best-of-n law and its reference for every atomless reference, and upper bounds
 * for every reference (M-T3). n is a real {@code >= 1}; at n = 1 every value is 0. Write
 * {@code e = n - 1}.
 *
 * <p>Stability: the forms below avoid cancellation for n near 1 and up to n = 1e9, e.g.
 * {@code TV = (e/n) exp(-log1p(e)/e)} and {@code D_alpha = log n - (e/n) log1p(x)/x} with
 * {@code x = (alpha-1) e/n}. Accuracy: a few ulps for the closed forms (tested against mpmath
 * at 50 digits to 1e-12 relative); {@link #js(double)} and {@link #fDivergence(double,
 * FGenerator)} by quadrature (error estimate returned).
 */
public final class BetaUniform {

    private BetaUniform() {
    }

    /**
     * Requires: n >= 1.
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when !(n >= 1) || n == inf.
     */
    /** {@code KL(Beta(n,1) || U) = log n - (n-1)/n}. */
    public static double kl(double n) {
        Checks.bonN(n);
        double e = n - 1;
        if (e < 1e-2) {
            // log1p(e) - e/(1+e) = sum_{k>=2} (-1)^k (k-1)/k e^k
            double s = 0;
            double p = e;
            for (int k = 2; k < 20; k++) {
                p *= e;
                s += ((k & 1) == 0 ? 1 : -1) * (k - 1.0) / k * p;
            }
            return s;
        }
        return Math.log1p(e) - e / n;
    }

    /**
     * Requires: n >= 1.
     * Ensures: result >= 0.
     */
    /** {@code KL(U || Beta(n,1)) = n - 1 - log n}. */
    public static double reverseKl(double n) {
        Checks.bonN(n);
        double e = n - 1;
        if (e < 1e-2) {
            // e - log1p(e) = sum_{k>=2} (-1)^k e^k / k
            double s = 0;
            double p = e;
            for (int k = 2; k < 20; k++) {
                p *= e;
                s += ((k & 1) == 0 ? 1 : -1) * p / k;
            }
            return s;
        }
        return e - Math.log1p(e);
    }

    /**
     * Requires: n >= 1.
     * Ensures: result >= 0.
     */
    /** {@code chi2(Beta(n,1) || U) = (n-1)^2/(2n-1)}. */
    public static double chi2(double n) {
        Checks.bonN(n);
        double e = n - 1;
        return e * e / (2 * e + 1);
    }

    /**
     * Requires: n >= 1.
     * Ensures: result >= 0.
     */
    /** {@code chi2(U || Beta(n,1)) = (n-1)^2/(n(2-n))} for n &lt; 2, {@code +inf} for n &gt;= 2. */
    public static double reverseChi2(double n) {
        Checks.bonN(n);
        double e = n - 1;
        return e >= 1 ? Double.POSITIVE_INFINITY : e * e / (n * (1 - e));
    }

    /**
     * Requires: n >= 1.
     * Ensures: 0 <= result && result <= 1.
     */
    /** {@code H^2 = 1 - BC = (sqrt n - 1)^2/(n+1)}. */
    public static double h2(double n) {
        Checks.bonN(n);
        double d = (n - 1) / (Math.sqrt(n) + 1);
        return d * d / (n + 1);
    }

    /**
     * Requires: n >= 1.
     * Ensures: 0 <= result && result <= 1.
     */
    /** {@code BC = int sqrt(n u^{n-1}) du = 2 sqrt(n)/(n+1)}. */
    public static double bc(double n) {
        Checks.bonN(n);
        return 2 * Math.sqrt(n) / (n + 1);
    }

    /**
     * Requires: n >= 1.
     * Ensures: 0 <= result && result < 1.
     */
    /** {@code TV = (1 - 1/n) n^{-1/(n-1)}}, 0 at n = 1. */
    public static double tv(double n) {
        Checks.bonN(n);
        double e = n - 1;
        return e == 0 ? 0.0 : e / n * Math.exp(-Math.log1p(e) / e);
    }

    /**
     * Requires: n >= 1 && alpha >= 0.
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when !(n >= 1) || !(alpha >= 0).
     */
    /**
     * {@code D_alpha(Beta(n,1) || U) = [alpha log n - log(alpha(n-1) + 1)]/(alpha - 1)};
     * alpha = 1 gives KL, alpha = inf gives {@code log n}, alpha = 0 gives 0 (supports equal).
     */
    public static double renyi(double n, double alpha) {
        Checks.bonN(n);
        Checks.alpha(alpha);
        double e = n - 1;
        if (alpha == 0.0 || e == 0.0) {
            return 0.0;
        }
        if (alpha == 1.0) {
            return kl(n);
        }
        double logn = Math.log1p(e);
        if (alpha == Double.POSITIVE_INFINITY) {
            return logn;
        }
        double x = (alpha - 1) * (e / n);
        double log1px = x < -0.5 ? Math.log1p(alpha * e) - logn : Math.log1p(x);
        double ratio = Math.abs(x) < 1e-5 ? 1 - x / 2 + x * x / 3 - x * x * x / 4 : log1px / x;
        return Math.max(0.0, logn - (e / n) * ratio);
    }

    /**
     * Requires: n >= 1 && alpha >= 0.
     * Ensures: result >= 0.
     */
    /**
     * {@code D_alpha(U || Beta(n,1)) = [(1-alpha) log n - log(1 + (1-alpha)(n-1))]/(alpha-1)},
     * {@code +inf} when {@code 1 + (1-alpha)(n-1) <= 0}; alpha = 1 gives reverse KL, alpha = inf
     * gives {@code +inf} for n &gt; 1 (the ratio {@code 1/(n u^{n-1})} is unbounded), 0 gives 0.
     */
    public static double reverseRenyi(double n, double alpha) {
        Checks.bonN(n);
        Checks.alpha(alpha);
        double e = n - 1;
        if (alpha == 0.0 || e == 0.0) {
            return 0.0;
        }
        if (alpha == 1.0) {
            return reverseKl(n);
        }
        if (alpha < 1.0) {
            // skew symmetry: D_a(Q||P) = a/(1-a) D_{1-a}(P||Q)
            return alpha / (1 - alpha) * renyi(n, 1 - alpha);
        }
        double y = (1 - alpha) * e;
        if (!(y > -1)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0.0, (-(alpha - 1) * Math.log1p(e) - Math.log1p(y)) / (alpha - 1));
    }

    /**
     * Requires: n >= 1.
     * Ensures: 0 <= result.value() && result.value() <= log 2.
     */
    /** {@code JS(Beta(n,1), U)} by quadrature (no closed form). */
    public static LineValue js(double n) {
        Checks.bonN(n);
        return integrate(n, BetaUniform::jsGenerator, Math.log(2) / 2);
    }

    /**
     * Requires: n >= 1 && f != null.
     */
    /**
     * {@code D_f(Beta(n,1) || U) = int_0^1 f(n u^{n-1}) du} by quadrature (catalogue M-T3).
     * Where the ratio underflows (below 4.9e-324) f is evaluated at the smallest positive
     * double, so generators singular at 0 (reverse KL) lose accuracy for large n.
     */
    public static LineValue fDivergence(double n, FGenerator f) {
        Checks.bonN(n);
        Checks.notNull("f-divergence generator", f);
        return integrate(n, f::value, f.atZero());
    }

    private static double jsGenerator(double t) {
        return 0.5 * (t * Math.log(2 * t / (1 + t)) + Math.log(2 / (1 + t)));
    }

    /** {@code int_0^1 g(n (1-w)^{n-1}) dw}, split where the ratio crosses 1. */
    private static LineValue integrate(double n, java.util.function.DoubleUnaryOperator g, double atZero) {
        double e = n - 1;
        if (e == 0.0) {
            return LineValue.exact(g.applyAsDouble(1.0));
        }
        double w1 = -Math.expm1(-Math.log(n) / e);
        double[] breaks = {0.0, w1 / 100, w1, Math.min(1.0, 10 * w1), 1.0};
        java.util.Arrays.sort(breaks);
        return Quadrature.integrate(w -> {
            double t = Math.exp(Math.log(n) + e * Math.log1p(-w));
            if (t > 0) {
                return g.applyAsDouble(t);
            }
            // the ratio underflows: evaluate at the smallest positive double (or the limit)
            double v = g.applyAsDouble(Double.MIN_VALUE);
            return Double.isFinite(v) ? v : atZero;
        }, breaks, 1.0);
    }
}
