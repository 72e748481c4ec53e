package org.infobound.math.line;

import java.util.function.DoubleUnaryOperator;
import org.infobound.math.FGenerator;

/**
 * Divergences between two laws on the line by quadrature only: the second, independent route
 * behind {@link LineDivergences} (which prefers closed forms). Every result is approximate
 * ({@link LineValue#approximate()}) except support arguments: when {@code P} puts mass
 * outside the support of {@code Q} (computed from the cdfs), KL, chi2 and Renyi of order
 * {@code >= 1} are {@code +inf}. Integrands are formed in log space ({@code log p - log q}), so
 * tails where a density underflows are handled; {@code 0 log 0 = 0}. Divergent integrals that
 * the quadrature does not detect return a large finite value with a large error estimate.
 */
public final class NumericDivergences {

    private static final double NEG_INF = Double.NEGATIVE_INFINITY;
    private static final double INF = Double.POSITIVE_INFINITY;

    private NumericDivergences() {
    }

    /** {@code P(X outside supp Q)}. */
    static double massOutside(LineLaw p, LineLaw q) {
        double below = q.supportLower() > NEG_INF ? p.cdf(q.supportLower()) : 0.0;
        double above = q.supportUpper() < INF ? p.survival(q.supportUpper()) : 0.0;
        return below + above;
    }

    /**
     * Requires: p != null && q != null.
     * Ensures: result.value() >= 0 - result.errorEstimate().
     */
    /** {@code KL(P || Q) = int p log(p/q)}. */
    public static LineValue kl(LineLaw p, LineLaw q) {
        check(p, q);
        if (massOutside(p, q) > 0) {
            return LineValue.exact(INF);
        }
        DoubleUnaryOperator h = x -> {
            double lp = p.logDensity(x);
            double pv = Math.exp(lp);
            if (pv == 0.0) {
                // 0 log 0 = 0, and a mass below the double range contributes nothing visible
                return 0.0;
            }
            return pv * (lp - logDensityInside(q, x));
        };
        return checked(h, p, q);
    }

    /**
     * Requires: p != null && q != null.
     */
    /** {@code chi2(P || Q) = int p^2/q - 1}. */
    public static LineValue chi2(LineLaw p, LineLaw q) {
        check(p, q);
        if (massOutside(p, q) > 0) {
            return LineValue.exact(INF);
        }
        DoubleUnaryOperator h = x -> {
            double lp = p.logDensity(x);
            if (lp == NEG_INF) {
                return 0.0;
            }
            return Math.exp(2 * lp - logDensityInside(q, x));
        };
        return checked(h, p, q).affine(-1, 1);
    }

    /**
     * Requires: p != null && q != null && alpha >= 0.
     * Throws IllegalArgumentException when !(alpha >= 0).
     */
    /**
     * Renyi divergence {@code D_alpha = log(int p^alpha q^{1-alpha})/(alpha - 1)}; alpha = 0:
     * {@code -log Q(supp P)}; alpha = 1: KL; alpha = inf: {@code log sup p/q} over a fine grid
     * (a lower bound, error estimate {@code +inf}).
     */
    public static LineValue renyi(LineLaw p, LineLaw q, double alpha) {
        check(p, q);
        Checks.alpha(alpha);
        if (alpha == 1.0) {
            return kl(p, q);
        }
        if (alpha == 0.0) {
            double out = (p.supportLower() > NEG_INF ? q.cdf(p.supportLower()) : 0.0)
                    + (p.supportUpper() < INF ? q.survival(p.supportUpper()) : 0.0);
            return new LineValue(-Math.log1p(-Math.min(1.0, out)), 0.0, false);
        }
        if (alpha > 1.0 && massOutside(p, q) > 0) {
            return LineValue.exact(INF);
        }
        if (alpha == INF) {
            return new LineValue(supLogRatio(p, q), INF, false);
        }
        LineValue i = checked(x -> {
            double lp = p.logDensity(x);
            if (lp == NEG_INF) {
                return 0.0;
            }
            double lq = logDensityInside(q, x);
            if (lq == NEG_INF) {
                return alpha < 1 ? 0.0 : INF;
            }
            return Math.exp(alpha * lp + (1 - alpha) * lq);
        }, p, q);
        if (i.value() == INF) {
            // alpha < 1 keeps the integral <= 1, so only alpha > 1 diverges
            return LineValue.exact(INF);
        }
        double v = Math.log(i.value()) / (alpha - 1);
        return new LineValue(v, i.errorEstimate() / (Math.abs(alpha - 1) * i.value()), false);
    }

    private static double supLogRatio(LineLaw p, LineLaw q) {
        double best = NEG_INF;
        for (int k = 1; k < 4000; k++) {
            double u = k / 4000.0;
            for (LineLaw law : new LineLaw[] {p, q}) {
                double x = law.quantile(u);
                double lp = p.logDensity(x);
                if (lp > NEG_INF) {
                    best = Math.max(best, lp - q.logDensity(x));
                }
            }
        }
        return best;
    }

