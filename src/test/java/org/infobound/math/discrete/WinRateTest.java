package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Win rates against catalogue F8 / B-T5.3 / B-T5.4 (reference values, spec/CATALOGUE.md). */
class WinRateTest {

    @Test
    void binaryUniformBestOfTwoMatchesF8() {
        DiscreteLaw ref = DiscreteLaw.bernoulli(0.5);
        DiscreteLaw bon = BestOfN.bon(ref, 2, Ties.UNIFORM);
        assertEquals(0.625, WinRate.winrate(bon, ref, WinRateTies.HALF), 1e-16);
        assertEquals(0.375, WinRate.winrate(bon, ref, WinRateTies.STRICT), 1e-16);
        assertEquals(0.875, WinRate.winrate(bon, ref, WinRateTies.WEAK), 1e-16);
        assertTrue(WinRate.winrate(bon, ref, WinRateTies.WEAK) > 2.0 / 3);
    }

    @Test
    void halfTieWinRateTendsToThreeQuarters() {
        DiscreteLaw ref = DiscreteLaw.bernoulli(0.5);
        // bon = (2^-n, 1 - 2^-n): W = (1 - 2^-n) 3/4 + 2^-n / 4 = 3/4 - 2^-(n+1) (closed form)
        assertEquals(0.75 - Math.pow(2, -41), WinRate.winrate(BestOfN.bon(ref, 40, Ties.UNIFORM), ref,
                WinRateTies.HALF), 1e-16);
    }

    @Test
    void lawsOnDifferentAlphabetsCompareRewardsOnly() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.5, 0.5}, new double[] {1, 3});
        DiscreteLaw q = DiscreteLaw.categorical(new double[] {0.25, 0.25, 0.5}, new double[] {0, 1, 2});
        // r=1 beats 0 (0.25) ties 1 (0.25); r=3 beats all: 0.5*(0.25+0.125) + 0.5 = 0.6875
        assertEquals(0.6875, WinRate.winrate(p, q, WinRateTies.HALF), 1e-16);
        assertEquals(0.625, WinRate.winrate(p, q, WinRateTies.STRICT), 1e-16);
        assertEquals(0.75, WinRate.winrate(p, q, WinRateTies.WEAK), 1e-16);
    }

    @Test
    void bestOfNWinRateBoundsHoldOnRandomLaws() {
        SplittableRandom rng = new SplittableRandom(23);
        for (int trial = 0; trial < 300; trial++) {
            DiscreteLaw ref = TestLaws.random(rng, 1 + rng.nextInt(10), true);
            int n = 1 + rng.nextInt(50);
            DiscreteLaw bon = BestOfN.bon(ref, n, Ties.UNIFORM);
            double half = WinRate.winrate(bon, ref, WinRateTies.HALF);
            double bound = n / (n + 1.0);
            assertTrue(half <= bound + 1e-12, "B-T5.3");
            assertTrue(WinRate.winrate(bon, ref, WinRateTies.STRICT) <= bound + 1e-12);
            assertTrue(bound - half <= (n - 1) / 2.0 * Moments.collision(ref.rewardLaw()) + 1e-12,
                    "B-T5.4");
            assertEquals(1.0, WinRate.winrate(ref, bon, WinRateTies.HALF) + half, 1e-12);
        }
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> WinRate.winrate(null, DiscreteLaw.uniform(2), WinRateTies.HALF));
        assertThrows(IllegalArgumentException.class,
                () -> WinRate.winrate(DiscreteLaw.uniform(2), DiscreteLaw.uniform(2), null));
    }
}
