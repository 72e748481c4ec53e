package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Exact versus sampled routes (spec/CHECK.md, "Evaluation routes"). Each comparison uses a fixed seed and a
 * 99.9999 % normal interval (z = 4.89), so a correct implementation fails with probability
 * about 1e-6 per check and a wrong one (a shift of several half widths) is caught.
 */
class SamplingTest {

    private static final double CONFIDENCE = 0.999999;
    private static final int M = 40_000;

    private static final DiscreteLaw P = DiscreteLaw.categorical(new double[] {0.1, 0.2, 0.3, 0.4},
            new double[] {0, 1, 1, 3});

    @Test
    void sampledBestOfNPmfMatchesExactForBothTieRules() {
        RandomGenerator rng = new Well19937c(42);
        for (Ties t : Ties.values()) {
            DiscreteLaw exact = BestOfN.bon(P, 3, t);
            double[] sampled = Sampling.bonPmf(P, 3, t, M, rng);
            for (int i = 0; i < 4; i++) {
                double q = exact.probability(i);
                double half = 4.89 * Math.sqrt(q * (1 - q) / M);
                assertEquals(q, sampled[i], half + 1e-12, t + " outcome " + i);
            }
        }
    }

    @Test
    void sampledPmfIsAcceptedByCategoricalAtLargeSampleCounts() {
        // regression: accumulating 1/m per draw summed to 1 - 1.9e-12 at m = 1e5 (one outcome),
        // which categorical rejects (tolerance 1e-12); frequencies are now count / m
        DiscreteLaw one = DiscreteLaw.categorical(new double[] {1}, new double[] {2});
        double[] pmf = Sampling.bonPmf(one, 3, Ties.UNIFORM, 100_000, new Well19937c(3));
        assertEquals(1.0, pmf[0], 0.0);
        double[] four = Sampling.bonPmf(P, 2, Ties.INDEX, 100_000, new Well19937c(4));
        assertEquals(4, DiscreteLaw.categorical(four, P.rewards()).size());
        assertEquals(1.0, four[0] + four[1] + four[2] + four[3], 1e-15);
    }

    @Test
    void sampledPmfSelectedByAProxyMatchesTheExactProxyLaw() {
        double[] g = {3, 0, 2, 1};
        RandomGenerator rng = new Well19937c(11);
        DiscreteLaw exact = BestOfN.bonBy(P, 3, g, Ties.INDEX);
        double[] sampled = Sampling.bonPmfBy(P, 3, g, Ties.INDEX, M, rng);
        for (int i = 0; i < 4; i++) {
            double q = exact.probability(i);
            assertEquals(q, sampled[i], 4.89 * Math.sqrt(q * (1 - q) / M) + 1e-12, "outcome " + i);
        }
        // independent check of the selection: outcome 0 (g = 3) wins unless all three miss it
        assertEquals(1 - 0.9 * 0.9 * 0.9, exact.probability(0), 1e-15);
    }

    @Test
    void tiesAcrossSelectionBlocksAreBrokenUniformlyOrByIndex() {
        // n = 3000 spans several selection blocks; the top level {0, 1} (mass 1/2) is present
        // with probability 1 - 2^-3000, so uniform ties keep outcome 0 with probability
        // 0.2 / 0.5 = 0.4 and the index rule always keeps outcome 1
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.2, 0.3, 0.5}, new double[] {1, 1, 0});
        int m = 2000;
        double[] uniform = Sampling.bonPmf(p, 3000, Ties.UNIFORM, m, new Well19937c(5));
        assertEquals(0.4, uniform[0], 4.89 * Math.sqrt(0.24 / m));
        double[] index = Sampling.bonPmf(p, 3000, Ties.INDEX, m, new Well19937c(6));
        assertEquals(1.0, index[1], 0.0);
    }

    @Test
    void uniformAndIndexTieRulesAreDistinguishedBySampling() {
        RandomGenerator rng = new Well19937c(7);
        DiscreteLaw tied = DiscreteLaw.categorical(new double[] {0.5, 0.5}, new double[] {1, 1});
        double[] uniform = Sampling.bonPmf(tied, 2, Ties.UNIFORM, M, rng);
        double[] index = Sampling.bonPmf(tied, 2, Ties.INDEX, M, rng);
        assertEquals(0.5, uniform[1], 0.015);
        assertEquals(0.75, index[1], 0.015);
    }

    @Test
    void sampledMeanRewardAndWinRateCoverTheExactValues() {
        RandomGenerator rng = new Well19937c(99);
        DiscreteLaw bon = BestOfN.bon(P, 5, Ties.UNIFORM);
        MonteCarloEstimate mean = Sampling.bonMeanReward(P, 5, Ties.UNIFORM, M, CONFIDENCE, rng);
        assertTrue(mean.covers(Moments.mean(bon)), mean.toString());
        assertEquals(M, mean.samples());
        for (WinRateTies t : WinRateTies.values()) {
            MonteCarloEstimate w = Sampling.winrate(bon, P, t, M, CONFIDENCE, rng);
            assertTrue(w.covers(WinRate.winrate(bon, P, t)), t + " " + w);
        }
    }

    @Test
    void empiricalPmfOfDrawsMatchesTheLaw() {
        double[] pmf = Sampling.empiricalPmf(P, M, new Well19937c(1));
        for (int i = 0; i < 4; i++) {
            double q = P.probability(i);
            assertEquals(q, pmf[i], 4.89 * Math.sqrt(q * (1 - q) / M));
        }
    }

    @Test
    void proxySelectionDrawsFollowBonBy() {
        double[] proxy = {3, 2, 1, 0};
        DiscreteLaw exact = BestOfN.bonBy(P, 2, proxy, Ties.INDEX);
        RandomGenerator rng = new Well19937c(5);
        int[] counts = new int[4];
        for (int s = 0; s < M; s++) {
            counts[Sampling.bonDraw(P, 2, proxy, Ties.INDEX, rng)]++;
        }
        for (int i = 0; i < 4; i++) {
            double q = exact.probability(i);
            assertEquals(q, counts[i] / (double) M, 4.89 * Math.sqrt(q * (1 - q) / M) + 1e-12);
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Sampling.mean(() -> 1.0, 1, 0.9));
        assertThrows(IllegalArgumentException.class, () -> Sampling.mean(() -> 1.0, 10, 1.0));
        assertThrows(IllegalArgumentException.class, () -> Sampling.bonPmf(P, 0, Ties.INDEX, 10, new Well19937c(1)));
    }
}
