package org.infobound.num;

import static org.infobound.num.Enclosures.assertEncloses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Certified quadrature against closed forms (values: mpmath 1.3, mp.dps = 50): int_0^1 e^x =
 * e - 1, int_0^1 sqrt x = 2/3, int_R exp(-x^2/2) = sqrt(2 pi), int_0^1 x log x = -1/4.
 */
class CertifiedQuadratureTest {

    private static final String E_MINUS_1 = "1.7182818284590452353602874713526624977572470937";

    @Test
    void naiveFormEnclosesExpIntegralWithinTolerance() {
        Interval r = CertifiedQuadrature.integrate(Interval::exp, 0, 1, 1e-2);
        assertEncloses(r, E_MINUS_1, "int exp");
        assertTrue(r.width() <= 1e-2, r::toString);
    }

    @Test
    void meanValueFormIsMuchTighter() {
        Interval r = CertifiedQuadrature.integrateWithDerivative(Dual::exp, 0, 1, 1e-7);
        assertEncloses(r, E_MINUS_1, "int exp (mean value)");
        assertTrue(r.width() <= 1e-7, r::toString);
    }

    @Test
    void exhaustedBudgetGivesAWiderButSoundEnclosure() {
        Interval r = CertifiedQuadrature.integrate(Interval::exp, 0, 1, 0, 4);
        assertEncloses(r, E_MINUS_1, "int exp, 4 pieces");
        assertTrue(r.width() > 0.1, r::toString);
    }

    @Test
    void infiniteDerivativeAtAnEndpointFallsBackToTheNaiveForm() {
        Interval r = CertifiedQuadrature.integrateWithDerivative(Dual::sqrt, 0, 1, 1e-3);
        assertEncloses(r, "0.66666666666666666666666666666666666666666666666667", "int sqrt");
        assertTrue(r.width() <= 1e-3, r::toString);
    }

    @Test
    void gaussianIntegralWithCertifiedTails() {
        // int_8^inf exp(-x^2/2) dx <= exp(-32)/8 (Mills ratio bound), same on the left
        Interval tail = Interval.of(0, Interval.of(-32).exp().div(8).hi());
        DualFunction gauss = x -> x.pow(2).mul(Dual.constant(-0.5)).exp();
        Interval body = CertifiedQuadrature.integrateWithDerivative(gauss, -8, 8, 1e-5);
        Interval r = tail.add(body).add(tail);
        assertEncloses(r, "2.5066282746310005024157652848110452530069867406099", "sqrt(2 pi)");
        assertTrue(r.width() <= 2e-5, r::toString);
        IntervalFunction naive = x -> x.sqr().mul(-0.5).exp();
        Interval r2 = CertifiedQuadrature.integrate(naive, -8, 8, tail, tail, 0.05);
        assertEncloses(r2, "2.5066282746310005024157652848110452530069867406099", "sqrt(2 pi) naive");
    }

    @Test
    void integrandWithZeroLogZeroConvention() {
        // int_0^1 x log x dx = -1/4, through Interval.xlogx (0 log 0 = 0)
        Interval r = CertifiedQuadrature.integrate(Interval::xlogx, 0, 1, 1e-3);
        assertEncloses(r, "-0.25", "int x log x");
        assertTrue(r.width() <= 1e-3, r::toString);
    }

    @Test
    void badRangesAreRejectedWithAMessage() {
        assertThrows(IllegalArgumentException.class,
                () -> CertifiedQuadrature.integrate(Interval::exp, 0, Double.POSITIVE_INFINITY, 1e-3));
        assertThrows(IllegalArgumentException.class,
                () -> CertifiedQuadrature.integrate(Interval::exp, 1, 0, 1e-3));
        assertThrows(IllegalArgumentException.class,
                () -> CertifiedQuadrature.integrate(Interval::exp, 0, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> CertifiedQuadrature.integrate(null, 0, 1, 1e-3));
        assertTrue(CertifiedQuadrature.integrate(Interval::exp, 2, 2, 1e-3).equals(Interval.ZERO));
    }
}
