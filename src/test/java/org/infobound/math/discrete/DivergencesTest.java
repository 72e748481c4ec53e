package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.infobound.math.FGenerators;
import org.infobound.math.StandardF;
import org.junit.jupiter.api.Test;

/**
 * Divergences against mpmath (50 digits) on P = (0.1, 0.2, 0.3, 0.4) vs the uniform law on 4
 * points (inputs taken as the exact double values), closed forms, and seeded properties.
 */
class DivergencesTest {

    private static final DiscreteLaw P = DiscreteLaw.categorical(new double[] {0.1, 0.2, 0.3, 0.4},
            new double[] {0, 1, 2, 3});
    private static final DiscreteLaw Q = DiscreteLaw.uniform(4);

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected);
    }

    @Test
    void valuesMatchMpmath() {
        close(0.1064401352862231802560288, Divergences.kl(P, Q), 1e-15);
        close(0.1217772742871686278902869, Divergences.kl(Q, P), 1e-15);
        close(0.2000000000000000111022302, Divergences.chi2(P, Q), 1e-15);
        close(0.1999999999999999972244424, Divergences.tv(P, Q), 1e-15);
        close(0.9718097255278189404737456, Divergences.bc(P, Q), 1e-15);
        close(0.02819027447218105952625444, Divergences.hellinger2(P, Q), 1e-14);
        close(0.02786561345727673110359255, Divergences.js(P, Q), 1e-14);
    }

    @Test
    void renyiMatchesMpmathAndItsLimits() {
        close(0.05719049862829603978530352, Divergences.renyi(P, Q, 0.5), 1e-14);
        close(0.1823215567939546817228693, Divergences.renyi(P, Q, 2), 1e-14);
        close(0.2350018146228678226221683, Divergences.renyi(P, Q, 3), 1e-14);
        close(0.01203773142392968934226577, Divergences.renyi(P, Q, 0.1), 1e-13);
        close(0.3743835485577446375595668, Divergences.renyi(P, Q, 10), 1e-14);
        close(0.4700036292457356091620883, Divergences.renyi(P, Q, Double.POSITIVE_INFINITY), 1e-15);
        assertEquals(Divergences.kl(P, Q), Divergences.renyi(P, Q, 1), 0.0);
        assertEquals(0.0, Divergences.renyi(P, Q, 0), 0.0);
        DiscreteLaw partial = DiscreteLaw.categorical(new double[] {0.5, 0.5, 0, 0}, new double[] {0, 1, 2, 3});
        close(Math.log(2), Divergences.renyi(partial, Q, 0), 1e-15);
        close(Divergences.kl(P, Q), Divergences.renyi(P, Q, 1 + 1e-7), 1e-6);
    }

    @Test
    void nearlyEqualLawsKeepRelativeAccuracy() {
        DiscreteLaw a = DiscreteLaw.categorical(new double[] {0.5 + 1e-7, 0.5 - 1e-7}, new double[] {0, 1});
        DiscreteLaw b = DiscreteLaw.bernoulli(0.5);
        // mpmath 50 digits on the double inputs (which sum to 1 - 5.55e-17: that defect is part
        // of sum p log(p/q) and of 1 - BC, and the code must not hide it)
        close(1.99444888388168729537107e-14, Divergences.kl(a, b), 1e-9);
        close(3.999999998009599267435132e-14, Divergences.chi2(a, b), 1e-9);
        close(5.027755573127690914138077e-15, Divergences.hellinger2(a, b), 1e-9);
        close(1.005551114625540710660226e-14, Divergences.renyi(a, b, 0.5), 1e-8);
    }

    @Test
    void infiniteDivergencesAreInfinity() {
        DiscreteLaw a = DiscreteLaw.categorical(new double[] {0.5, 0.5, 0}, new double[] {0, 1, 2});
        DiscreteLaw b = DiscreteLaw.categorical(new double[] {0.5, 0, 0.5}, new double[] {0, 1, 2});
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(inf, Divergences.kl(a, b));
        assertEquals(inf, Divergences.chi2(a, b));
        assertEquals(inf, Divergences.renyi(a, b, 2));
        assertEquals(inf, Divergences.renyi(a, b, inf));
        close(Math.log(2), Divergences.renyi(a, b, 0.0), 1e-15);
        assertTrue(Double.isFinite(Divergences.renyi(a, b, 0.5)));
        assertEquals(inf, Divergences.fDivergence(a, b, StandardF.KL));
        assertEquals(inf, Divergences.fDivergence(a, b, StandardF.REVERSE_KL));
        DiscreteLaw c = DiscreteLaw.categorical(new double[] {0, 0, 1}, new double[] {0, 1, 2});
        assertEquals(inf, Divergences.renyi(a, c, 0.5));
        assertEquals(1.0, Divergences.tv(a, c), 0.0);
        assertEquals(1.0, Divergences.hellinger2(a, c), 1e-15);
        close(Math.log(2), Divergences.js(a, c), 1e-15);
    }

    @Test
    void fDivergenceWithStandardGeneratorsMatchesDedicatedMethods() {
        DiscreteLaw a = DiscreteLaw.categorical(new double[] {0.2, 0.3, 0.5, 0}, new double[] {0, 1, 2, 3});
        DiscreteLaw b = DiscreteLaw.categorical(new double[] {0.1, 0, 0.6, 0.3}, new double[] {0, 1, 2, 3});
        // TV/H2/JS have finite limits, so the singular parts enter; KL/chi2 are infinite here
        close(Divergences.tv(a, b), Divergences.fDivergence(a, b, StandardF.TV), 1e-15);
        close(Divergences.hellinger2(a, b), Divergences.fDivergence(a, b, StandardF.HELLINGER2), 1e-14);
        close(Divergences.js(a, b), Divergences.fDivergence(a, b, StandardF.JS), 1e-14);
        close(Divergences.kl(P, Q), Divergences.fDivergence(P, Q, StandardF.KL), 1e-14);
        close(Divergences.kl(Q, P), Divergences.fDivergence(P, Q, StandardF.REVERSE_KL), 1e-14);
        close(Divergences.chi2(P, Q), Divergences.fDivergence(P, Q, StandardF.CHI2), 1e-14);
        close(Divergences.kl(P, Q),
                Divergences.fDivergence(P, Q, FGenerators.of("tlogt", t -> t * Math.log(t))), 1e-14);
    }

    @Test
    void propertiesOnRandomLaws() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] orders = {0, 0.1, 0.5, 0.9, 1, 1.5, 2, 5, 50, Double.POSITIVE_INFINITY};
        for (int trial = 0; trial < 400; trial++) {
            int k = 1 + rng.nextInt(12);
            DiscreteLaw a = TestLaws.random(rng, k, false);
            DiscreteLaw b = TestLaws.random(rng, k, false);
            assertTrue(Divergences.kl(a, b) >= 0 && Divergences.chi2(a, b) >= 0);
            double tv = Divergences.tv(a, b);
            assertTrue(tv >= 0 && tv <= 1);
            assertTrue(Divergences.hellinger2(a, b) <= tv + 1e-15, "H2 <= TV");
            assertTrue(tv <= Math.sqrt(Divergences.kl(a, b) / 2) + 1e-12, "Pinsker");
            assertEquals(0.0, Divergences.kl(a, a), 0.0);
            assertEquals(0.0, Divergences.chi2(a, a), 0.0);
            assertEquals(0.0, Divergences.js(a, a), 1e-16);
            assertEquals(0.0, Divergences.hellinger2(a, a), 1e-15);
            double previous = 0;
            for (double alpha : orders) {
                double d = Divergences.renyi(a, b, alpha);
                assertTrue(d >= previous * (1 - 1e-12) - 1e-14, () -> "Rényi decreased at " + alpha);
                assertEquals(0.0, Divergences.renyi(a, a, alpha), 1e-14);
                previous = d;
            }
        }
    }

    @Test
    void mismatchedAlphabetsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Divergences.kl(P, DiscreteLaw.uniform(3)));
        assertThrows(IllegalArgumentException.class, () -> Divergences.renyi(P, Q, -1));
        assertThrows(IllegalArgumentException.class, () -> Divergences.renyi(P, Q, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Divergences.fDivergence(P, Q, null));
    }

    /**
     * P = (0, 1), Q = (1 - t, t) with t = 1e-300: sum over the common outcome q (p/q)^alpha =
     * t^(1 - alpha), so D_alpha(P||Q) = log(t^(1 - alpha)) / (alpha - 1) = -log t = 300 ln 10
     * = 690.77552789821370... for every alpha (closed form). The sum is about 1e-300: near
     * S - 1 = -1 the compensated form loses it.
     */
    @Test
    void renyiWhereTheSumIsTiny() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0, 1}, new double[] {0, 1});
        DiscreteLaw q = DiscreteLaw.categorical(new double[] {1, 1e-300}, new double[] {0, 1});
        for (double alpha : new double[] {1.494e-5, 0.3, 0.9}) {
            assertEquals(690.7755278982137, Divergences.renyi(p, q, alpha), 1e-11, "alpha " + alpha);
        }
    }
}
