package org.infobound.math.line;

import org.hipparchus.special.Erf;

/**
 * Closed forms of divergences between two laws on the line, {@code null} where none is known.
 * Pairs: equal laws (0); best-of-n vs its base and Beta(n,1) vs U(0,1) (by the
 * probability-integral transform, {@link BetaUniform}); normal-normal; exponential-exponential;
 * uniform-uniform. Renyi order 1 is KL and must be asked as such.
 */
final class ClosedDivergences {

    private static final double INF = Double.POSITIVE_INFINITY;

    private ClosedDivergences() {
    }

    static LineValue of(DivergenceKind kind, LineLaw p, LineLaw q, double alpha) {
        if (p.equals(q)) {
            return LineValue.exact(kind == DivergenceKind.BC ? 1.0 : 0.0);
        }
        Double n = bonOrder(p, q);
        if (n != null) {
            return kind == DivergenceKind.JS ? BetaUniform.js(n) : LineValue.exact(forward(kind, n, alpha));
        }
        n = bonOrder(q, p);
        if (n != null) {
            return kind == DivergenceKind.JS ? BetaUniform.js(n) : LineValue.exact(reverse(kind, n, alpha));
        }
        if (p instanceof FamilyLaw a && q instanceof FamilyLaw b && a.family() == b.family()) {
            double v = switch (a.family()) {
                case NORMAL -> normal(kind, a.param(0), a.param(1), b.param(0), b.param(1), alpha);
                case EXPONENTIAL -> exponential(kind, a.param(0), b.param(0), alpha);
                case UNIFORM -> uniform(kind, a.param(0), a.param(1), b.param(0), b.param(1), alpha);
                case PARETO -> kind == DivergenceKind.KL ? paretoKl(a.param(0), a.param(1), b.param(0), b.param(1))
                        : Double.NaN;
                default -> Double.NaN;
            };
            return Double.isNaN(v) ? null : LineValue.exact(v);
        }
        return null;
    }

    /** n if p is the best-of-n law of q (or Beta(n,1) with q = U(0,1)), else null. */
    private static Double bonOrder(LineLaw p, LineLaw q) {
        if (p instanceof MaxLaw m && m.base().equals(q)) {
            return m.n();
        }
        if (p instanceof FamilyLaw b && b.family() == LineFamily.BETA && b.param(1) == 1.0
                && b.param(0) >= 1.0 && q.equals(LineFamily.UNIFORM.of(0, 1))) {
            return b.param(0);
        }
        return null;
    }

    private static double forward(DivergenceKind kind, double n, double alpha) {
        return switch (kind) {
            case KL -> BetaUniform.kl(n);
            case CHI2 -> BetaUniform.chi2(n);
            case RENYI -> BetaUniform.renyi(n, alpha);
            case TV -> BetaUniform.tv(n);
            case BC -> BetaUniform.bc(n);
            case JS -> throw new AssertionError(kind);
        };
    }

    private static double reverse(DivergenceKind kind, double n, double alpha) {
        return switch (kind) {
            case KL -> BetaUniform.reverseKl(n);
            case CHI2 -> BetaUniform.reverseChi2(n);
            case RENYI -> BetaUniform.reverseRenyi(n, alpha);
            case TV -> BetaUniform.tv(n);
            case BC -> BetaUniform.bc(n);
            case JS -> throw new AssertionError(kind);
        };
    }

    /** P = N(m1, s1^2), Q = N(m2, s2^2); Gil, Alajaji, Linder (2013), Table 2. */
    private static double normal(DivergenceKind kind, double m1, double s1, double m2, double s2, double a) {
        double d = m1 - m2;
        double v1 = s1 * s1;
        double v2 = s2 * s2;
        return switch (kind) {
            case KL -> Math.log(s2 / s1) + (v1 + d * d) / (2 * v2) - 0.5;
            case RENYI -> normalRenyi(d, s1, s2, a);
            case CHI2 -> Math.expm1(normalRenyi(d, s1, s2, 2));
            case BC -> Math.exp(logNormalBc(d, s1, s2));
            case TV -> s1 == s2 ? Erf.erf(Math.abs(d) / (2 * Math.sqrt(2) * s1)) : Double.NaN;
            case JS -> Double.NaN;
        };
    }