    /**
     * Requires: p != null && q != null && f != null.
     */
    /**
     * {@code D_f(P || Q) = int_{q > 0} q f(p/q) + f'(inf) P(q = 0)}, with {@code q f(0)} where
     * p = 0 (FGenerator conventions).
     */
    public static LineValue fDivergence(LineLaw p, LineLaw q, FGenerator f) {
        check(p, q);
        Checks.notNull("f-divergence generator", f);
        double out = massOutside(p, q);
        double singular = out > 0 ? out * f.slopeAtInfinity() : 0.0;
        LineValue i = checked(x -> {
            double lq = q.logDensity(x);
            if (lq == NEG_INF) {
                return 0.0;
            }
            double lp = p.logDensity(x);
            if (lp == NEG_INF) {
                return Math.exp(lq) * f.atZero();
            }
            double t = Math.exp(lp - lq);
            double qv = Math.exp(lq);
            if (t == INF || qv == 0.0) {
                double pv = Math.exp(lp);
                if (pv == 0.0) {
                    return 0.0;
                }
                // q below the double range (a light tail of q, e.g. normal(1, 1) far left of
                // normal(0, 1), where p/q = e^(1/2 - x) is moderate): q f(t) = p f(t)/t. Where the
                // ratio itself leaves the double range (laplace against normal far out), f(t)/t at
                // t = e^690 is the float estimate (a growth of f(t)/t, as for chi2, still gives inf);
                // the slope at infinity belongs to mass where q is exactly 0 (massOutside), not here
                double tt = t != INF ? t : Math.exp(Math.min(lp - lq, 690.0));
                double slope = f.value(tt) / tt;
                return pv * (Double.isNaN(slope) ? f.slopeAtInfinity() : slope);
            }
            return qv * (t == 0.0 ? f.atZero() : f.value(t));
        }, p, q);
        return new LineValue(i.value() + singular, i.errorEstimate(), false);
    }

    /**
     * Requires: p != null && q != null.
     * Ensures: 0 <= result.value() <= 1 (up to error).
     */
    /** {@code TV = (1/2) int |p - q|}, split at the sign changes of p - q found on a fine grid. */
    public static LineValue tv(LineLaw p, LineLaw q) {
        check(p, q);
        DoubleUnaryOperator diff = x -> {
            double d = p.density(x) - q.density(x);
            // a density that is not computable at a far point is below the double range there
            return Double.isNaN(d) ? 0.0 : d;
        };
        double[] breaks = Crossings.refine(Quadrature.breakpoints(p, q), diff);
        LineValue v = Quadrature.integrate(x -> 0.5 * Math.abs(diff.applyAsDouble(x)), breaks, Quadrature.scale(p, q));
        if (Double.isFinite(v.value()) && v.value() <= 1) {
            return v;
        }
        // a density that overflows near a singular end (beta(1e-8, 1e8) at 0 gave TV = inf):
        // TV = 1 - int min(p, q), whose integrand is at most q
        LineValue overlap = Quadrature.integrate(x -> {
            double m = Math.min(p.density(x), q.density(x));
            return Double.isNaN(m) ? 0.0 : m;
        }, breaks, Quadrature.scale(p, q));
        return overlap.affine(1, -1);
    }

    /**
     * Requires: p != null && q != null.
     */
    /** Bhattacharyya coefficient {@code BC = int sqrt(p q)}. */
    public static LineValue bc(LineLaw p, LineLaw q) {
        check(p, q);
        return Quadrature.overLaws(x -> Math.exp(0.5 * (p.logDensity(x) + q.logDensity(x))), p, q);
    }

    /**
     * Requires: p != null && q != null.
     */
    /** Squared Hellinger distance {@code H^2 = 1 - BC}. */
    public static LineValue hellinger2(LineLaw p, LineLaw q) {
        return bc(p, q).affine(1, -1);
    }

    /**
     * Requires: p != null && q != null.
     */
    /** Jensen–Shannon {@code KL(P||M)/2 + KL(Q||M)/2}, M = (P+Q)/2. */
    public static LineValue js(LineLaw p, LineLaw q) {
        check(p, q);
        return Quadrature.overLaws(x -> {
            double lp = p.logDensity(x);
            double lq = q.logDensity(x);
            double lm = LogSum.of(lp, lq) - Math.log(2);
            double s = 0;
            if (lp > NEG_INF) {
                s += Math.exp(lp) * (lp - lm);
            }
            if (lq > NEG_INF) {
                s += Math.exp(lq) * (lq - lm);
            }
            return 0.5 * s;
        }, p, q);
    }

    /**
     * {@code log q(x)}; inside the support of q a density below the double range (e.g. the
     * Gumbel's {@code -z - e^-z} once {@code e^-z} overflows) is {@code -Double.MAX_VALUE}, not
     * {@code -inf}: q is positive there, so no mass of p lies outside q's support (that case is
     * {@link #massOutside}).
     */
    static double logDensityInside(LineLaw q, double x) {
        double l = q.logDensity(x);
        if (l == NEG_INF && x > q.supportLower() && x < q.supportUpper()) {
            return -Double.MAX_VALUE;
        }
        return l;
    }

    /**
     * {@code int h} over the laws' supports: first the tail test of {@link TailCheck} (a
     * divergent integral is {@code +-inf}, or NaN for {@code inf - inf}, never the finite value
     * a quadrature would return), then the adaptive quadrature.
     */
    static LineValue checked(DoubleUnaryOperator h, LineLaw p, LineLaw q) {
        Double d = TailCheck.divergence(h, p, q);
        if (d != null) {
            return new LineValue(d, 0.0, false);
        }
        return Quadrature.overLaws(h, p, q);
    }

    private static void check(LineLaw p, LineLaw q) {
        Checks.notNull("first law P", p);
        Checks.notNull("second law Q", q);
    }
}
