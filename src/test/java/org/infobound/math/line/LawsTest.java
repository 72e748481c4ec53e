package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/** Family laws, best-of-n laws and mixtures: validation, cdf/quantile/survival consistency. */
class LawsTest {

    private static final FamilyLaw[] LAWS = {
        LineFamily.NORMAL.of(1, 2), LineFamily.EXPONENTIAL.of(0.5), LineFamily.UNIFORM.of(-1, 3),
        LineFamily.BETA.of(2, 0.7), LineFamily.GAMMA.of(2.5, 2), LineFamily.LAPLACE.of(0.2, 0.9),
        LineFamily.LOGISTIC.of(1, 0.5), LineFamily.GUMBEL.of(1, 2), LineFamily.PARETO.of(2, 3),
    };

    @Test
    void parameterValidationNamesTheParameterAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LineFamily.NORMAL.of(0, -1));
        assertEquals("normal: parameter sigma must be finite and > 0, got -1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LineFamily.UNIFORM.of(2, 1));
        assertTrue(e.getMessage().contains("a must be < b"));
        e = assertThrows(IllegalArgumentException.class, () -> LineFamily.PARETO.of(1));
        assertTrue(e.getMessage().contains("[xm, alpha]"));
        assertThrows(IllegalArgumentException.class, () -> LineFamily.LAPLACE.of(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> LineFamily.GAMMA.of(1, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new MaxLaw(LineFamily.NORMAL.of(0, 1), 0.5));
        assertThrows(IllegalArgumentException.class, () -> LAWS[0].quantile(1.5));
    }

    @Test
    void quantileInvertsCdfAndSurvivalComplementsIt() {
        for (FamilyLaw law : LAWS) {
            for (double u : new double[] {0.01, 0.3, 0.5, 0.9, 0.999}) {
                double x = law.quantile(u);
                assertEquals(u, law.cdf(x), 1e-9, law.describe());
                assertEquals(1 - u, law.survival(x), 1e-9, law.describe());
                assertEquals(Math.exp(law.logDensity(x)), law.density(x), 1e-12 * (1 + law.density(x)), law.describe());
                assertEquals(1 - u, law.upperQuantile(1 - u) == x ? 1 - u : law.survival(law.upperQuantile(1 - u)), 1e-9);
            }
        }
    }

    @Test
    void bestOfNLawIsStableForHugeN() {
        FamilyLaw n01 = LineFamily.NORMAL.of(0, 1);
        MaxLaw m = new MaxLaw(n01, 1e9);
        // mpmath, 30 digits: exp(1e9 log Phi(6)); E max of 1e9 N(0,1)
        assertEquals(0.3728468082192896413, m.cdf(6), 1e-8);
        assertEquals(1 - 0.3728468082192896413, m.survival(6), 1e-8);
        assertEquals(6.0570628490698543598, m.quantile(0.5), 1e-9);
        assertEquals(6.0876845844458817045, m.mean(), 1e-8);
        // Exp(1): the median of the max of 1e9 is -log(1 - 0.5^{1e-9}) (mpmath)
        MaxLaw e = ExponentialOrderStatistics.maxLaw(1e9);
        assertEquals(21.089778757874649073, e.quantile(0.5), 1e-13);
        assertEquals(0.5, e.cdf(e.quantile(0.5)), 1e-12);
        assertEquals(4.8628974861954347439, new MaxLaw(n01, 1e6).mean(), 1e-9);
    }

    @Test
    void mixtureMomentsAndQuantile() {
        MixtureLaw m = new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(3, 1), 0.25);
        assertEquals(0.75, m.mean(), 1e-15);
        assertEquals(1 + 0.25 * 0.75 * 9, m.variance(), 1e-14);
        assertEquals(0.6, m.cdf(m.quantile(0.6)), 1e-13);
        assertEquals(0.75 * LineFamily.NORMAL.of(0, 1).density(1) + 0.25 * LineFamily.NORMAL.of(3, 1).density(1),
                m.density(1), 1e-16);
        assertEquals(Math.log(m.density(1.7)), m.logDensity(1.7), 1e-14);
        // the mixture integrates to one and has the right mean by quadrature
        assertEquals(1, LineMoments.expectation(m, x -> 1).value(), 1e-13);
        assertEquals(0.75, LineMoments.expectation(m, x -> x).value(), 1e-13);
    }

    @Test
    void sampledMeansAgreeWithExactMeans() {
        Well19937c rng = new Well19937c(20240601L);
        for (FamilyLaw law : LAWS) {
            MonteCarloEstimate e = LineSampling.monteCarloMean(() -> law.sample(rng), 20_000, 0.999);
            assertTrue(e.covers(law.mean()), law.describe() + " " + e);
        }
    }
}
