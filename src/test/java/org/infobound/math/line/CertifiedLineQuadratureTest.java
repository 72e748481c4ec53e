package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Enclosures of {@link CertifiedLineQuadrature} contain reference values computed with mpmath
 * 1.3 at 35 digits ({@code mp.dps = 35}; {@code quad} over the support split at 0, or the
 * closed form where one exists, both agreeing to all printed digits).
 */
class CertifiedLineQuadratureTest {

    private static final FamilyLaw N01 = LineFamily.NORMAL.of(0, 1);

    private static void assertEncloses(String reference, Optional<Interval> result) {
        assertTrue(result.isPresent(), "uncertified, expected " + reference);
        Interval r = result.get();
        Interval ref = Interval.ofDecimal(reference);
        assertTrue(r.contains(ref), r + " does not contain " + reference);
        assertTrue(r.width() < 1e-6, "too wide: " + r + " width " + r.width());
    }

    @Test
    void klOfNormalsMatchesClosedForm() {
        // log 2 - 1/4 (closed form log(s2/s1) + (s1^2 + d^2)/(2 s2^2) - 1/2)
        assertEncloses("0.44314718055994530941723212145817657",
                CertifiedLineQuadrature.kl(N01, LineFamily.NORMAL.of(1, 2)));
    }

    @Test
    void klOfGammaToExponentialIsDigammaOfTwo() {
        // psi(2) = 1 - Euler gamma = E log X for X ~ Gamma(2, 1); mpmath quad agrees
        assertEncloses("0.42278433509846713939348790991759757",
                CertifiedLineQuadrature.kl(LineFamily.GAMMA.of(2, 1), LineFamily.EXPONENTIAL.of(1)));
    }

    @Test
    void chi2OfNormalsMatchesClosedForm() {
        // 4/sqrt(7) - 1 (closed form s2^2/(s1 sqrt(2 s2^2 - s1^2)) - 1); mpmath quad agrees
        assertEncloses("0.51185789203690890885806614493672024",
                CertifiedLineQuadrature.chi2(N01, LineFamily.NORMAL.of(0, 2)));
    }

    @Test
    void bhattacharyyaOfLaplaceAndLogistic() {
        // mpmath quad of sqrt(e^-|x|/2 * e^-x/(1+e^-x)^2), split at -20, 0, 20
        FamilyLaw laplace = LineFamily.LAPLACE.of(0, 1);
        FamilyLaw logistic = LineFamily.LOGISTIC.of(0, 1);
        assertEncloses("0.98025814346854719171390172363523338", CertifiedLineQuadrature.bc(laplace, logistic));
        assertEncloses("0.01974185653145280828609827636476662", CertifiedLineQuadrature.h2(laplace, logistic, 1e-9));
    }

    @Test
    void totalVariationOfShiftedNormals() {
        // 2 Phi(1/2) - 1 (mpmath ncdf)
        assertEncloses("0.38292492254802620727540922121667548",
                CertifiedLineQuadrature.tv(N01, LineFamily.NORMAL.of(1, 1)));
    }

    @Test
    void klOfBetaToUniformIsMinusEntropy() {
        // mpmath quad of 12 x (1-x)^2 log(12 x (1-x)^2) on [0, 1]
        assertEncloses("0.23490664978800031022970947983887884",
                CertifiedLineQuadrature.kl(LineFamily.BETA.of(2, 3), LineFamily.UNIFORM.of(0, 1)));
    }

    @Test
    void meanOfGumbelIsEulerGamma() {
        // Euler's constant (mpmath euler)
        assertEncloses("0.57721566490153286060651209008240243",
                CertifiedLineQuadrature.mean(LineFamily.GUMBEL.of(0, 1)));
    }

