package org.infobound.engine.prove;

/** What a numeric goal asserts about its expression g over the whole box. */
public enum GoalKind {
    /** {@code g >= 0}. */
    NONNEGATIVE,
    /** {@code g > 0}. */
    POSITIVE,
    /** {@code g < inf}. */
    FINITE;

    /** True if an enclosure {@code [lo, hi]} of g on a cell certifies the goal there. */
    boolean certifies(double lo, double hi) {
        return switch (this) {
            case NONNEGATIVE -> lo >= 0;
            case POSITIVE -> lo > 0;
            case FINITE -> hi < Double.POSITIVE_INFINITY;
        };
    }
}
