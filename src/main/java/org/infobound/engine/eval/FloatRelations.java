package org.infobound.engine.eval;

import org.infobound.engine.verdict.Enclosure;
import org.infobound.lang.ast.RelOp;

/** Relations and the variance-proxy estimate of the float route ({@link FloatBackend}). */
public final class FloatRelations {

    private FloatRelations() {
    }

    static Truth relate(Double a, RelOp op, Double b, String text) {
        FloatBackend.check(a, "NaN");
        FloatBackend.check(b, "NaN");
        return new Truth(Tri.of(holds(a, op, b)), margin(a, op, b), text, point(a), point(b));
    }

    /**
     * Whether {@code a op b} holds in floating point. The one definition for the interpreter and
     * the compiled batch route ({@code engine.batch.BatchRoute}), which must agree to the bit.
     */
    public static boolean holds(double a, RelOp op, double b) {
        return switch (op) {
            case LE -> a <= b;
            case LT -> a < b;
            case GE -> a >= b;
            case GT -> a > b;
            case EQ -> a == b;
            case NE -> a != b;
        };
    }

    /**
     * The float margin of {@code a op b}: positive when it holds with room, negative by how much it
     * fails; {@code d = 0} when the sides are equal (also both infinite), else {@code b - a}.
     */
    public static double margin(double a, RelOp op, double b) {
        double d = a == b ? 0 : b - a;
        return switch (op) {
            case LE, LT -> d;
            case GE, GT -> -d;
            case EQ -> -Math.abs(d);
            case NE -> Math.abs(d);
        };
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
