package org.infobound.engine.eval;

import org.infobound.engine.verdict.Enclosure;
import org.infobound.lang.ast.RelOp;

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
}
