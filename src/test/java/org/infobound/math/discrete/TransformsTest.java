package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Tilt, mixtures and Markov kernels. */
class TransformsTest {

    private static final DiscreteLaw P = DiscreteLaw.categorical(new double[] {0.1, 0.2, 0.3, 0.4},
            new double[] {0, 1, 1, 3});

    @Test
    void tiltMatchesMpmath() {
        // p exp(r / 0.5) / Z, mpmath 50 digits
        double[] expected = {0.0006054513185784041642293125, 0.008947427516294722776038298,
            0.01342114127444208292235244, 0.9770259798906847901373799};
        DiscreteLaw t = Tilt.tilt(P, 0.5);
        for (int i = 0; i < 4; i++) {
            assertEquals(expected[i], t.probability(i), 1e-15 * expected[i]);
        }
        assertSame(P, Tilt.tilt(P, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Tilt.tilt(P, 0));
    }

    @Test
    void tiltWithHugeRewardsDoesNotOverflow() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.5, 0.5}, new double[] {1e6, 1e6 + 1});
        DiscreteLaw t = Tilt.tilt(p, 1);
        assertEquals(1 / (1 + Math.E), t.probability(0), 1e-15);
    }

    @Test
    void gibbsVariationalPrincipleHoldsOnRandomLaws() {
        // beta log Z = E_tilt r - beta KL(tilt || p) (M-Def2), and the tilt beats other laws
        SplittableRandom rng = new SplittableRandom(31);
        for (int trial = 0; trial < 100; trial++) {
            DiscreteLaw p = TestLaws.random(rng, 2 + rng.nextInt(8), false);
            double beta = 0.05 + rng.nextDouble() * 3;
            DiscreteLaw t = Tilt.tilt(p, beta);
            double value = Moments.mean(t) - beta * Divergences.kl(t, p);
            assertEquals(beta * Tilt.logPartition(p, beta), value, 1e-12 * Math.max(1, Math.abs(value)));
            DiscreteLaw other = Mixture.mix(t, p, rng.nextDouble());
            assertTrue(Moments.mean(other) - beta * Divergences.kl(other, p) <= value + 1e-12);
        }
    }

    @Test
    void mixturesAreLinearAndExactWhenRational() {
        DiscreteLaw a = DiscreteLaw.uniform(2);
        DiscreteLaw b = DiscreteLaw.bernoulli(new BigFraction(1, 4));
        DiscreteLaw m = Mixture.mix(a, b, new BigFraction(1, 3));
        // (1 - w) p + w q with w = 1/3: (2/3)(1/2) + (1/3)(1/4) = 5/12 (spec/LANGUAGE.md sections 6-7)
        assertEquals(new BigFraction(5, 12), m.exactProbabilities()[1]);
        assertArrayEquals(new double[] {7 / 12.0, 5 / 12.0}, Mixture.mix(a, b, 1.0 / 3).probabilities(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Mixture.mix(a, P, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Mixture.mix(a, b, 1.5));
    }

    @Test
    void kernelAppliesAndDataProcessingHolds() {
        MarkovKernel k = MarkovKernel.of(new double[][] {{1, 0}, {0.5, 0.5}, {0.5, 0.5}, {0, 1}});
        DiscreteLaw out = k.apply(P);
        assertArrayEquals(new double[] {0.35, 0.65}, out.probabilities(), 1e-15);
        assertArrayEquals(new double[] {0, 1}, out.rewards(), 0);
        SplittableRandom rng = new SplittableRandom(37);
        for (int trial = 0; trial < 100; trial++) {
            int n = 2 + rng.nextInt(5);
            DiscreteLaw a = TestLaws.random(rng, n, false);
            DiscreteLaw b = TestLaws.random(rng, n, false);
            double[][] rows = new double[n][];
            for (int i = 0; i < n; i++) {
                rows[i] = TestLaws.random(rng, 3, false).probabilities();
            }
            MarkovKernel kernel = MarkovKernel.of(rows);
            assertTrue(Divergences.kl(kernel.apply(a), kernel.apply(b)) <= Divergences.kl(a, b) + 1e-12);
            assertTrue(Divergences.tv(kernel.apply(a), kernel.apply(b)) <= Divergences.tv(a, b) + 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> MarkovKernel.of(new double[][] {{0.5, 0.6}}));
        assertThrows(IllegalArgumentException.class, () -> MarkovKernel.of(new double[][] {{1, 0}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> k.apply(DiscreteLaw.uniform(3)));
    }
}
