package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

/** Exact containment checks of reference values (BigDecimal, no rounding). */
final class Enclosures {

    private Enclosures() {
    }

    /** Whether {@code lo <= v <= hi} exactly, infinite bounds included. */
    static boolean encloses(Interval r, BigDecimal v) {
        boolean aboveLo = r.lo() == Double.NEGATIVE_INFINITY
                || (r.lo() != Double.POSITIVE_INFINITY && new BigDecimal(r.lo()).compareTo(v) <= 0);
        boolean belowHi = r.hi() == Double.POSITIVE_INFINITY
                || (r.hi() != Double.NEGATIVE_INFINITY && v.compareTo(new BigDecimal(r.hi())) <= 0);
        return aboveLo && belowHi;
    }

    static void assertEncloses(Interval r, String reference, String what) {
        assertTrue(encloses(r, new BigDecimal(reference)),
                () -> what + ": " + r + " does not contain " + reference);
    }

    /** The enclosure is at most {@code ulps} ulps of the reference wide (so it is not vacuous). */
    static void assertTight(Interval r, String reference, int ulps, String what) {
        double ref = Double.parseDouble(reference);
        double allowed = ulps * Math.ulp(ref);
        assertTrue(r.hi() - r.lo() <= allowed,
                () -> what + ": " + r + " wider than " + ulps + " ulps of " + reference);
    }
}
