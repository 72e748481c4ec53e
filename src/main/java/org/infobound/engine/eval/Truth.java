package org.infobound.engine.eval;

import org.infobound.engine.verdict.Enclosure;

/**
 * The value of a formula at an instance: its truth, a margin (satisfaction degree: positive =
 * holds with room, zero or negative = violated; in certified mode, when FALSE, minus the certified
 * violation size, else NaN), and for a false formula the atomic relation that makes it false,
 * with both sides.
 *
 * @param truth TRUE, FALSE or (certified only) UNKNOWN
 * @param margin satisfaction degree
 * @param relation source text of the deciding relation (null when none)
 * @param left enclosure of its left side (null when none)
 * @param right enclosure of its right side (null when none)
 */
public record Truth(Tri truth, double margin, String relation, Enclosure left, Enclosure right) {

    /** A truth without witness. */
    public static Truth of(Tri t, double margin) {
        return new Truth(t, margin, null, null, null);
    }
}
