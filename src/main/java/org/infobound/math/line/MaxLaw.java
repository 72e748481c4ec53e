package org.infobound.math.line;

import org.hipparchus.special.Gamma;

/**
 * The law of the best of n i.i.d. draws from an atomless base law (catalogue M-Def5): the
 * maximum {@code X_(n)} with cdf {@code F^n}, density {@code n F^{n-1} f} and quantile
 * {@code F^{-1}(u^{1/n})}. n is a real {@code >= 1} (the Beta(n, 1) formulas hold for real n).
 *
 * <p>Numerics: {@code F^n = exp(n log F)} with {@code log F = log1p(-S)} in the upper tail
 * (S the survival), and {@code 1 - F^n = -expm1(n log F)}, so n up to 1e9 is stable. The mean
 * and variance are by quadrature unless the base has a closed form (exponential:
 * mean {@code (psi(n+1) + gamma)/rate}, variance {@code sum_{k<=n} 1/k^2 / rate^2};
 * uniform(a, b): mean {@code a + (b-a) n/(n+1)}, variance {@code (b-a)^2 n/((n+1)^2 (n+2))}).
 */
public final class MaxLaw implements LineLaw {

    private final LineLaw base;
    private final double n;

    /**
     * Requires: base != null && n >= 1 && n < inf.
     * Throws IllegalArgumentException when base == null || !(n >= 1) || n == inf.
     */
    /** The best-of-n law of {@code base}. */
    public MaxLaw(LineLaw base, double n) {
        this.base = Checks.notNull("base law", base);
        Checks.bonN(n);
        this.n = n;
    }

    /** The base (reference) law. */
    public LineLaw base() {
        return base;
    }

    /** The number of draws n. */
    public double n() {
        return n;
    }

    /** {@code log F(x)} of the base, accurate in both tails. */
    double logBaseCdf(double x) {
        double s = base.survival(x);
        return s < 0.5 ? Math.log1p(-s) : Math.log(base.cdf(x));
    }

    @Override
    public double cdf(double x) {
        return Math.exp(n * logBaseCdf(x));
    }

    @Override
    public double survival(double x) {
        return -Math.expm1(n * logBaseCdf(x));
    }

    @Override
    public double density(double x) {
        double lf = logDensity(x);
        return lf == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(lf);
    }

    @Override
    public double logDensity(double x) {
        double lf = base.logDensity(x);
        if (lf == Double.NEGATIVE_INFINITY) {
            return lf;
        }
        return n == 1.0 ? lf : Math.log(n) + (n - 1) * logBaseCdf(x) + lf;
    }

    @Override
    public double quantile(double u) {
        Checks.probability("quantile level u", u);
        if (u == 0.0) {
            return base.quantile(0.0);
        }
        // base level v = u^{1/n}; its upper tail 1 - v = -expm1(log(u)/n) without rounding loss
        double s = -Math.expm1(Math.log(u) / n);
        if (s < 0.5 && s > 0 && base instanceof FamilyLaw f) {
            return f.upperQuantile(s);
        }
        return base.quantile(Math.exp(Math.log(u) / n));
    }

    @Override
    public double supportLower() {
        return base.supportLower();
    }

    @Override
    public double supportUpper() {
        return base.supportUpper();
    }

    @Override
    public double mean() {
        if (base instanceof FamilyLaw f && f.family() == LineFamily.EXPONENTIAL) {
            return ExponentialOrderStatistics.harmonic(n) / f.param(0);
        }
        if (base instanceof FamilyLaw f && f.family() == LineFamily.UNIFORM) {
            return f.param(0) + (f.param(1) - f.param(0)) * (n / (n + 1));
        }
        return LineMoments.numericMean(this).value();
    }

