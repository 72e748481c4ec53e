package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Moments and tails: mpmath (50 digits) on p = (0.1, 0.2, 0.3, 0.4), r = (0, 1, 1, 3). */
class MomentsTest {

    private static final DiscreteLaw P = DiscreteLaw.categorical(new double[] {0.1, 0.2, 0.3, 0.4},
            new double[] {0, 1, 1, 3});

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected);
    }

    @Test
    void meanVarianceEntropyMatchMpmath() {
        close(1.700000000000000066613381, Moments.mean(P), 1e-15);
        close(1.210000000000000053568261, Moments.var(P), 1e-15);
        close(Math.sqrt(1.210000000000000053568261), Moments.sd(P), 1e-15);
        close(1.279854225833667477055833, Moments.entropy(P), 1e-15);
        close(0.3, Moments.collision(P), 1e-15);
        assertEquals(0.4, Moments.pmax(P), 0.0);
        close(2.5, Moments.E(P, new double[] {5, 1, 2, 3}), 1e-15);
    }

    @Test
    void expectationIgnoresValuesOnNullOutcomes() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.5, 0, 0.5}, new double[] {0, 1, 2});
        assertEquals(1.0, Moments.E(p, new double[] {0, Double.POSITIVE_INFINITY, 2}), 0.0);
        assertEquals(0.0, Moments.entropy(DiscreteLaw.categorical(new double[] {1, 0}, new double[] {0, 1})), 0.0);
    }

    @Test
    void cgfMatchesMpmathIncludingTinyAndLargeArguments() {
        // mpmath 50 digits, expectation under the normalised law (the doubles sum to 1 + 2.8e-17)
        close(0.2855280067567893364790509, Moments.cgf(P, 0.7), 1e-14);
        close(0.8008981588012233087304066, Moments.cgf(P, -1.3), 1e-14);
        close(6.050000359999044016367287e-13, Moments.cgf(P, 1e-6), 1e-12);
        close(31.58370926812584447684972, Moments.cgf(P, 25), 1e-14);
        assertEquals(0.0, Moments.cgf(P, 0), 0.0);
    }

    @Test
    void bernoulliOptimalVarianceProxyIsKearnsSaul() {
        // (1-2p) / (2 log((1-p)/p)), mpmath 50 digits; 1/4 at p = 1/2 (catalogue 5.3)
        close(0.182047845325367478722848, Moments.sigma2(DiscreteLaw.bernoulli(0.1)), 1e-13);
        close(0.2360445002287657335934091, Moments.sigma2(DiscreteLaw.bernoulli(0.3)), 1e-13);
        close(0.25, Moments.sigma2(DiscreteLaw.bernoulli(0.5)), 1e-13);
        // one-sided: for p < 1/2 the right tail is the heavy one; the left sup is the limit at
        // l -> 0, the variance p (1 - p) = 0.09
        close(0.182047845325367478722848, Moments.sigma2Right(DiscreteLaw.bernoulli(0.1)), 1e-13);
        close(0.09, Moments.sigma2Left(DiscreteLaw.bernoulli(0.1)), 1e-13);
    }

    @Test
    void varianceProxyBoundsTheCgfOnRandomLaws() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int trial = 0; trial < 40; trial++) {
            DiscreteLaw p = TestLaws.random(rng, 2 + rng.nextInt(6), false);
            double s2 = Moments.sigma2(p);
            assertTrue(s2 >= Moments.var(p) * (1 - 1e-12));
            double range = 1.0;
            assertTrue(s2 <= range * range / 4 * (1 + 1e-9), "Hoeffding: sigma2 <= range^2/4");
            for (int j = 0; j < 50; j++) {
                double l = (rng.nextDouble() - 0.5) * 200;
                assertTrue(Moments.cgf(p, l) <= l * l * s2 / 2 * (1 + 1e-9) + 1e-15);
            }
        }
    }

    @Test
    void onePointLawHasZeroProxy() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.3, 0.7}, new double[] {2, 2});
        assertEquals(0.0, Moments.sigma2(p), 0.0);
        assertEquals(0.0, Moments.var(p), 0.0);
    }

    @Test
    void cdfAndQuantileAreGeneralisedInverses() {
        assertEquals(0.0, Moments.cdf(P, -1), 0.0);
        close(0.6, Moments.cdf(P, 1), 1e-15);
        assertEquals(1.0, Moments.cdf(P, 3), 0.0);
        assertEquals(0.0, Moments.quantile(P, 0.05), 0.0);
        assertEquals(0.0, Moments.quantile(P, 0.1), 0.0);
        assertEquals(1.0, Moments.quantile(P, 0.1000001), 0.0);
        assertEquals(3.0, Moments.quantile(P, 1.0), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Moments.quantile(P, 0));
        // exact law: u = 1/4 (a double) equals F(0) exactly, so the quantile is 0, not 1
        DiscreteLaw quarter = DiscreteLaw.categorical(new org.hipparchus.fraction.BigFraction[] {
            new org.hipparchus.fraction.BigFraction(1, 4), new org.hipparchus.fraction.BigFraction(3, 4)},
                new double[] {0, 1});
        assertEquals(0.0, Moments.quantile(quarter, 0.25), 0.0);
        assertEquals(1.0, Moments.quantile(quarter, Math.nextUp(0.25)), 0.0);
        assertThrows(IllegalArgumentException.class, () -> Moments.cdf(P, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Moments.E(P, new double[2]));
    }
}
