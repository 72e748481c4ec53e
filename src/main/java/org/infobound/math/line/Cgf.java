package org.infobound.math.line;

import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

/**
 * The centred cumulant generating function {@code psi(l) = log E e^{l (X - E X)}}: closed
 * forms for normal, exponential, uniform, gamma, laplace, logistic, gumbel; quadrature
 * otherwise (log-sum-exp shifted); {@code +inf} outside the mgf's radius ({@link Tails}).
 */
final class Cgf {

    private static final double EULER = 0.5772156649015329;

    private Cgf() {
    }

    static LineValue centred(LineLaw law, double l) {
        if (l == 0.0) {
            return LineValue.exact(0.0);
        }
        if (!(l < Tails.right(law)) || !(-l < Tails.left(law))) {
            return LineValue.exact(Double.POSITIVE_INFINITY);
        }
        if (law instanceof FamilyLaw f) {
            double c = closed(f, l);
            if (!Double.isNaN(c)) {
                return LineValue.exact(c);
            }
        }
        return LineMoments.numericLogMgf(law, l, law.mean());
    }

    /** Closed form of psi(l) inside the radius, NaN where there is none. */
    private static double closed(FamilyLaw f, double l) {
        double a = f.param(0);
        double b = f.family().parameters().size() > 1 ? f.param(1) : 0.0;
        return switch (f.family()) {
            case NORMAL -> 0.5 * b * b * l * l;
            case EXPONENTIAL -> -Math.log1p(-l / a) - l / a;
            case UNIFORM -> logSinhcOf(0.5 * l * (b - a));
            case GAMMA -> -a * (Math.log1p(-l * b) + l * b);
            case LAPLACE -> -Math.log1p(-(b * l) * (b * l));
            case LOGISTIC -> {
                double t = Math.PI * b * l;
                double t2 = t * t;
                yield Math.abs(t) < 1e-3 ? t2 / 6 + t2 * t2 / 180 + t2 * t2 * t2 / 2835
                        : -Math.log(FastMath.sin(t) / t);
            }
            case GUMBEL -> Gamma.logGamma(1 - b * l) - EULER * b * l;
            default -> Double.NaN;
        };
    }

    /** {@code log(sinh(u)/u)}, stable for small and large |u|. */
    static double logSinhcOf(double u) {
        double v = Math.abs(u);
        if (v < 1e-4) {
            return v * v / 6 - v * v * v * v / 180;
        }
        if (v > 20) {
            return v + Math.log1p(-Math.exp(-2 * v)) - Math.log(2 * v);
        }
        return Math.log(Math.sinh(v) / v);
    }
}
