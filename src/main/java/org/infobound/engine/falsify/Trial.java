package org.infobound.engine.falsify;

/**
 * The floating-point evaluation of a claim at one instance (the fast route used by the search).
 *
 * @param status what happened
 * @param margin satisfaction degree: positive when the formula holds with room to spare, zero or
 *               negative when violated (e.g. {@code b - a} for {@code a <= b}); NaN when none
 * @param detail a reason for UNDEFINED, FAILED and OUT_OF_RANGE, else empty
 * @param relation the deciding relation's source text (HOLDS, VIOLATED; empty when unknown)
 * @param left the float value of its left side (NaN when unknown)
 * @param right the float value of its right side (NaN when unknown)
 */
public record Trial(Status status, double margin, String detail, String relation, double left, double right) {

    /** No relation sides. */
    public Trial(Status status, double margin, String detail) {
        this(status, margin, detail, "", Double.NaN, Double.NaN);
    }

    /** A violating instance with its margin, the violated relation and its float sides. */
    public static Trial violated(double margin, String relation, double left, double right) {
        return new Trial(Status.VIOLATED, margin, "", relation == null ? "" : relation, left, right);
    }

    /** Outcome of a floating-point evaluation. */
    public enum Status {
        /** The formula holds (in floating point). */
        HOLDS,
        /** The formula is violated in floating point: a candidate for certified confirmation. */
        VIOLATED,
        /** {@code assuming} is false here: the instance is skipped and counted. */
        SKIPPED,
        /** A side of a relation is undefined ({@code 0 * inf}, {@code inf - inf}, ...). */
        UNDEFINED,
        /** The instance could not be evaluated (a law parameter out of range, unsupported). */
        FAILED,
        /** A finite value left the double range: the instance is not tested, and reported. */
        OUT_OF_RANGE
    }

    /** A holding instance with its margin. */
    public static Trial holds(double margin) {
        return new Trial(Status.HOLDS, margin, "");
    }

    /** A violating instance with its (non-positive) margin. */
    public static Trial violated(double margin) {
        return new Trial(Status.VIOLATED, margin, "");
    }

    /** A skipped instance. */
    public static Trial skipped() {
        return new Trial(Status.SKIPPED, Double.NaN, "");
    }

    /** An undefined instance. */
    public static Trial undefined(String why) {
        return new Trial(Status.UNDEFINED, Double.NaN, why);
    }

    /** An instance whose evaluation overflowed the double range. */
    public static Trial outOfRange(String why) {
        return new Trial(Status.OUT_OF_RANGE, Double.NaN, why);
    }

    /** An instance that could not be evaluated. */
    public static Trial failed(String why) {
        return new Trial(Status.FAILED, Double.NaN, why);
    }
}
