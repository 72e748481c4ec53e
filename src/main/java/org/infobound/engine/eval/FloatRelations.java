package org.infobound.engine.eval;

import org.infobound.engine.verdict.Enclosure;
import org.infobound.lang.ast.RelOp;

/** Relations and the variance-proxy estimate of the float route ({@link FloatBackend}). */
public final class FloatRelations {

    private FloatRelations() {
    }

    /**
     * A side that reaches a relation as NaN: every operator and elementary function reports its
     * own undefined cases by name, so a NaN here comes from a float routine (a law's functional,
     * a quadrature) and is not known to be undefined: reported as a failed evaluation
     * (spec/CHECK.md, INCONCLUSIVE reasons).
     */
    static final String NAN_SIDE = "could not evaluate: a side is NaN in floating point (a numerical failure of"
            + " the float evaluation, not known to be undefined; the certified route did not decide it)";

    static Truth relate(Double a, RelOp op, Double b, String text) {
        FloatBackend.check(a, NAN_SIDE);
        FloatBackend.check(b, NAN_SIDE);
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
