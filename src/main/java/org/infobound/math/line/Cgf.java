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
        if (law instanceof MixtureLaw m) {
            LineValue mixed = mixture(m, l);
            if (mixed != null) {
                return mixed;
            }
        }
        return LineMoments.numericLogMgf(law, l, law.mean());
    }

    /**
     * A mixture {@code (1-w) P + w Q} from its components' centred cgfs {@code K1, K2} and means
     * {@code m1, m2} (mixture mean m): {@code log((1-w) e^(K1 + l(m1-m)) + w e^(K2 + l(m2-m)))},
     * written as {@code log1p((1-w) expm1(a) + w expm1(b))} where both exponents are small (no
     * cancellation near 0; the quadrature of the whole mixture was 2.5e-8 relative off at
     * {@code cgf(mix(uniform(-3/8, 5/4), uniform(-1, 15/8), 1/4), 1/32)}), else by log-sum-exp.
     * Null when a component's mean is not finite.
     */
    private static LineValue mixture(MixtureLaw m, double l) {
        double w = m.weight();
        double m1 = m.first().mean();
        double m2 = m.second().mean();
        double mean = m.mean();
        if (!(Double.isFinite(m1) && Double.isFinite(m2) && Double.isFinite(mean))) {
            return null;
        }
        LineValue k1 = w == 1.0 ? LineValue.exact(0.0) : centred(m.first(), l);
        LineValue k2 = w == 0.0 ? LineValue.exact(0.0) : centred(m.second(), l);
        double a = w == 1.0 ? Double.NEGATIVE_INFINITY : k1.value() + l * (m1 - mean);
        double b = w == 0.0 ? Double.NEGATIVE_INFINITY : k2.value() + l * (m2 - mean);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return null;
        }
        double v;
        if (Math.abs(a) < 0.5 && Math.abs(b) < 0.5) {
            v = Math.log1p((1 - w) * Math.expm1(a) + w * Math.expm1(b));
        } else {
            v = LogSum.of(w == 1.0 ? a : Math.log1p(-w) + a, w == 0.0 ? b : Math.log(w) + b);
        }
        double err = Math.max(k1.errorEstimate(), k2.errorEstimate());
        return new LineValue(v, err, k1.closedForm() && k2.closedForm());
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
            case BETA -> betaCentred(a, b, l);
            default -> Double.NaN;
        };
    }

    /**
     * Float centred cgf of beta(a, b) (derive7: the quadrature of the float route was 6e-3
     * relative off at {@code cgf(beta(1/2, 16), 8)}, its density being singular at 0): the mgf is
     * {@code 1F1(a; a + b; l)}, for l &lt; 0 by Kummer's transformation
     * {@code e^l 1F1(b; a + b; -l)}, so K is {@code log1p(S - 1) - l a/(a+b)} or
     * {@code log1p(S' - 1) + l b/(a+b)} with S, S' the positive power series (rescaled against
     * overflow); NaN (numeric route) beyond 10^7 terms.
     */
    static double betaCentred(double a, double b, double l) {
        double c = a + b;
        double p = l >= 0 ? a : b;
        double x = Math.abs(l);
        // sum over k >= 1 of (p)_k/(c)_k x^k/k!, with a scale 2^scale
        double term = 1;
        double rest = 0;
        double one = 1;
        int scale = 0;
        for (int k = 0; k < 10_000_000; k++) {
            term *= (p + k) / (c + k) * x / (k + 1);
            rest += term;
            if (rest > 1e280) {
                rest = Math.scalb(rest, -900);
                term = Math.scalb(term, -900);
                one = Math.scalb(one, -900);
                scale += 900;
            }
            if (k > x && term <= 1e-17 * (rest + one)) {
                double log = scale == 0 ? Math.log1p(rest) : Math.log(rest + one) + scale * Math.log(2);
                return l >= 0 ? log - l * (a / c) : log + l * (b / c);
            }
        }
        return Double.NaN;
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
