package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * Rényi representation (M-L3), win rates, and the sampled route. Reference values: mpmath
 * (harmonic numbers, zeta(2) - psi'(n+1)), closed forms, M-L3 (reference values,
 * spec/CATALOGUE.md). Sampled checks are seeded and use 99.9% intervals.
 */
class OrderStatisticsAndWinRateTest {

    @Test
    void maxOfExponentialAndUniformHaveClosedFormVariances() {
        // mpmath, 30 digits: sum_{k<=10} 1/k^2 / 2^2 and 3^2 * 7 / (8^2 * 9)
        assertEquals(0.387441932791635172587553539934,
                new MaxLaw(LineFamily.EXPONENTIAL.of(2), 10).variance(), 1e-15);
        assertEquals(0.109375, new MaxLaw(LineFamily.UNIFORM.of(1, 4), 7).variance(), 1e-16);
    }

    @Test
    void momentsOfTheExponentialMax() {
        // mpmath: H_7, sum_{k<=7} 1/k^2 (M-L3: 2.5929, 1.5118)
        assertEquals(2.5928571428571428571, ExponentialOrderStatistics.meanOfMax(7), 1e-15);
        assertEquals(1.5117970521541950113, ExponentialOrderStatistics.varianceOfMax(7), 1e-15);
        assertEquals(21.3004815023479440166851, ExponentialOrderStatistics.meanOfMax(1e9), 1e-13);
        assertEquals(1.644934065848226436972415, ExponentialOrderStatistics.varianceOfMax(1e9), 1e-14);
        assertEquals(1.6803723055467760478, ExponentialOrderStatistics.meanOfMax(2.5), 1e-14);
        assertEquals(1.0, ExponentialOrderStatistics.meanOfMax(1), 0);
        // the law of the max has the same moments (quadrature route)
        MaxLaw m = ExponentialOrderStatistics.maxLaw(7);
        assertEquals(1.5117970521541950113, LineMoments.numericVariance(m).value(), 1e-12);
        assertEquals(Math.pow(1 - Math.exp(-2), 7), m.cdf(2), 1e-15);
    }

    @Test
    void renyiRepresentationSamplesMatchMoments() {
        Well19937c rng = new Well19937c(7L);
        MonteCarloEstimate mean = LineSampling.monteCarloMean(
                () -> ExponentialOrderStatistics.sampleMax(7, rng), 40_000, 0.999);
        assertTrue(mean.covers(2.5928571428571428571), mean.toString());
        double[] os = ExponentialOrderStatistics.sampleOrderStatistics(50, rng);
        for (int k = 1; k < os.length; k++) {
            assertTrue(os[k - 1] <= os[k]);
        }
        // E[E_(1)] = 1/n for the smallest of n
        MonteCarloEstimate min = LineSampling.monteCarloMean(
                () -> ExponentialOrderStatistics.sampleOrderStatistics(5, rng)[0], 40_000, 0.999);
        assertTrue(min.covers(0.2), min.toString());
        // the maximum's cdf (1 - e^-x)^n: P(E_(7) <= 2.5) by sampling
        MonteCarloEstimate p = LineSampling.monteCarloMean(
                () -> ExponentialOrderStatistics.sampleMax(7, rng) <= 2.5 ? 1 : 0, 40_000, 0.999);
        assertTrue(p.covers(Math.pow(1 - Math.exp(-2.5), 7)), p.toString());
    }

    @Test
    void winRates() {
        FamilyLaw n01 = LineFamily.NORMAL.of(0, 1);
        for (double n : new double[] {1, 2, 7, 1e9}) {
            assertEquals(n / (n + 1), LineWinRate.winrate(new MaxLaw(n01, n), n01).value(), 1e-15);
        }
        // quadrature route: a mixture equal in law to the base is not recognised structurally
        FamilyLaw lap = LineFamily.LAPLACE.of(0.2, 0.9);
        MixtureLaw same = new MixtureLaw(lap, lap, 0.5);
        LineValue w = LineWinRate.winrate(new MaxLaw(lap, 5), same);
        assertTrue(w.approximate());
        assertEquals(5.0 / 6, w.value(), 1e-12);
        // mpmath quad of f_lap * Phi(x/1.5)
        assertEquals(0.54250358977648578655,
                LineWinRate.winrate(lap, LineFamily.NORMAL.of(0, 1.5)).value(), 1e-12);
        assertEquals(0.5, LineWinRate.winrate(lap, LineFamily.LAPLACE.of(0.2, 0.9)).value());
    }

    @Test
    void sampledRouteAgreesWithExactRoute() {
        Well19937c rng = new Well19937c(42L);
        FamilyLaw n01 = LineFamily.NORMAL.of(0, 1);
        MonteCarloEstimate bon = LineSampling.bestOfNMean(n01, 10, 20_000, 0.999, rng);
        assertTrue(bon.covers(1.538752730835172856), bon.toString());
        MonteCarloEstimate wr = LineSampling.winRate(new MaxLaw(n01, 4), n01, 20_000, 0.999, rng);
        assertTrue(wr.covers(0.8), wr.toString());
        MonteCarloEstimate direct = LineSampling.winRate(new MaxLaw(n01, 4), n01, 20_000, 0.999, rng);
        assertEquals(0.999, direct.confidence());
        assertEquals(20_000, direct.samples());
        assertTrue(direct.halfWidth() > 0 && direct.halfWidth() < 0.02);
        MonteCarloEstimate e = LineSampling.bestOfNMean(LineFamily.EXPONENTIAL.of(1), 5, 20_000, 0.999, rng);
        assertTrue(e.covers(ExponentialOrderStatistics.meanOfMax(5)), e.toString());
    }
}
