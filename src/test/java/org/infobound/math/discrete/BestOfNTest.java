package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Best-of-n against the catalogue (reference values, spec/CATALOGUE.md: B-Ex, F1,
 * F9, B-T3.4, B-T3.6); the digits beyond the catalogue's six were recomputed with mpmath at 50
 * digits from the same closed forms.
 */
class BestOfNTest {

    /** (1/4) log(1/2) + (3/4) log(3/2), mpmath 50 digits (catalogue B-Ex / F1: 0.130812). */
    static final double BINARY_N2 = 0.1308120359411369591292018;
    /** log 2 - h(2^-10), mpmath 50 digits (catalogue B-Ex: 0.685402). */
    static final double BINARY_N10 = 0.6854020796172440613955352;

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected);
    }

    @Test
    void binaryCounterexampleKlAtTwoAndTen() {
        DiscreteLaw p = DiscreteLaw.bernoulli(0.5);
        close(BINARY_N2, BestOfN.klToReference(p, 2), 1e-15);
        close(BINARY_N2, Divergences.kl(BestOfN.bon(p, 2, Ties.UNIFORM), p), 1e-15);
        close(BINARY_N10, BestOfN.klToReference(p, 10), 1e-14);
        assertArrayEquals(new double[] {0.25, 0.75}, BestOfN.bon(p, 2, Ties.UNIFORM).probabilities(),
                1e-16);
    }

    @Test
    void binaryKlIsBelowTheLogFormulaAndCappedAtLog2() {
        DiscreteLaw p = DiscreteLaw.bernoulli(0.5);
        assertTrue(BestOfN.klToReference(p, 2) < Math.log(2) - 0.5);
        // log 2 - h(2^-50), mpmath 50 digits (catalogue B-Ex: 0.693147 at n = 50)
        close(0.69314718055991363932044, BestOfN.klToReference(p, 50), 1e-14);
        assertTrue(BestOfN.klToReference(p, 1000) <= Math.log(2));
    }

    @Test
    void threeAtomCounterexampleMatchesCatalogue() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.2, 0.5, 0.3}, new double[] {1, 2, 3});
        assertArrayEquals(new double[] {0.04, 0.45, 0.51}, BestOfN.bon(p, 2, Ties.UNIFORM).probabilities(),
                1e-15);
        // mpmath 50 digits on the double inputs (catalogue F1: 0.158831, 0.954053)
        close(0.1588306594983210516303299, BestOfN.klToReference(p, 2), 1e-14);
        close(0.9540525671551415272590239, BestOfN.klToReference(p, 8), 1e-14);
    }

    @Test
    void tieRulesChangeThePolicyAsInF9() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.5, 0.5}, new double[] {7, 7});
        assertArrayEquals(new double[] {0.5, 0.5}, BestOfN.bon(p, 2, Ties.UNIFORM).probabilities(), 0);
        assertEquals(0.0, BestOfN.klToReference(p, 2, Ties.UNIFORM), 0.0);
        assertArrayEquals(new double[] {0.25, 0.75}, BestOfN.bon(p, 2, Ties.INDEX).probabilities(), 1e-16);
        close(BINARY_N2, BestOfN.klToReference(p, 2, Ties.INDEX), 1e-15);
    }

    @Test
    void uniformTiesResponseKlEqualsRewardLevelKl() {
        // reward law (0.1, 0.5, 0.4); KL at n = 3 is 0.341530 (catalogue F9), mpmath 50 digits
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.1, 0.2, 0.3, 0.4},
                new double[] {0, 1, 1, 2});
        double reward = 0.341529731722750060582091299166;
        close(reward, BestOfN.klToReference(p, 3), 1e-13);
        close(reward, BestOfN.klToReference(p.rewardLaw(), 3, Ties.INDEX), 1e-13);
        DiscreteLaw bon = BestOfN.bon(p, 3, Ties.UNIFORM);
        assertEquals(bon.probability(1) / 0.2, bon.probability(2) / 0.3, 1e-15);
    }

    @Test
    void uniformReferenceGapMatchesB36() {
        DiscreteLaw u = DiscreteLaw.uniform(100);
        // gaps log n - (n-1)/n - KL, mpmath 50 digits (catalogue B-T3.6: 1.3041, 3.6053)
        close(1.304062167614966179533236, gap(u, 1000), 1e-13);
        close(3.605270185988091368035983, gap(u, 10000), 1e-13);
    }

    private static double gap(DiscreteLaw p, long n) {
        return Math.log(n) - (n - 1.0) / n - BestOfN.klToReference(p, n);
    }

    @Test
    void oneOutcomeAndNEqualOneAreTrivial() {
        DiscreteLaw one = DiscreteLaw.categorical(new double[] {1}, new double[] {3});
        assertEquals(0.0, BestOfN.klToReference(one, 1_000_000_000L), 0.0);
        assertArrayEquals(new double[] {1}, BestOfN.bon(one, 5, Ties.INDEX).probabilities(), 0);
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.2, 0.5, 0.3}, new double[] {3, 1, 2});
        assertSame(p, BestOfN.bon(p, 1, Ties.INDEX));
        assertEquals(0.0, BestOfN.klToReference(p, 1), 0.0);
    }

    @Test
    void hugeNAndTinyMassesStayAccurate() {
        double[] probs = {1 - 1e-9 - 1e-300, 1e-9, 1e-300};
        DiscreteLaw p = DiscreteLaw.categorical(probs, new double[] {0, 1, 2});
        DiscreteLaw b = BestOfN.bon(p, 1_000_000_000L, Ties.UNIFORM);
        // mpmath 60 digits, expm1/log1p form on the (normalised) double inputs
        close(0.3678794409875025884253852, b.probability(0), 1e-9);
        close(0.6321205590124974115746148, b.probability(1), 1e-9);
        close(9.999999999999999967771603e-292, b.probability(2), 1e-12);
        close(12.44178495548831153005405, BestOfN.klToReference(p, 1_000_000_000L), 1e-10);
    }

    @Test
    void zeroProbabilitiesStayZero() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.5, 0, 0.5, 0}, new double[] {0, 3, 1, 2});
        DiscreteLaw b = BestOfN.bon(p, 4, Ties.INDEX);
        assertArrayEquals(new double[] {1 / 16.0, 0, 15 / 16.0, 0}, b.probabilities(), 1e-16);
    }

    @Test
    void indexRuleFollowsRewardThenIndexOrder() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.25, 0.25, 0.25, 0.25},
                new double[] {1, 0, 1, 0});
        // order: (0,1), (0,3), (1,0), (1,2): G = 1/4, 1/2, 3/4, 1; n = 2
        assertArrayEquals(new double[] {5 / 16.0, 1 / 16.0, 7 / 16.0, 3 / 16.0},
                BestOfN.bon(p, 2, Ties.INDEX).probabilities(), 1e-16);
    }

    @Test
    void bonBySelectsByProxyAndKeepsRewards() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.2, 0.5, 0.3}, new double[] {5, 6, 7});
        DiscreteLaw b = BestOfN.bonBy(p, 2, new double[] {3, 2, 1}, Ties.UNIFORM);
        assertArrayEquals(new double[] {0.36, 0.55, 0.09}, b.probabilities(), 1e-15);
        assertArrayEquals(new double[] {5, 6, 7}, b.rewards(), 0);
    }

    @Test
    void maxRewardLawIsOnLevels() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.1, 0.2, 0.3, 0.4}, new double[] {0, 1, 1, 2});
        DiscreteLaw m = BestOfN.maxRewardLaw(p, 2);
        assertArrayEquals(new double[] {0, 1, 2}, m.rewards(), 0);
        assertArrayEquals(new double[] {0.01, 0.35, 0.64}, m.probabilities(), 1e-15);
    }

    @Test
    void fusedKlAgreesWithMaterialisedKlOnRandomLaws() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 300; trial++) {
            DiscreteLaw p = TestLaws.random(rng, 2 + rng.nextInt(30), trial % 2 == 0);
            long n = 1 + rng.nextInt(2000);
            for (Ties t : Ties.values()) {
                double fused = BestOfN.klToReference(p, n, t);
                double full = Divergences.kl(BestOfN.bon(p, n, t), p);
                assertEquals(full, fused, 1e-12 * Math.max(1, full));
            }
        }
    }

    @Test
    void bonSumsToOneAndRespectsTheUpperBoundAndGapBound() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 500; trial++) {
            DiscreteLaw p = TestLaws.random(rng, 1 + rng.nextInt(20), trial % 3 == 0);
            long n = 1 + rng.nextInt(1000);
            Ties t = trial % 2 == 0 ? Ties.UNIFORM : Ties.INDEX;
            DiscreteLaw b = BestOfN.bon(p, n, t);
            double s = 0;
            for (double v : b.probabilities()) {
                s += v;
                assertTrue(v >= 0 && v <= n * 1.0000001);
            }
            assertEquals(1.0, s, 1e-12);
            double kl = BestOfN.klToReference(p, n, t);
            double bound = Math.log(n) - (n - 1.0) / n;
            assertTrue(kl <= bound + 1e-12, () -> "KL " + kl + " > " + bound);
            // B-T3.4: gap <= 2 n (n-1) sum p^2 (with uniform ties on the reward law)
            double gap = bound - BestOfN.klToReference(p.rewardLaw(), n);
            assertTrue(gap <= 2.0 * n * (n - 1) * Moments.collision(p.rewardLaw()) + 1e-12);
        }
    }

    @Test
    void unsortedRewardsGiveTheSameLawAsSorted() {
        SplittableRandom rng = new SplittableRandom(3);
        DiscreteLaw p = TestLaws.random(rng, 2000, true);
        int[] perm = new int[2000];
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i;
        }
        for (int i = perm.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        double[] q = new double[2000];
        double[] r = new double[2000];
        for (int i = 0; i < perm.length; i++) {
            q[i] = p.probability(perm[i]);
            r[i] = p.reward(perm[i]);
        }
        DiscreteLaw shuffled = DiscreteLaw.categorical(q, r);
        DiscreteLaw a = BestOfN.bon(p, 37, Ties.UNIFORM);
        DiscreteLaw b = BestOfN.bon(shuffled, 37, Ties.UNIFORM);
        for (int i = 0; i < perm.length; i++) {
            assertEquals(a.probability(perm[i]), b.probability(i), 1e-15);
        }
    }

    @Test
    void badArgumentsAreRejected() {
        DiscreteLaw p = DiscreteLaw.bernoulli(0.5);
        assertThrows(IllegalArgumentException.class, () -> BestOfN.bon(p, 0, Ties.UNIFORM));
        assertThrows(IllegalArgumentException.class, () -> BestOfN.bon(null, 2, Ties.UNIFORM));
        assertThrows(IllegalArgumentException.class, () -> BestOfN.bon(p, 2, null));
        assertThrows(IllegalArgumentException.class, () -> BestOfN.bonBy(p, 2, new double[3], Ties.INDEX));
        assertThrows(IllegalArgumentException.class,
                () -> BestOfN.bonBy(p, 2, new double[] {0, Double.NaN}, Ties.INDEX));
    }
}
