package org.infobound.engine.prove;

/**
 * One binder of a numeric goal. The bounds are expressions of the claims language (canonical text)
 * closed over constants; an open end of the claim's domain is replaced by the closed one, which
 * only enlarges the set checked, and is recorded ({@code loOpen}, {@code hiOpen}) only so that a
 * division by a factor vanishing exactly there is read as the one-sided limit ({@link NumericEval}).
 *
 * @param name the binder name used in the goal expression
 * @param kind real interval or integer range
 * @param lo   the lower bound, e.g. {@code "0"}
 * @param hi   the upper bound, e.g. {@code "10^6"}
 * @param loOpen the claim's domain excludes lo (the point lo is not an instance)
 * @param hiOpen the claim's domain excludes hi
 */
public record NumericDim(String name, DimKind kind, String lo, String hi, boolean loOpen, boolean hiOpen) {

    /** A dimension with closed ends. */
    public NumericDim(String name, DimKind kind, String lo, String hi) {
        this(name, kind, lo, hi, false, false);
    }
}
