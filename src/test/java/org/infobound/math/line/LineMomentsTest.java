package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Moments, cgf, variance proxies, entropy, collision. Reference values: mpmath (25-40 digits;
 * Beta mgf by hyp1f1, integrals by quad) and the M-C1 / M-C6 tables (reference values,
 * spec/CATALOGUE.md).
 */
class LineMomentsTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private final FamilyLaw n01 = LineFamily.NORMAL.of(0, 1);

    @Test
    void expectedMaximaOfStandardNormal() {
        // mpmath quad of x n Phi^{n-1} phi, 40 digits; catalogue M-C1: 0.56419, 1.53875, 3.24144
        assertEquals(1 / Math.sqrt(Math.PI), LineMoments.expectedMax(n01, 2).value(), 1e-13);
        assertEquals(0.56418958354775628695, LineMoments.expectedMax(n01, 2).value(), 1e-13);
        assertEquals(1.538752730835172856, LineMoments.expectedMax(n01, 10).value(), 1e-12);
        assertEquals(2.5075936364416843725, LineMoments.expectedMax(n01, 100).value(), 1e-12);
        assertEquals(3.2414357691334408614, LineMoments.expectedMax(n01, 1000).value(), 1e-11);
        assertTrue(LineMoments.expectedMax(n01, 10).approximate());
        assertEquals(0.34434382326069025507, new MaxLaw(n01, 10).variance(), 1e-11);
    }

    @Test
    void bestOfNGainsMatchCatalogueMC6() {
        double[] n = {2, 10, 100};
        double[] normal = {0.5642, 1.5388, 2.5076};
        double[] exp = {0.5000, 1.9290, 4.1874};
        double[] unif = {1.0 / 6, 0.4091, 0.4901};
        for (int i = 0; i < 3; i++) {
            assertEquals(normal[i], LineMoments.bonGain(n01, n[i]).value(), 5e-5);
            assertEquals(exp[i], LineMoments.bonGain(LineFamily.EXPONENTIAL.of(1), n[i]).value(), 5e-5);
            assertEquals(unif[i], LineMoments.bonGain(LineFamily.UNIFORM.of(0, 1), n[i]).value(), 5e-5);
        }
        // M-T2: Exp(1) gain is H_n - 1 (exact); U(0,1) gain n/(n+1) - 1/2
        assertEquals(0.5, LineMoments.bonGain(LineFamily.EXPONENTIAL.of(1), 2).value(), 1e-15);
        assertEquals(1.0 / 6, LineMoments.bonGain(LineFamily.UNIFORM.of(0, 1), 2).value(), 1e-15);
        // quadrature route for Exp(1) agrees with H_10 - 1 (mpmath: H_10 = 2.928968253968...)
        MaxLaw m = new MaxLaw(LineFamily.EXPONENTIAL.of(1), 10);
        assertEquals(2.9289682539682539683, LineMoments.numericMean(m).value(), 1e-12);
    }

    @Test
    void cgfClosedAndNumeric() {
        FamilyLaw n = LineFamily.NORMAL.of(1, 1.7);
        assertEquals(0.5 * 2.89 * 0.49, LineMoments.cgf(n, 0.7).value(), 1e-15);
        FamilyLaw e = LineFamily.EXPONENTIAL.of(1);
        assertEquals(-Math.log(0.5) - 0.5, LineMoments.cgf(e, 0.5).value(), 1e-15);
        assertEquals(INF, LineMoments.cgf(e, 1).value());
        assertEquals(INF, LineMoments.cgf(LineFamily.PARETO.of(1, 3), 0.01).value());
        assertEquals(INF, LineMoments.cgf(LineFamily.LAPLACE.of(0, 2), -0.5).value());
        // Beta(2,3): mpmath log 1F1(2; 5; l) - 2l/5
        FamilyLaw b = LineFamily.BETA.of(2, 3);
        assertEquals(0.18629436111989061883, LineMoments.cgf(b, 3).value(), 1e-12);
        assertEquals(0.076363458357235739127, LineMoments.cgf(b, -2).value(), 1e-12);
        // best of 4 N(0,1): mpmath quad
        MaxLaw m = new MaxLaw(n01, 4);
        assertEquals(1.0293753730039641321, m.mean(), 1e-12);
        assertEquals(0.12609062390466702317, LineMoments.cgf(m, 0.7).value(), 1e-11);
        // uniform(a,b): psi(l) = log(sinh(u)/u), u = l(b-a)/2
        assertEquals(Math.log(Math.sinh(1.5) / 1.5), LineMoments.cgf(LineFamily.UNIFORM.of(0, 3), 1).value(), 1e-15);
    }

    @Test
    void subGaussianVarianceProxies() {
        assertEquals(2.89, LineMoments.sigma2(LineFamily.NORMAL.of(1, 1.7)).value(), 1e-15);
        assertEquals(0.75, LineMoments.sigma2(LineFamily.UNIFORM.of(0, 3)).value(), 1e-15);
        assertEquals(INF, LineMoments.sigma2Right(LineFamily.EXPONENTIAL.of(1)).value());
        // Exp(1) left tail: psi(-t) = t - log(1+t) <= t^2/2, sup at t -> 0 = variance 1
        assertEquals(1.0, LineMoments.sigma2Left(LineFamily.EXPONENTIAL.of(1)).value(), 1e-12);
        assertEquals(INF, LineMoments.sigma2(LineFamily.LAPLACE.of(0, 1)).value());
        assertEquals(INF, LineMoments.sigma2Right(LineFamily.PARETO.of(1, 5)).value());
        // Beta(2,3): mpmath sup of 2 psi(l)/l^2 (hyp1f1 mgf): right 0.04144801390..., left = variance
        FamilyLaw b = LineFamily.BETA.of(2, 3);
        assertEquals(0.041448013900473965736, LineMoments.sigma2Right(b).value(), 1e-10);
        assertEquals(0.04, LineMoments.sigma2Left(b).value(), 1e-12);
        assertEquals(0.041448013900473965736, LineMoments.sigma2(b).value(), 1e-10);
        // best of 2 N(0,1): psi(l) = l^2/2 + log 2 + log Phi(l/sqrt 2) - l/sqrt(pi), whose
        // 2 psi/l^2 tends to 1 from below as l -> inf (mpmath): the grid sup is a lower bound
        LineValue m2 = LineMoments.sigma2Right(new MaxLaw(LineFamily.NORMAL.of(0, 1), 2));
        assertTrue(m2.approximate());
        assertTrue(m2.value() > 0.999 && m2.value() <= 1.0, m2.toString());
        // Gumbel(0,1) left tail: sup at l -> 0, the variance pi^2/6 (mpmath grid)
        assertEquals(Math.PI * Math.PI / 6, LineMoments.sigma2Left(LineFamily.GUMBEL.of(0, 1)).value(), 1e-12);
    }

    @Test
    void entropyAndCollision() {
        // mpmath quad of -int f log f and int f^2
        assertEquals(-0.23490664978800031023, LineMoments.entropy(LineFamily.BETA.of(2, 3)).value(), 1e-13);
        assertEquals(2.4230950900649995909, LineMoments.entropy(LineFamily.GAMMA.of(2.5, 2)).value(), 1e-13);
        assertEquals(2.27036284546147817, LineMoments.entropy(LineFamily.GUMBEL.of(1, 2)).value(), 1e-13);
        assertEquals(0.92786822522516895136, LineMoments.entropy(LineFamily.PARETO.of(2, 3)).value(), 1e-13);
        assertEquals(1.3068528194400546906, LineMoments.entropy(LineFamily.LOGISTIC.of(1, 0.5)).value(), 1e-13);
        assertEquals(0.87240533516732314788, LineMoments.entropy(new MaxLaw(n01, 10)).value(), 1e-12);
        // M-C4: KL(E_(n) || E) = H_n - h(E_(n)); n = 10: h = 2.928968 - 1.402585 = 1.526383
        double h = LineMoments.entropy(ExponentialOrderStatistics.maxLaw(10)).value();
        assertEquals(ExponentialOrderStatistics.meanOfMax(10) - BetaUniform.kl(10), h, 1e-12);
        assertEquals(1.526383, h, 5e-7);
        assertEquals(0.10610329539459687601, LineMoments.collision(LineFamily.GAMMA.of(2.5, 2)).value(), 1e-14);
        assertEquals(1.3714285714285714286, LineMoments.collision(LineFamily.BETA.of(2, 3)).value(), 1e-13);
        assertEquals(0.64285714285714285714, LineMoments.collision(LineFamily.PARETO.of(2, 3)).value(), 1e-15);
        assertEquals(1.0 / 3, LineMoments.collision(LineFamily.LOGISTIC.of(1, 0.5)).value(), 1e-15);
        assertEquals(1 / (2 * Math.sqrt(Math.PI)), LineMoments.collision(new MaxLaw(n01, 1)).value(), 1e-13);
    }

    @Test
    void meansVariancesAndHeavyTails() {
        assertEquals(INF, LineMoments.mean(LineFamily.PARETO.of(1, 1)));
        assertEquals(INF, LineMoments.variance(LineFamily.PARETO.of(1, 2)));
        assertEquals(INF, new MaxLaw(LineFamily.PARETO.of(1, 0.5), 3).mean());
        assertEquals(1.5, LineMoments.mean(LineFamily.PARETO.of(1, 3)), 1e-15);
        assertEquals(2.0, LineMoments.sd(LineFamily.NORMAL.of(3, 2)), 1e-15);
        assertEquals(1.0 / 3, LineMoments.expectation(LineFamily.UNIFORM.of(0, 1), x -> x * x).value(), 1e-14);
    }

    // float cgf of beta by the 1F1 series (derive7). mpmath (mp.dps = 40):
    // log(hyp1f1(a, a+b, l)) - l*a/(a+b) for (1/2, 16, 8), (2, 3, -30), (2, 3, 1000)
    @Test
    void betaCgfFloatMatchesTheHypergeometricClosedForm() {
        assertEquals(0.07379411934281677060590303641177455940196,
                LineMoments.cgf(LineFamily.BETA.of(0.5, 16), 8).value(), 1e-14);
        assertEquals(7.547073915568577495992659713318413173247,
                LineMoments.cgf(LineFamily.BETA.of(2, 3), -30).value(), 1e-13);
        assertEquals(582.4517834843812357416717676197881574294,
                LineMoments.cgf(LineFamily.BETA.of(2, 3), 1000).value(), 1e-10);
    }
}