    static double logNormalBc(double d, double s1, double s2) {
        double v = s1 * s1 + s2 * s2;
        double ds = s1 - s2;
        return -0.5 * Math.log1p(ds * ds / (2 * s1 * s2)) - d * d / (4 * v);
    }

    private static double normalRenyi(double d, double s1, double s2, double a) {
        if (a == 0.0) {
            return 0.0;
        }
        if (a == INF) {
            if (s1 > s2 || (s1 == s2 && d != 0)) {
                return INF;
            }
            return s1 == s2 ? 0.0 : Math.log(s2 / s1) + d * d / (2 * (s2 * s2 - s1 * s1));
        }
        double va = a * s2 * s2 + (1 - a) * s1 * s1;
        if (!(va > 0)) {
            return INF;
        }
        return Math.log(s2 / s1) + Math.log(s2 * s2 / va) / (2 * (a - 1)) + a * d * d / (2 * va);
    }

    /**
     * KL(Pareto(x1, a1) || Pareto(x2, a2)) = log(a1/a2) + a2 log(x1/x2) + a2/a1 - 1 for x1 >= x2,
     * +inf for x1 < x2 (the same form as {@link ClosedFamilyKl}, in doubles).
     */
    private static double paretoKl(double x1, double a1, double x2, double a2) {
        if (x1 < x2) {
            return INF;
        }
        return Math.log(a1 / a2) + a2 * Math.log(x1 / x2) + a2 / a1 - 1;
    }

    /** P = Exp(l1), Q = Exp(l2) (rates). */
    private static double exponential(DivergenceKind kind, double l1, double l2, double a) {
        return switch (kind) {
            case KL -> Math.log(l1 / l2) + l2 / l1 - 1;
            case RENYI -> expRenyi(l1, l2, a);
            case CHI2 -> Math.expm1(expRenyi(l1, l2, 2));
            case BC -> 2 * Math.sqrt(l1 * l2) / (l1 + l2);
            case TV -> {
                double x = Math.log(l1 / l2) / (l1 - l2);
                yield Math.abs(Math.exp(-l2 * x) - Math.exp(-l1 * x));
            }
            case JS -> Double.NaN;
        };
    }

    private static double expRenyi(double l1, double l2, double a) {
        if (a == 0.0) {
            return 0.0;
        }
        if (a == INF) {
            return l2 > l1 ? INF : Math.log(l1 / l2);
        }
        double c = a * l1 + (1 - a) * l2;
        return c > 0 ? Math.log(l1 / l2) + Math.log(l1 / c) / (a - 1) : INF;
    }

    /** P = U(a, b), Q = U(c, d). */
    private static double uniform(DivergenceKind kind, double a, double b, double c, double d, double al) {
        double lp = b - a;
        double lq = d - c;
        double ov = Math.max(0.0, Math.min(b, d) - Math.max(a, c));
        boolean nested = c <= a && b <= d;
        return switch (kind) {
            case KL -> nested ? Math.log(lq / lp) : INF;
            case CHI2 -> nested ? lq / lp - 1 : INF;
            case RENYI -> {
                if (nested) {
                    yield Math.log(lq / lp);
                }
                if (al >= 1) {
                    yield INF;
                }
                yield al == 0 ? -Math.log(ov / lq) : (Math.log(ov) - al * Math.log(lp) + (al - 1) * Math.log(lq)) / (al - 1);
            }
            case TV -> 1 - ov * Math.min(1 / lp, 1 / lq);
            case BC -> ov / Math.sqrt(lp * lq);
            case JS -> Double.NaN;
        };
    }
}
