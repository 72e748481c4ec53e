package org.infobound.math.line;

import java.util.function.DoubleUnaryOperator;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * Moments and tail functionals of laws on the line (nats; {@code +inf} where a moment or mgf
 * diverges). Closed forms for the parametric families; otherwise adaptive Gauss–Legendre
 * quadrature ({@link LineValue#approximate()} true, error estimate about 1e-13 relative).
 *
 * <p>Conventions (spec/LANGUAGE.md): {@code cgf(p, l) = log E exp(l (X - E X))};
 * {@code sigma2} is the optimal two-sided sub-gaussian variance proxy
 * {@code sup_{l != 0} 2 cgf(l) / l^2}, {@code sigma2Right} takes l &gt; 0 and
 * {@code sigma2Left} l &lt; 0; entropy is the differential entropy {@code -int f log f};
 * collision is {@code int f^2}. References: Boucheron, Lugosi, Massart, Concentration
 * Inequalities (2013), ch. 2; catalogue M-Def7, M-C1 and M-C6 tables (tested).
 */
public final class LineMoments {

    private LineMoments() {
    }

    /**
     * Requires: law != null.
     */
    /** The mean E X ({@code +inf} if not integrable). */
    public static double mean(LineLaw law) {
        return Checks.notNull("law", law).mean();
    }

    /**
     * Requires: law != null.
     * Ensures: result >= 0.
     */
    /** The variance ({@code +inf} if the second moment diverges). */
    public static double variance(LineLaw law) {
        return Checks.notNull("law", law).variance();
    }

    /**
     * Requires: law != null.
     * Ensures: result >= 0.
     */
    /** The standard deviation. */
    public static double sd(LineLaw law) {
        return Math.sqrt(variance(law));
    }

    /**
     * Requires: law != null && g != null.
     */
    /** {@code E g(X) = int g f} by quadrature (g must be integrable against the law). */
    public static LineValue expectation(LineLaw law, DoubleUnaryOperator g) {
        Checks.notNull("law", law);
        Checks.notNull("function g", g);
        return checked(x -> {
            double d = law.density(x);
            return d == 0.0 ? 0.0 : g.applyAsDouble(x) * d;
        }, law);
    }

    /**
     * {@code int h} over the law's support: a divergent integral ({@link TailCheck}) is
     * {@code +-inf} (NaN for {@code inf - inf}), else the adaptive quadrature.
     */
    static LineValue checked(DoubleUnaryOperator h, LineLaw law) {
        Double d = TailCheck.divergence(h, law);
        if (d != null) {
            return new LineValue(d, 0.0, false);
        }
        return Quadrature.overLaws(h, law);
    }

    /**
     * Requires: law != null && !Double.isNaN(l).
     */
    /** {@code cgf(l) = log E e^{l (X - E X)}}, {@code +inf} where the mgf diverges. */
    public static LineValue cgf(LineLaw law, double l) {
        Checks.notNull("law", law);
        if (Double.isNaN(l)) {
            throw new IllegalArgumentException("cgf argument l must be a real, got NaN");
        }
        return Cgf.centred(law, l);
    }

    /**
     * Requires: law != null.
     * Ensures: result.value() >= 0.
     */
    /** The optimal two-sided sub-gaussian variance proxy (max of the one-sided ones). */
    public static LineValue sigma2(LineLaw law) {
        LineValue r = sigma2Right(law);
        LineValue l = sigma2Left(law);
        return r.value() >= l.value() ? r : l;
    }

    /**
     * Requires: law != null.
     * Ensures: result.value() >= 0.
     */
    /** {@code sup_{l > 0} 2 cgf(l)/l^2}: normal sigma^2 exactly, uniform (b-a)^2/12, +inf for exponential-type right tails. */
    public static LineValue sigma2Right(LineLaw law) {
        return SubGaussian.proxy(Checks.notNull("law", law), 1);
    }

    /**
     * Requires: law != null.
     * Ensures: result.value() >= 0.
     */
    /** {@code sup_{l < 0} 2 cgf(l)/l^2}. */
    public static LineValue sigma2Left(LineLaw law) {
        return SubGaussian.proxy(Checks.notNull("law", law), -1);
    }

    /**
     * Requires: law != null.
     */
    /** The differential entropy {@code -int f log f} in nats (closed form for the families). */
    public static LineValue entropy(LineLaw law) {
        Checks.notNull("law", law);
        if (law instanceof FamilyLaw f) {
            return LineValue.exact(familyEntropy(f));
        }
        return Quadrature.overLaws(x -> {
            double lf = law.logDensity(x);
            return lf == Double.NEGATIVE_INFINITY ? 0.0 : -Math.exp(lf) * lf;
        }, law);
    }

    /**
     * {@code a + logGamma(a) + (1 - a) digamma(a)} for shape {@code a >= 100} without the
     * cancellation of its terms of size a log a (at a = 1e8 the direct sum lost 8 digits): with
     * Stirling's {@code logGamma(a) = (a - 1/2) log a - a + log(2 pi)/2 + R(a)} and
     * {@code digamma(a) = log a + D(a)} it is {@code log(a)/2 + log(2 pi)/2 + R(a) + (1 - a) D(a)},
     * R and D by their asymptotic series (truncation below 1e-17 for a >= 100).
     */
    static double gammaEntropyLarge(double a) {
        double i = 1 / a;
        double i2 = i * i;
        double r = i / 12 - i * i2 / 360 + i * i2 * i2 / 1260;
        double d = -i / 2 - i2 / 12 + i2 * i2 / 120 - i2 * i2 * i2 / 252;
        return 0.5 * Math.log(a) + 0.5 * Math.log(2 * Math.PI) + r + (1 - a) * d;
    }

    private static double familyEntropy(FamilyLaw f) {
        double a = f.param(0);
        double b = f.family().parameters().size() > 1 ? f.param(1) : 0.0;
        return switch (f.family()) {
            // log(b) apart: b * b overflows for b above 1e154
            case NORMAL -> Math.log(b) + 0.5 * Math.log(2 * Math.PI * Math.E);
            case EXPONENTIAL -> 1 - Math.log(a);
            case UNIFORM -> Math.log(b - a);
            case BETA -> Beta.logBeta(a, b) - (a - 1) * Special.digamma(a) - (b - 1) * Special.digamma(b)
                    + (a + b - 2) * Special.digamma(a + b);
            case GAMMA -> a >= 100 ? Math.log(b) + gammaEntropyLarge(a)
                    : a + Math.log(b) + Gamma.logGamma(a) + (1 - a) * Special.digamma(a);
            case LAPLACE -> 1 + Math.log(2 * b);
            case LOGISTIC -> Math.log(b) + 2;
            case GUMBEL -> Math.log(b) + 0.5772156649015329 + 1;
            case PARETO -> Math.log(a / b) + 1 / b + 1;
        };
    }

    /**
     * Requires: law != null.
     * Ensures: result.value() >= 0.
     */
    /** The collision integral {@code int f^2} ({@code +inf} if f is not square-integrable). */
    public static LineValue collision(LineLaw law) {
        Checks.notNull("law", law);
        if (law instanceof FamilyLaw f) {
            return LineValue.exact(familyCollision(f));
        }
        return Quadrature.overLaws(x -> {
            double lf = law.logDensity(x);
            return lf == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(2 * lf);
        }, law);
    }

    private static double familyCollision(FamilyLaw f) {
        double a = f.param(0);
        double b = f.family().parameters().size() > 1 ? f.param(1) : 0.0;
        double inf = Double.POSITIVE_INFINITY;
        return switch (f.family()) {
            case NORMAL -> 1 / (2 * b * Math.sqrt(Math.PI));
            case EXPONENTIAL -> a / 2;
            case UNIFORM -> 1 / (b - a);
            case BETA -> a <= 0.5 || b <= 0.5 ? inf
                    : Math.exp(Beta.logBeta(2 * a - 1, 2 * b - 1) - 2 * Beta.logBeta(a, b));
            case GAMMA -> a <= 0.5 ? inf : Math.exp(Gamma.logGamma(2 * a - 1) - 2 * Gamma.logGamma(a)
                    - (2 * a - 1) * Math.log(2)) / b;
            case LAPLACE -> 1 / (4 * b);
            case LOGISTIC -> 1 / (6 * b);
            case GUMBEL -> 1 / (4 * b);
            case PARETO -> b * b / (a * (2 * b + 1));
        };
    }

    /**
     * Requires: law != null.
     * Ensures: 0 <= result && result <= 1.
     */
    /** The cdf F(x). */
    public static double cdf(LineLaw law, double x) {
        return Checks.notNull("law", law).cdf(x);
    }

    /**
     * Requires: law != null && 0 <= u && u <= 1.
     * Throws IllegalArgumentException when !(0 <= u && u <= 1).
     */
    /** The quantile {@code F^{-1}(u)}. */
    public static double quantile(LineLaw law, double u) {
        return Checks.notNull("law", law).quantile(u);
    }

    /**
     * Requires: law != null && n >= 1.
     * Throws IllegalArgumentException when !(n >= 1).
     */
    /**
     * {@code E max(X_1..X_n)} for i.i.d. draws (the mean of {@link MaxLaw}); closed form for
     * exponential ({@code H_n/rate}) and uniform bases, quadrature otherwise. Reference values
     * (catalogue M-C1): N(0,1), n = 2: {@code 1/sqrt(pi)}; n = 10: 1.53875; n = 1000: 3.24144.
     */
    public static LineValue expectedMax(LineLaw law, double n) {
        MaxLaw m = new MaxLaw(Checks.notNull("law", law), n);
        if (law instanceof FamilyLaw f
                && (f.family() == LineFamily.EXPONENTIAL || f.family() == LineFamily.UNIFORM)) {
            return LineValue.exact(m.mean());
        }
        return numericMean(m);
    }

    /**
     * Requires: law != null && n >= 1.
     */
    /** The best-of-n reward gain {@code E max - E X} (catalogue M-C6; Exp(1): H_n - 1). */
    public static LineValue bonGain(LineLaw law, double n) {
        LineValue e = expectedMax(law, n);
        return new LineValue(e.value() - law.mean(), e.errorEstimate(), e.closedForm());
    }

    static LineValue numericMean(LineLaw law) {
        if (law instanceof MaxLaw m && !Double.isFinite(m.base().mean())) {
            return LineValue.exact(m.base().mean());
        }
        return checked(x -> {
            double d = law.density(x);
            return d == 0.0 ? 0.0 : x * d;
        }, law);
    }

    static LineValue numericVariance(LineLaw law) {
        if (law instanceof MaxLaw m && !Double.isFinite(m.base().variance())) {
            return LineValue.exact(Double.POSITIVE_INFINITY);
        }
        double mu = numericMean(law).value();
        if (!Double.isFinite(mu)) {
            return LineValue.exact(Double.isNaN(mu) ? Double.NaN : Double.POSITIVE_INFINITY);
        }
        return checked(x -> {
            double d = law.density(x);
            return d == 0.0 ? 0.0 : (x - mu) * (x - mu) * d;
        }, law);
    }

    /**
     * The point where {@code h(x) = l (x - centre) + log f(x)} is largest (approximately): a scan
     * over quantiles and the finite support ends (where h is finite), then a walk in the
     * direction of increase (the tilted mass can sit far in a tail), then a Brent polish.
     */
    static double logMgfPeak(LineLaw law, double l, double centre) {
        DoubleUnaryOperator h = x -> l * (x - centre) + law.logDensity(x);
        double bestX = Double.NaN;
        double shift = Double.NEGATIVE_INFINITY;
        double[] ends = {law.supportLower(), law.supportUpper()};
        for (int k = -62; k <= 60; k++) {
            double u = k < 0 ? Math.pow(10, k / 4.0) : k > 0 ? 1 - Math.pow(10, -k / 4.0) : 0.5;
            // k = -62, -61: the support ends (a tilt with small beta sits at the upper end,
            // within 1/l of it, far inside the last quantile scanned)
            double x = k == -62 ? ends[0] : k == -61 ? ends[1] : law.quantile(u);
            double v = Double.isFinite(x) ? h.applyAsDouble(x) : Double.NaN;
            if (Double.isFinite(v) && v > shift) {
                shift = v;
                bestX = x;
            }
        }
        if (Double.isNaN(bestX)) {
            return law.quantile(0.5);
        }
        double w = Quadrature.scale(law);
        for (double dir : new double[] {1, -1}) {
            double step = w;
            while (step < 1e12 * w) {
                double x = bestX + dir * step;
                if (x < law.supportLower() || x > law.supportUpper() || !(h.applyAsDouble(x) > shift)) {
                    break;
                }
                shift = h.applyAsDouble(x);
                bestX = x;
                step *= 2;
            }
            // the peak lies within one step of bestX: polish it (Brent)
            double a = Math.max(law.supportLower(), bestX - step);
            double b = Math.min(law.supportUpper(), bestX + step);
            try {
                UnivariatePointValuePair opt = new BrentOptimizer(1e-10, 1e-14 * w).optimize(
                        new MaxEval(500), new UnivariateObjectiveFunction(h::applyAsDouble),
                        GoalType.MAXIMIZE, new SearchInterval(a, b, bestX));
                if (opt.getValue() > shift) {
                    shift = opt.getValue();
                    bestX = opt.getPoint();
                }
            } catch (MathIllegalStateException | MathIllegalArgumentException e) {
                // no convergence (e.g. a kink): keep the scanned maximum, the shift is only a scale
            }
        }
        return bestX;
    }

    /**
     * Cut points around the peak bestX of a tilted integrand: at the law's scale w and, when
     * the tilt's own scale {@code 1/|l|} is smaller, at 1, 4, ..., 4^6 times it (a tilt by
     * l = 2^40 of U(0, 1) has its mass within a few 2^-40 of 1, which pieces of width w miss).
     */
    static double[] peakCuts(double bestX, double w, double l) {
        java.util.List<Double> cuts = new java.util.ArrayList<>(java.util.List.of(
                bestX - 10 * w, bestX - w, bestX - 0.1 * w, bestX, bestX + 0.1 * w, bestX + w, bestX + 10 * w));
        double t = 1.0 / Math.abs(l);
        if (t < 0.1 * w) {
            for (double k = 1; k <= 4096 && k * t < 0.1 * w; k *= 4) {
                cuts.add(bestX - k * t);
                cuts.add(bestX + k * t);
            }
        }
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Cut points from {@code from} into the tail that the tilt by l fattens, when its decay rate
     * {@code rho = R - |l|} (R the law's mgf radius on that side, {@link Tails}) is slow for the
     * law's scale w: at {@code 4^k / rho}, k = -2..3 (laplace(0, 1) tilted by 1 - 2^-40 has an
     * exponential tail of rate 2^-40, whose mass the end piece at scale w placed 5e-5 off).
     */
    static double[] tailCuts(LineLaw law, double from, double l, double w) {
        double radius = l > 0 ? Tails.right(law) : l < 0 ? Tails.left(law) : Double.POSITIVE_INFINITY;
        double rho = radius - Math.abs(l);
        if (!(rho > 0) || !Double.isFinite(rho) || !(1.0 / rho > w) || !Double.isFinite(from)) {
            return new double[0];
        }
        double dir = Math.signum(l);
        double[] cuts = new double[6];
        for (int k = -2; k <= 3; k++) {
            cuts[k + 2] = from + dir * Math.pow(4, k) / rho;
        }
        return cuts;
    }

    /** {@code log E e^{l X}} by quadrature with a log-sum-exp shift. */
    static LineValue numericLogMgf(LineLaw law, double l) {
        return numericLogMgf(law, l, 0.0);
    }

    /**
     * {@code log E e^{l (X - centre)}} by quadrature, shifted by the maximum of the log
     * integrand {@code h(x) = l (x - centre) + log f(x)}: a scan over quantiles, then a walk
     * in the direction of increase (the tilted mass can sit far in a tail), then cut points
     * around the peak.
     */
    static LineValue numericLogMgf(LineLaw law, double l, double centre) {
        DoubleUnaryOperator h = x -> l * (x - centre) + law.logDensity(x);
        double bestX = logMgfPeak(law, l, centre);
        double shift = h.applyAsDouble(bestX);
        double w = Quadrature.scale(law);
        // the integrand peaks at 1 and is about 1/|l| wide when that is below the law's scale w:
        // scaled by w |l| so that the quadrature's absolute tolerance stays below its integral
        // (U(0, 1) tilted by 2^40: unscaled, the integral 2^-40 stopped 2.8e-5 relative short)
        double c = shift - Math.log(Math.max(1.0, w * Math.abs(l)));
        // around the centre too: a tilt's centre is the finite upper support end, near which
        // the mass sits when the peak's polish (tolerance 1e-10) stops short of it
        double[] extra = java.util.stream.Stream.of(peakCuts(bestX, w, l), peakCuts(centre, w, l),
                tailCuts(law, bestX, l, w)).flatMapToDouble(java.util.Arrays::stream).toArray();
        LineValue i = Quadrature.overLaws(x -> {
            double lf = law.logDensity(x);
            return lf == Double.NEGATIVE_INFINITY ? 0.0 : Math.exp(l * (x - centre) + lf - c);
        }, extra, law);
        return new LineValue(c + Math.log(i.value()), i.errorEstimate() / i.value(), false);
    }
}
