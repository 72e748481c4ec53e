package org.infobound.engine.eval;

import org.infobound.engine.verdict.Enclosure;
import org.infobound.lang.ast.RelOp;
import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.Moments;

/** Relations and the variance-proxy estimate of the float route ({@link FloatBackend}). */
final class FloatRelations {

    private FloatRelations() {
    }

    static Truth relate(Double a, RelOp op, Double b, String text) {
        FloatBackend.check(a, "NaN");
        FloatBackend.check(b, "NaN");
        double d = a.equals(b) || a.doubleValue() == b.doubleValue() ? 0 : b - a;
        boolean holds;
        double margin;
        switch (op) {
            case LE:
                holds = a <= b;
                margin = d;
                break;
            case LT:
                holds = a < b;
                margin = d;
                break;
            case GE:
                holds = a >= b;
                margin = -d;
                break;
            case GT:
                holds = a > b;
                margin = -d;
                break;
            case EQ:
                holds = a.doubleValue() == b.doubleValue();
                margin = -Math.abs(d);
                break;
            case NE:
                holds = a.doubleValue() != b.doubleValue();
                margin = Math.abs(d);
                break;
            default:
                throw new AssertionError(op);
        }
        return new Truth(Tri.of(holds), margin, text, point(a), point(b));
    }

    static Truth approx(Double a, Double b, Double tol, String text) {
        double d = a.doubleValue() == b.doubleValue() ? 0 : Math.abs(FloatBackend.check(a - b, "inf - inf"));
        boolean holds = d <= tol;
        return new Truth(Tri.of(holds), tol - d, text, point(a), point(b));
    }

    private static Enclosure point(double x) {
        return new Enclosure(x, x, x);
    }

    /**
     * The optimal variance proxy from math.discrete; where its optimiser fails to converge, a
     * grid estimate (sup of 2 cgf(l) / l^2 over |l| in 10^[-4, 4], and the variance). Either is
     * only a search estimate: confirmation uses the certified enclosure.
     */
    static double proxy(DiscreteLaw p, int sign) {
        try {
            return sign == 0 ? Moments.sigma2(p) : sign > 0 ? Moments.sigma2Right(p) : Moments.sigma2Left(p);
        } catch (RuntimeException e) {
            double best = Moments.var(p);
            for (int k = -80; k <= 80; k++) {
                double mag = Math.pow(10, k / 20.0);
                for (int s = -1; s <= 1; s += 2) {
                    if (sign == 0 || s == sign) {
                        double l = s * mag;
                        double v = 2 * Moments.cgf(p, l) / (l * l);
                        if (v > best && Double.isFinite(v)) {
                            best = v;
                        }
                    }
                }
            }
            return best;
        }
    }

}
