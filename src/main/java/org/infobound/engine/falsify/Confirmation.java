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

    /** The reason of a candidate that certified evaluation shows to hold (float error, no violation). */
    public static final String HOLDS_CERTIFIED = "holds under certified evaluation";

    /** A certain violation. */
    public static Confirmation confirmed(String relation, Enclosure left, Enclosure right, double margin) {
        return new Confirmation(Status.CONFIRMED, relation, left, right, margin, "");
    }

    /**
     * Not certain: the certified enclosures of {@code relation}'s sides do not decide it (they
     * are kept, so that a float value outside them is known to be a float error).
     */
    public static Confirmation undecided(String reason, String relation, Enclosure left, Enclosure right) {
        return new Confirmation(Status.NOT_CONFIRMED, relation, left, right, Double.NaN, reason);
    }

    /**
     * Whether the float sides of a violated {@code relation} lie outside this confirmation's
     * certified enclosures of the same relation: the float values are then certainly wrong, and
     * their violation says nothing (spec/CHECK.md, UNCONFIRMED).
     */
    public boolean refutes(String floatRelation, double floatLeft, double floatRight) {
        if (left == null || right == null || relation == null || !relation.equals(floatRelation)) {
            return false;
        }
        if (outside(left, floatLeft) || outside(right, floatRight)) {
            return true;
        }
        // both float sides inside their certified enclosures, and the violation no larger than
        // the enclosures' widths: the violation lies within the certified route's own
        // uncertainty, so it is not evidence beyond float error (spec/CHECK.md, UNCONFIRMED).
        // Only for finite widths: an enclosure with an infinite end ([L, inf] of a one-sided
        // bound) says nothing against the float value, so the violation stays UNCONFIRMED.
        double width = (left.hi() - left.lo()) + (right.hi() - right.lo());
        double gap = Math.abs(floatLeft - floatRight);
        return Double.isFinite(floatLeft) && Double.isFinite(floatRight) && Double.isFinite(width)
                && gap <= width;
    }

    private static boolean outside(Enclosure e, double x) {
        return !Double.isNaN(x) && (x < e.lo() || x > e.hi());
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
