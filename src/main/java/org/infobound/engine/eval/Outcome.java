package org.infobound.engine.eval;

/**
 * The result of evaluating a claim at an instance.
 *
 * @param kind what happened
 * @param truth the formula's truth with margin and witness (HOLDS, VIOLATED, UNKNOWN only)
 * @param reason why, for SKIPPED (certified: assumption not certain), UNDEFINED, FAILED,
 *               UNCERTIFIED and OUT_OF_RANGE
 */
public record Outcome(Kind kind, Truth truth, String reason) {

    /** Outcome kinds. */
    public enum Kind {
        /** The formula holds (certainly, in certified mode). */
        HOLDS,
        /** The formula is violated (certainly, in certified mode). */
        VIOLATED,
        /** Certified mode: the enclosures do not decide the formula. */
        UNKNOWN,
        /** {@code assuming} is false (or, certified, not certainly true). */
        SKIPPED,
        /** A relation's side is undefined (section 5). */
        UNDEFINED,
        /** The instance could not be evaluated. */
        FAILED,
        /** Certified mode has no certified method for some quantity. */
        UNCERTIFIED,
        /** Float mode: a finite value left the double range ({@link OutOfRange}). */
        OUT_OF_RANGE
    }
}
