package org.infobound.math.line;

import java.util.Arrays;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.ExponentialDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.continuous.GumbelDistribution;
import org.hipparchus.distribution.continuous.LaplaceDistribution;
import org.hipparchus.distribution.continuous.LogisticDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.ParetoDistribution;
import org.hipparchus.distribution.continuous.UniformRealDistribution;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * A law of one of the {@link LineFamily} families, delegating to the Hipparchus distribution.
 * Survival functions and some quantiles use closed forms (no {@code 1 - F} cancellation in the
 * tails). Build with {@link LineFamily#of(double...)}.
 */
public final class FamilyLaw implements LineLaw {

    private final LineFamily family;
    private final double[] p;
    private final RealDistribution dist;
    /**
     * Enclosures of the exact parameters when they are not doubles (null when p holds them
     * exactly): used only by {@link IntervalLogDensity}, so that a law built by
     * {@link EnclosedFamilyLaw} for its certified quadrature carries its exact parameters as
     * intervals while p (the nearest doubles) steers only the search for cut points.
     */
    private final org.infobound.num.Interval[] enclosure;
    /**
     * The exact rational parameters when some is not the double in p (null: p holds them
     * exactly). Set only by {@link #withExactParameters}: the float route's law at the nearest
     * doubles remembers the exact parameters, so that {@link ExactLineValues} gives the exact
     * value of a rational closed form on every route.
     */
    private final org.hipparchus.fraction.BigFraction[] exact;

    FamilyLaw(LineFamily family, double[] params) {
        this(family, params, null);
    }

    FamilyLaw(LineFamily family, double[] params, org.infobound.num.Interval[] enclosure) {
        this(family, params, enclosure, null);
    }

    private FamilyLaw(LineFamily family, double[] params, org.infobound.num.Interval[] enclosure,
            org.hipparchus.fraction.BigFraction[] exact) {
        this.family = family;
        this.p = params;
        this.enclosure = enclosure;
        this.exact = exact;
        this.dist = switch (family) {
            case NORMAL -> new NormalDistribution(p[0], p[1]);
            case EXPONENTIAL -> new ExponentialDistribution(1.0 / p[0]);
            case UNIFORM -> new UniformRealDistribution(p[0], p[1]);
            case BETA -> new BetaDistribution(p[0], p[1]);
            case GAMMA -> new GammaDistribution(p[0], p[1]);
            case LAPLACE -> new LaplaceDistribution(p[0], p[1]);
            case LOGISTIC -> new LogisticDistribution(p[0], p[1]);
            case GUMBEL -> new GumbelDistribution(p[0], p[1]);
            case PARETO -> new ParetoDistribution(p[0], p[1]);
        };
    }

    /** The family. */
    public LineFamily family() {
        return family;
    }

    /** Parameter i, in the order of {@link LineFamily#parameters()}. */
    public double param(int i) {
        return p[i];
    }

    /**
     * Requires: q.length == the number of parameters, and q[i] rounds to param(i) (nearest).
     * Throws IllegalArgumentException otherwise.
     */
    /**
     * This law with the exact rational parameters q whose nearest doubles it holds (itself when
     * they are those doubles). Its float methods stay those of the doubles (a search hint); only
     * {@link #exactParam} reads q.
     */
    public FamilyLaw withExactParameters(org.hipparchus.fraction.BigFraction[] q) {
        if (q == null || q.length != p.length) {
            throw new IllegalArgumentException("exact parameters: wrong count");
        }
        boolean same = true;
        for (int i = 0; i < p.length; i++) {
            if (org.infobound.num.Rationals.toDouble(q[i]) != p[i]) {
                throw new IllegalArgumentException("exact parameter " + q[i] + " does not round to " + p[i]);
            }
            same &= org.infobound.num.Rationals.of(p[i]).compareTo(q[i]) == 0;
        }
        return same ? this : new FamilyLaw(family, p, enclosure, q.clone());
    }

    /** The exact rational parameter i (the double param(i) unless {@link #withExactParameters} set it). */
    public org.hipparchus.fraction.BigFraction exactParam(int i) {
        return exact != null ? exact[i] : org.infobound.num.Rationals.of(p[i]);
    }

    /** An enclosure of the exact parameter i (the point {@code param(i)} unless enclosed). */
    org.infobound.num.Interval paramInterval(int i) {
        return enclosure != null ? enclosure[i] : org.infobound.num.Interval.of(p[i]);
    }

    @Override
    public double cdf(double x) {
        // closed forms where Hipparchus 4.0.2 computes 1 - exp(...) with cancellation (e.g. the
        // exponential cdf at 1e-10 lost 7 digits); checked against mpmath in FamilyMomentsTest
        return switch (family) {
            case EXPONENTIAL -> x <= 0 ? 0.0 : -Math.expm1(-p[0] * x);
            case PARETO -> x <= p[0] ? 0.0 : -Math.expm1(p[1] * Math.log(p[0] / x));
            case LOGISTIC -> 1.0 / (1.0 + Math.exp(-(x - p[0]) / p[1]));
            case GUMBEL -> Math.exp(-Math.exp(-(x - p[0]) / p[1]));
            case LAPLACE -> x < p[0] ? 0.5 * Math.exp((x - p[0]) / p[1]) : 1 - 0.5 * Math.exp(-(x - p[0]) / p[1]);
            default -> dist.cumulativeProbability(x);
        };
    }

    @Override
    public double survival(double x) {
        return switch (family) {
            case NORMAL -> dist.cumulativeProbability(2 * p[0] - x);
            case EXPONENTIAL -> x <= 0 ? 1.0 : Math.exp(-p[0] * x);
            case UNIFORM -> x <= p[0] ? 1.0 : x >= p[1] ? 0.0 : (p[1] - x) / (p[1] - p[0]);
            case BETA -> x <= 0 ? 1.0 : x >= 1 ? 0.0 : Beta.regularizedBeta(1 - x, p[1], p[0]);
            case GAMMA -> x <= 0 ? 1.0 : Gamma.regularizedGammaQ(p[0], x / p[1]);
            case LAPLACE -> x >= p[0] ? 0.5 * Math.exp(-(x - p[0]) / p[1])
                    : 1 - 0.5 * Math.exp((x - p[0]) / p[1]);
            case LOGISTIC -> 1.0 / (1.0 + Math.exp((x - p[0]) / p[1]));
            case GUMBEL -> -Math.expm1(-Math.exp(-(x - p[0]) / p[1]));
            case PARETO -> x <= p[0] ? 1.0 : Math.pow(p[0] / x, p[1]);
        };
    }

    @Override
    public double density(double x) {
        // our log densities where Hipparchus 4.0.2's density fails: the logistic's
        // v / (1 + v)^2 is inf / inf = NaN once v = e^-z overflows (TV(logistic, pareto) was NaN),
        // the beta density throws at 0 for a shape below 1
        return switch (family) {
            case BETA, LOGISTIC, GUMBEL, LAPLACE, EXPONENTIAL, GAMMA -> Math.exp(logDensity(x));
            default -> dist.density(x);
        };
    }

    @Override
    public double logDensity(double x) {
        return switch (family) {
            case EXPONENTIAL -> x < 0 ? Double.NEGATIVE_INFINITY : Math.log(p[0]) - p[0] * x;
            case LAPLACE -> -Math.abs(x - p[0]) / p[1] - Math.log(2 * p[1]);
            case GUMBEL -> {
                double z = (x - p[0]) / p[1];
                yield -z - Math.exp(-z) - Math.log(p[1]);
            }
            case LOGISTIC -> {
                double z = -Math.abs(x - p[0]) / p[1];
                yield z - 2 * Math.log1p(Math.exp(z)) - Math.log(p[1]);
            }
            case BETA -> {
                if (x < 0 || x > 1) {
                    yield Double.NEGATIVE_INFINITY;
                }
                double left = p[0] == 1 ? 0.0 : (p[0] - 1) * Math.log(x);
                double right = p[1] == 1 ? 0.0 : (p[1] - 1) * Math.log1p(-x);
                yield left + right - Beta.logBeta(p[0], p[1]);
            }
            case GAMMA -> gammaLogDensity(x);
            default -> dist.logDensity(x);
        };
    }

    /**
     * {@code (a - 1) log x - x/theta - lgamma(a) - a log theta} where it does not cancel (shape
     * a <= 1, or x < theta/1000): Hipparchus 4.0.2's gamma log density is -inf at x = 1e-100 and
     * 2e-8 off at 1e-10 for a = 1/2 (KL(gamma(1/2, 1) || exponential(1)) was 1e-6 off);
     * Hipparchus' form elsewhere (no cancellation of terms of size a log x for a large shape).
     */
    private double gammaLogDensity(double x) {
        double a = p[0];
        double theta = p[1];
        if (x < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == 0) {
            return a < 1 ? Double.POSITIVE_INFINITY : a == 1 ? -Math.log(theta) : Double.NEGATIVE_INFINITY;
        }
        if (a <= 1 || x < theta / 1000) {
            return (a - 1) * Math.log(x) - x / theta - Gamma.logGamma(a) - a * Math.log(theta);
        }
        return dist.logDensity(x);
    }

    @Override
    public double quantile(double u) {
        Checks.probability("quantile level u", u);
        return switch (family) {
            case PARETO -> u == 1.0 ? Double.POSITIVE_INFINITY : p[0] * Math.exp(-Math.log1p(-u) / p[1]);
            case EXPONENTIAL -> u == 1.0 ? Double.POSITIVE_INFINITY : -Math.log1p(-u) / p[0];
            case NORMAL -> u < 0.5 ? 2 * p[0] - normalUpperQuantile(u) : normalUpperQuantile(1 - u);
            case LOGISTIC -> p[0] + p[1] * (Math.log(u) - Math.log1p(-u));
            case GUMBEL -> p[0] - p[1] * Math.log(-Math.log(u));
            case LAPLACE -> u <= 0.5 ? p[0] + p[1] * Math.log(2 * u) : p[0] - p[1] * Math.log(2 - 2 * u);
            case BETA, GAMMA -> smallShapeQuantile(u);
            default -> polished(u, dist.inverseCumulativeProbability(u));
        };
    }

    /**
     * Beta and gamma quantiles. Exact for beta(a, 1) ({@code u^(1/a)}) and beta(1, b). Where the
     * small-x asymptote {@code F(x) ~ x^a / (a B(a, b))} (beta), {@code (x/theta)^a / Gamma(a+1)}
     * (gamma) puts the quantile below 1e-3 (relative error of F there O(x)), it starts Newton's
     * polish; below the double range it is the answer (0 or a subnormal): Hipparchus 4.0.2 gave
     * 1.86e-9 for quantile(beta(1/1024, 1), 1/2) = 2^-1024 and 1.5e-9 for
     * quantile(gamma(1e-5, 1), 1/2), whose truth underflows.
     */
    private double smallShapeQuantile(double u) {
        double a = p[0];
        double b = p[1];
        if (u == 0.0 || u == 1.0) {
            return u == 0.0 ? supportLower() : supportUpper();
        }
        if (family == LineFamily.BETA && b == 1.0) {
            return Math.pow(u, 1 / a);
        }
        if (family == LineFamily.BETA && a == 1.0) {
            return -Math.expm1(Math.log1p(-u) / b);
        }
        double logStart = family == LineFamily.BETA
                ? (Math.log(u) + Math.log(a) + Beta.logBeta(a, b)) / a
                : (Math.log(u) + Gamma.logGamma(a + 1)) / a;
        double scale = family == LineFamily.GAMMA ? b : 1.0;
        if (logStart < -700) {
            return scale * Math.exp(logStart);
        }
        if (logStart < Math.log(1e-3)) {
            return polished(u, scale * Math.exp(logStart));
        }
        return polished(u, dist.inverseCumulativeProbability(u));
    }

    /**
     * Hipparchus 4.0.2's inverse cdf (beta, gamma, uniform) stops at an absolute accuracy near
     * 1e-9 (gamma(0.01, 2) at 0.9 was 1.7e-8 off, relative); Newton steps on F polish it while they
     * reduce |F(x) - u|.
     */
    private double polished(double u, double x) {
        if (u <= 0 || u >= 1 || !Double.isFinite(x)) {
            return x;
        }
        double err = Math.abs(dist.cumulativeProbability(x) - u);
        for (int k = 0; k < 6 && err > 0; k++) {
            double fx = density(x);
            if (!(fx > 0) || !Double.isFinite(fx)) {
                break;
            }
            double y = x - (dist.cumulativeProbability(x) - u) / fx;
            if (!(y > dist.getSupportLowerBound() && y < dist.getSupportUpperBound())) {
                break;
            }
            double e = Math.abs(dist.cumulativeProbability(y) - u);
            if (!(e < err)) {
                break;
            }
            x = y;
            err = e;
        }
        return x;
    }

    /** The upper quantile {@code S^{-1}(s)}: x with {@code P(X > x) = s}, accurate for tiny s. */
    double upperQuantile(double s) {
        return switch (family) {
            case NORMAL -> normalUpperQuantile(s);
            case EXPONENTIAL -> -Math.log(s) / p[0];
            case PARETO -> p[0] * Math.exp(-Math.log(s) / p[1]);
            case UNIFORM -> p[1] - s * (p[1] - p[0]);
            case LOGISTIC -> p[0] + p[1] * (Math.log1p(-s) - Math.log(s));
            case GUMBEL -> p[0] - p[1] * Math.log(-Math.log1p(-s));
            case LAPLACE -> s <= 0.5 ? p[0] - p[1] * Math.log(2 * s) : quantile(1 - s);
            default -> quantile(1 - s);
        };
    }

    /** Normal upper quantile polished by two Newton steps on log S (Hipparchus's is ~1e-9 in the tails). */
    private double normalUpperQuantile(double s) {
        double x = 2 * p[0] - dist.inverseCumulativeProbability(s);
        if (Double.isInfinite(x) && s > 0 && s < 1) {
            // Hipparchus 4.0.2 returns -inf below about 1e-16; start from the tail asymptote
            double t = -2 * Math.log(s);
            x = p[0] + p[1] * Math.sqrt(t - Math.log(t) - Math.log(2 * Math.PI));
        }
        for (int k = 0; k < 8 && Double.isFinite(x); k++) {
            double sx = survival(x);
            double fx = density(x);
            if (sx > 0 && fx > 0) {
                x += (Math.log(sx) - Math.log(s)) * sx / fx;
            }
        }
        return x;
    }

    @Override
    public double supportLower() {
        return dist.getSupportLowerBound();
    }

    @Override
    public double supportUpper() {
        return dist.getSupportUpperBound();
    }

    @Override
    public double mean() {
        if (family == LineFamily.PARETO && p[1] <= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return closedMean();
    }

    /**
     * The mean in closed form for every family (not Hipparchus' {@code getNumericalMean()}), in
     * an order that does not overflow before the result does.
     */
    private double closedMean() {
        double a = p[0];
        double b = p.length > 1 ? p[1] : 0.0;
        return switch (family) {
            case NORMAL, LAPLACE, LOGISTIC -> a;
            case EXPONENTIAL -> 1 / a;
            case UNIFORM -> a / 2 + b / 2;
            case BETA -> a / (a + b);
            case GAMMA -> a * b;
            case GUMBEL -> a + EULER_GAMMA * b;
            case PARETO -> a * (b / (b - 1));
        };
    }

    /** The Euler-Mascheroni constant. */
    private static final double EULER_GAMMA = 0.5772156649015329;

    @Override
    public double variance() {
        if (family == LineFamily.PARETO && p[1] <= 2) {
            return Double.POSITIVE_INFINITY;
        }
        return closedVariance();
    }

    /**
     * The variance in closed form for every family. Hipparchus 4.0.2's
     * {@code LogisticDistribution.getNumericalVariance()} returns {@code pi^2 / (3 s^2)} instead of
     * {@code pi^2 s^2 / 3} (var(logistic(0, 2)) came out 0.8225 instead of 4 pi^2 / 3 = 13.159), so
     * no variance is taken from Hipparchus; each form is checked against mpmath in
     * {@code FamilyMomentsTest}.
     */
    private double closedVariance() {
        double a = p[0];
        double b = p.length > 1 ? p[1] : 0.0;
        return switch (family) {
            case NORMAL -> b * b;
            case EXPONENTIAL -> (1 / a) * (1 / a);
            case UNIFORM -> (b - a) * ((b - a) / 12);
            case BETA -> (a / (a + b)) * (b / (a + b)) / (a + b + 1);
            case GAMMA -> a * b * b;
            case LAPLACE -> 2 * b * b;
            case LOGISTIC -> Math.PI * Math.PI / 3 * b * b;
            case GUMBEL -> Math.PI * Math.PI / 6 * b * b;
            case PARETO -> (a / (b - 1)) * (a / (b - 1)) * (b / (b - 2));
        };
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder(family.label()).append('(');
        for (int i = 0; i < p.length; i++) {
            b.append(i == 0 ? "" : ", ").append(p[i]);
        }
        return b.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FamilyLaw f && f.family == family && Arrays.equals(f.p, p)
                && Arrays.equals(f.enclosure, enclosure) && Arrays.equals(f.exact, exact);
    }

    @Override
    public int hashCode() {
        return (family.hashCode() * 31 + Arrays.hashCode(p)) * 31 + Arrays.hashCode(enclosure);
    }

    @Override
    public String toString() {
        return describe();
    }
}
