package org.infobound.math.line;

/**
 * Radii of convergence of the moment generating function: {@code right(law)} is
 * {@code sup{l >= 0 : E e^{l X} < inf}} and {@code left(law)} is
 * {@code sup{l >= 0 : E e^{-l X} < inf}}. For every family here the mgf diverges at the
 * radius itself (open interval). Derived laws: a best-of-n law has the base's right radius
 * (its right tail is at most n times the base's) and n times its left radius (exponential-type
 * left tails); a mixture the smaller radius; a tilt by
 * {@code 1/beta} shifts the radii by {@code -1/beta} (right) and {@code +1/beta} (left).
 */
final class Tails {

    private static final double INF = Double.POSITIVE_INFINITY;

    private Tails() {
    }

    static double right(LineLaw law) {
        if (law.supportUpper() < INF) {
            return INF;
        }
        if (law instanceof FamilyLaw f) {
            return switch (f.family()) {
                case NORMAL -> INF;
                case EXPONENTIAL -> f.param(0);
                case GAMMA -> 1.0 / f.param(1);
                case LAPLACE, LOGISTIC, GUMBEL -> 1.0 / f.param(1);
                case PARETO -> 0.0;
                case UNIFORM, BETA -> INF;
            };
        }
        if (law instanceof MaxLaw m) {
            return right(m.base());
        }
        if (law instanceof MixtureLaw m) {
            return Math.min(m.weightOne() ? INF : right(m.first()), m.weightZero() ? INF : right(m.second()));
        }
        TiltedLaw t = (TiltedLaw) law;
        return right(t.base()) - 1.0 / t.beta();
    }

    static double left(LineLaw law) {
        if (law.supportLower() > -INF) {
            return INF;
        }
        if (law instanceof FamilyLaw f) {
            return switch (f.family()) {
                case LAPLACE, LOGISTIC -> 1.0 / f.param(1);
                default -> INF;
            };
        }
        if (law instanceof MaxLaw m) {
            // Every finite left radius here comes from an exponential-type tail F(x) ~ C e^{r x},
            // and F^n ~ C^n e^{n r x}.
            return m.n() * left(m.base());
        }
        if (law instanceof MixtureLaw m) {
            return Math.min(m.weightOne() ? INF : left(m.first()), m.weightZero() ? INF : left(m.second()));
        }
        TiltedLaw t = (TiltedLaw) law;
        return left(t.base()) + 1.0 / t.beta();
    }
}
