package org.infobound.engine.prove;

/**
 * One binder of a numeric goal. The bounds are expressions of the claims language (canonical text)
 * closed over constants; an open end of the claim's domain is replaced by the closed one, which
 * only enlarges the set checked.
 *
 * @param name the binder name used in the goal expression
 * @param kind real interval or integer range
 * @param lo   the lower bound, e.g. {@code "0"}
 * @param hi   the upper bound, e.g. {@code "10^6"}
 */
public record NumericDim(String name, DimKind kind, String lo, String hi) {
}