    @Override
    public double variance() {
        if (base instanceof FamilyLaw f && f.family() == LineFamily.EXPONENTIAL) {
            // Renyi representation: Var E_(n) = sum_{k <= n} 1/k^2 (catalogue M-L3), scaled
            double rate = f.param(0);
            return ExponentialOrderStatistics.varianceOfMax(n) / (rate * rate);
        }
        if (base instanceof FamilyLaw f && f.family() == LineFamily.UNIFORM) {
            // a + (b - a) V with V ~ Beta(n, 1): Var V = n / ((n + 1)^2 (n + 2))
            double w = f.param(1) - f.param(0);
            return w * w * (n / ((n + 1) * (n + 1) * (n + 2)));
        }
        if (base instanceof FamilyLaw f && f.family() == LineFamily.PARETO && f.param(1) > 2) {
            return paretoMaxVariance(f.param(0), f.param(1), n);
        }
        return LineMoments.numericVariance(this).value();
    }

    /**
     * Variance of the max of n pareto(xm, a) draws, a > 2: {@code E X^k = xm^k R_k},
     * {@code R_k = Gamma(n+1) Gamma(1-k/a) / Gamma(n+1-k/a)} (as on the certified route), written
     * {@code Var = xm^2 R_1^2 expm1(D)}, {@code D = lgamma(1-2c) - 2 lgamma(1-c) + S}, {@code c = 1/a},
     * {@code S = 2 lgamma(N-c) - lgamma(N) - lgamma(N-2c)}, {@code N = n+1}: for N > 1000, S by its
     * Taylor series in c, {@code -psi_1(N) c^2 + psi_2(N) c^3 - 7/12 psi_3(N) c^4 + 1/4 psi_4(N) c^5}
     * with the asymptotic polygammas, and {@code lgamma(N) - lgamma(N-c)} likewise (the direct
     * difference of lgammas near 10^6 loses 1e-9 absolute, which expm1(D) amplifies). The quadrature of the heavy tail was
     * 1e-4 relative off: var(bon(pareto(1, 9/4), 29332)) gave 55744.96, mpmath 55750.0127.
     */
    static double paretoMaxVariance(double xm, double a, double n) {
        double c = 1 / a;
        double bigN = n + 1;
        double l1;
        double s;
        if (bigN > 1000) {
            double i = 1 / bigN;
            double i2 = i * i;
            double p1 = i + i2 / 2 + i * i2 / 6 - i2 * i2 * i / 30 + i2 * i2 * i2 * i / 42;
            double p2 = -i2 - i2 * i - i2 * i2 / 2 + i2 * i2 * i2 / 6;
            double p3 = 2 * i2 * i + 3 * i2 * i2 + 2 * i2 * i2 * i - i2 * i2 * i2 * i;
            double p4 = -6 * i2 * i2 - 12 * i2 * i2 * i - 10 * i2 * i2 * i2;
            double c2 = c * c;
            s = -p1 * c2 + p2 * c2 * c - 7.0 / 12 * p3 * c2 * c2 + 0.25 * p4 * c2 * c2 * c;
            // lgamma(N) - lgamma(N - c) = c psi(N) - c^2/2 psi_1(N) + c^3/6 psi_2(N) - c^4/24 psi_3(N)
            double p0 = Math.log(bigN) - i / 2 - i2 / 12 + i2 * i2 / 120 - i2 * i2 * i2 / 252;
            l1 = c * p0 - c2 / 2 * p1 + c2 * c / 6 * p2 - c2 * c2 / 24 * p3 + Gamma.logGamma(1 - c);
        } else {
            l1 = Gamma.logGamma(bigN) - Gamma.logGamma(bigN - c) + Gamma.logGamma(1 - c);
            s = 2 * Gamma.logGamma(bigN - c) - Gamma.logGamma(bigN) - Gamma.logGamma(bigN - 2 * c);
        }
        double d = Gamma.logGamma(1 - 2 * c) - 2 * Gamma.logGamma(1 - c) + s;
        return xm * xm * Math.exp(2 * l1) * Math.expm1(d);
    }

    @Override
    public String describe() {
        return "max(" + base.describe() + ", n = " + n + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaxLaw m && m.n == n && m.base.equals(base);
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + Double.hashCode(n);
    }

    @Override
    public String toString() {
        return describe();
    }
}