    @Test
    void klOfLaplaceToNormalIsFinite() {
        // closed form log(pi/2)/2 (E|X| = 1, E X^2 = 2); mpmath quad agrees
        assertEncloses("0.22579135264472743236309761494744107",
                CertifiedLineQuadrature.kl(LineFamily.LAPLACE.of(0, 1), N01));
    }

    @Test
    void unboundedDensitiesAtSupportEnds() {
        // arcsine law Beta(1/2, 1/2): density unbounded at 0 and 1, handled by certified end masses
        FamilyLaw arcsine = LineFamily.BETA.of(0.5, 0.5);
        FamilyLaw u = LineFamily.UNIFORM.of(0, 1);
        // B(3/4, 3/4)/sqrt(pi) (mpmath)
        assertEncloses("0.95597759497224999072764000399", CertifiedLineQuadrature.bc(arcsine, u, 1e-7));
        // 2 F(x0) - 2 x0, F(x) = (2/pi) asin(sqrt x), x0 = (1 - sqrt(1 - 4/pi^2))/2 where p = 1
        assertEncloses("0.210513662353018684327769435156", CertifiedLineQuadrature.tv(arcsine, u, 1e-7));
        // shape * scale = 1 for Gamma(1/2, 2), density unbounded at 0
        assertEncloses("1", CertifiedLineQuadrature.mean(LineFamily.GAMMA.of(0.5, 2), 1e-7));
    }

    @Test
    void meanOfParetoAwayFromOne() {
        // alpha xm/(alpha - 1) = 7.5; the power tail needs a far cut, so a looser width
        Optional<Interval> r = CertifiedLineQuadrature.mean(LineFamily.PARETO.of(5, 3), 1e-6);
        assertTrue(r.isPresent() && r.get().contains(7.5) && r.get().width() < 1e-3, String.valueOf(r));
    }

    @Test
    void divergentValuesAreCertainlyInfinite() {
        Interval inf = Interval.POSITIVE_INFINITY;
        // p^2/q = e^{-2|x| + x^2/2}/... is not integrable
        assertEquals(Optional.of(inf), CertifiedLineQuadrature.chi2(LineFamily.LAPLACE.of(0, 1), N01));
        // q = N(0, 1/4): 2 s2^2 < s1^2
        assertEquals(Optional.of(inf), CertifiedLineQuadrature.chi2(N01, LineFamily.NORMAL.of(0, 0.5)));
        // p has mass on x < 0 where q = 0
        assertEquals(Optional.of(inf), CertifiedLineQuadrature.kl(N01, LineFamily.EXPONENTIAL.of(1)));
        assertEquals(Optional.of(inf), CertifiedLineQuadrature.chi2(LineFamily.UNIFORM.of(0, 2),
                LineFamily.UNIFORM.of(0, 1)));
        // Pareto with alpha = 1/2 has no mean
        assertEquals(Optional.of(inf), CertifiedLineQuadrature.mean(LineFamily.PARETO.of(1, 0.5)));
    }

    @Test
    void disjointSupportsGiveZeroOverlap() {
        FamilyLaw a = LineFamily.UNIFORM.of(0, 1);
        FamilyLaw b = LineFamily.UNIFORM.of(2, 3);
        assertEquals(Optional.of(Interval.ZERO), CertifiedLineQuadrature.bc(a, b));
        assertEquals(Optional.of(Interval.ONE), CertifiedLineQuadrature.tv(a, b));
    }

    @Test
    void unboundableTailIsUncertified() {
        // -log q of the Gumbel left tail grows like e^{|x|}: no envelope, so no claim
        assertTrue(CertifiedLineQuadrature.kl(N01, LineFamily.GUMBEL.of(0, 1)).isEmpty());
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CertifiedLineQuadrature.kl(null, N01));
        assertThrows(IllegalArgumentException.class, () -> CertifiedLineQuadrature.mean(N01, 0.0));
        assertThrows(IllegalArgumentException.class, () -> CertifiedLineQuadrature.tv(N01, N01, Double.NaN));
    }
}
