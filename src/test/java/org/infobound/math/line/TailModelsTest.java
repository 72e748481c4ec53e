package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The certified tail-mass bounds of every family with an infinite tail lie above the true tail
 * mass (mpmath 30 digits: ncdf, closed-form survival functions) and within a factor 3 of it.
 */
class TailModelsTest {

    private static void assertTailBound(FamilyLaw law, Side side, double y0, double trueMass) {
        TailModel m = new IntervalLogDensity(law).tail(side, y0);
        double u = m.upperIntegral(y0);
        assertTrue(trueMass <= u && u <= 3 * trueMass, law + " " + side + " at " + y0 + ": " + u
                + " vs " + trueMass);
        assertFalse(m.diverges(y0));
    }

    @Test
    void tailMassBoundsAreSoundAndTight() {
        assertTailBound(LineFamily.NORMAL.of(0, 1), Side.RIGHT, 5, 2.86651571879193911673752332875e-7);
        assertTailBound(LineFamily.NORMAL.of(0, 1), Side.LEFT, 5, 2.86651571879193911673752332875e-7);
        assertTailBound(LineFamily.EXPONENTIAL.of(2), Side.RIGHT, 5, 4.53999297624848515355915155605e-5);
        // Q(2, 10) = 11 e^-10
        assertTailBound(LineFamily.GAMMA.of(2, 1), Side.RIGHT, 10, 4.99399227387333366891506671166e-4);
        assertTailBound(LineFamily.LAPLACE.of(0, 1), Side.LEFT, 5, 3.36897349954273354831802421157e-3);
        assertTailBound(LineFamily.LOGISTIC.of(0, 1), Side.RIGHT, 5, 6.69285092428485555936198038132e-3);
        // 1 - exp(-e^-5) and exp(-e^2)
        assertTailBound(LineFamily.GUMBEL.of(0, 1), Side.RIGHT, 5, 6.715297932158510397111662836e-3);
        assertTailBound(LineFamily.GUMBEL.of(0, 1), Side.LEFT, 2, 6.17978989331093498619521604053e-4);
        assertTailBound(LineFamily.PARETO.of(1, 3), Side.RIGHT, 10, 1e-3);
    }

    @Test
    void boundedSupportsHaveNoTail() {
        assertTrue(new IntervalLogDensity(LineFamily.BETA.of(2, 3)).tail(Side.RIGHT, 2) == null);
        assertTrue(new IntervalLogDensity(LineFamily.EXPONENTIAL.of(1)).tail(Side.LEFT, 2) == null);
    }

    @Test
    void heavyPowerTailDiverges() {
        // x p(x) for Pareto(1, 1/2) decays like x^{-1/2}
        TailModel m = new IntervalLogDensity(LineFamily.PARETO.of(1, 0.5)).tail(Side.RIGHT, 4).plusLogPower(1);
        assertTrue(m.diverges(4));
        assertTrue(m.upperIntegral(4) == Double.POSITIVE_INFINITY);
    }
}
