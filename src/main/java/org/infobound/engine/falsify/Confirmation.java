package org.infobound.engine.falsify;

import org.infobound.engine.verdict.Enclosure;

/**
 * The certified re-evaluation of a candidate counterexample.
 *
 * @param status whether the violation is certain
 * @param relation the violated relation's source text (CONFIRMED only)
 * @param left enclosure of its left side (CONFIRMED only)
 * @param right enclosure of its right side (CONFIRMED only)
 * @param margin the certified violation size (positive; CONFIRMED only)
 * @param reason why not confirmed, or why undefined
 */
public record Confirmation(Status status, String relation, Enclosure left, Enclosure right, double margin,
        String reason) {

    /** Outcome of certified evaluation. */
    public enum Status {
        /** The formula is certainly false and {@code assuming} certainly true. */
        CONFIRMED,
        /** The certified enclosures do not exclude that the formula holds. */
        NOT_CONFIRMED,
        /** A side of a relation is certainly undefined at this instance. */
        UNDEFINED,
        /** {@code assuming} is not certainly true at this instance. */
        SKIPPED
    }

    /** A certain violation. */
    public static Confirmation confirmed(String relation, Enclosure left, Enclosure right, double margin) {
        return new Confirmation(Status.CONFIRMED, relation, left, right, margin, "");
    }

    /** Not certain. */
    public static Confirmation notConfirmed(String reason) {
        return new Confirmation(Status.NOT_CONFIRMED, "", null, null, Double.NaN, reason);
    }

    /** Undefined here. */
    public static Confirmation undefined(String reason) {
        return new Confirmation(Status.UNDEFINED, "", null, null, Double.NaN, reason);
    }

    /** Assumption not certain here. */
    public static Confirmation skipped() {
        return new Confirmation(Status.SKIPPED, "", null, null, Double.NaN, "assuming is not certainly true");
    }
}
