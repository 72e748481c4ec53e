package org.infobound.engine.eval;

import static org.infobound.engine.eval.EvalTestSupport.claim;
import static org.infobound.engine.eval.EvalTestSupport.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@code sup(k in a..b, e)} over integer ranges whose ends are far apart or out of order (adversarial
 * round 9). Truth by hand: a range a..b with b < a is empty, so no value of k lies in it and
 * {@code sup(k in 0..-10^19, k) >= 1000} is not a theorem (the sup has no value; with the usual
 * convention it is -inf); the range -2^62..2^62 contains k = 12345, where 1 / (1 + (k - 12345)^2)
 * is exactly 1, so its sup is 1 (and it is at most 1 everywhere).
 */
class AggregatesRangeTest {

    private static Outcome certified(String text) {
        return claim(text).evaluate(instance(new double[0]), Mode.CERTIFIED);
    }

    private static Outcome floats(String text) {
        return claim(text).evaluate(instance(new double[0]), Mode.FLOAT);
    }

    @Test
    void supOverAnEmptyRangeBeyondTheLongsHasNoValue() {
        // was: the grid of 0..10^6 (points outside the range), certified [10^6, inf], so PROVED
        for (String c : new String[] {"claim s: sup(k in 0..-10^19, k) >= 1000",
                "claim s: sup(k in 0..-10^19, 1) >= 1", "claim s: sup(k in 5..2 - 10^19, k) > -inf"}) {
            Outcome cert = certified(c);
            assertNotEquals(Outcome.Kind.HOLDS, cert.kind(), c + ": " + cert);
            assertEquals(Outcome.Kind.FAILED, cert.kind(), c + ": " + cert);
            assertTrue(String.valueOf(cert.reason()).contains("empty integer range"), cert.toString());
            assertEquals(Outcome.Kind.FAILED, floats(c).kind(), c);
        }
    }

    @Test
    void supOverARangeWiderThanTheLongDifferenceDoesNotWrap() {
        // was: hi - lo = 2^63 wrapped to a negative step of 1, and the grid walked 2^63 points
        // until the heap ran out (a stack trace, every claim of the run lost)
        // the lower end is a certified value at a grid point (positive); the upper end of a grid
        // that is not the whole integer range is inf, so "<= 1" is not decided, and not violated
        Outcome cert = certified("claim s: sup(k in -2^62..2^62, 1 / (1 + (k - 12345)^2)) > 0");
        assertEquals(Outcome.Kind.HOLDS, cert.kind(), cert.toString());
        Outcome le = certified("claim s: sup(k in -2^62..2^62, 1 / (1 + (k - 12345)^2)) <= 1");
        assertNotEquals(Outcome.Kind.VIOLATED, le.kind(), le.toString());
        assertNotEquals(Outcome.Kind.VIOLATED, floats("claim s: sup(k in -2^62..2^62, 1 / (1 + (k - 12345)^2)) <= 1").kind());
        // the true sup is 1 (at k = 12345), so "< 1" is false and must never hold
        Outcome strict = certified("claim s: sup(k in -2^62..2^62, 1 / (1 + (k - 12345)^2)) < 1");
        assertNotEquals(Outcome.Kind.HOLDS, strict.kind(), strict.toString());
        // 0..2^63 - 1: lo + i * step passed Long.MAX_VALUE and wrapped to negative k before
        Outcome top = certified("claim s: sup(k in 0..2^63 - 1, k) >= 0");
        assertEquals(Outcome.Kind.HOLDS, top.kind(), top.toString());
        assertEquals(Outcome.Kind.HOLDS, floats("claim s: sup(k in 0..2^63 - 1, k) >= 0").kind());
    }

    @Test
    void aSmallExactUpperEndIsNotWalkedPast() {
        // hi = 10^19 / 10^19 * 3 = 3 computed through numbers beyond the longs: the grid is
        // 0..3 (its sup 3), never points beyond the upper end
        Outcome cert = certified("claim s: sup(k in 0..10^19 / 10^19 * 3, k) <= 3");
        assertNotEquals(Outcome.Kind.VIOLATED, cert.kind(), cert.toString());
        assertNotEquals(Outcome.Kind.VIOLATED, floats("claim s: sup(k in 0..10^19 / 10^19 * 3, k) <= 3").kind());
    }
}
