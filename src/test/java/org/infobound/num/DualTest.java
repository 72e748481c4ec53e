package org.infobound.num;

import static org.infobound.num.Enclosures.assertEncloses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Value and derivative enclosures of composite functions. Reference values: mpmath 1.3,
 * mp.dps = 50 ({@code diff} for derivatives, direct evaluation for values).
 */
class DualTest {

    @Test
    void productWithExpHasDerivativeThreeE() {
        // d/dx x^2 e^x at 1 = 3e
        Dual x = Dual.variable(Interval.ONE);
        Dual f = x.pow(2).mul(x.exp());
        assertEncloses(f.value(), "2.7182818284590452353602874713526624977572470937", "e");
        assertEncloses(f.derivative(), "8.1548454853771357060808624140579874932717412810999", "3e");
        assertTrue(f.derivative().width() < 1e-14);
    }

    @Test
    void quotientOfLog1pAndSqrt() {
        Dual x = Dual.variable(Interval.of(2));
        Dual f = x.log1p().div(x.sqrt());
        assertEncloses(f.value(), "0.77683619921209322396477692092777330373044445741427", "value");
        assertEncloses(f.derivative(), "0.04149321059249253547575389046967302049566753154259", "derivative");
    }

    @Test
    void realPowerAndExpm1WithSubtraction() {
        Dual x = Dual.variable(Interval.of(3));
        Dual p = x.pow(Dual.constant(2.5));
        assertEncloses(p.value(), "15.588457268119895641747017073552851302485247284293", "9 sqrt 3");
        assertEncloses(p.derivative(), "12.990381056766579701455847561294042752071039403578", "2.5 * 3^1.5");
        Dual y = Dual.variable(Interval.of(0.5));
        Dual g = y.expm1().mul(y.sub(Dual.constant(1)).pow(3));
        assertEncloses(g.value(), "-0.081090158837516018356081348476770446456722012588768", "value");
        assertEncloses(g.derivative(), "0.28045079418758009178040674238385223228361006294384", "derivative");
    }

    @Test
    void derivativeEnclosesTheSlopeOverAWholeInterval() {
        // f = log x on [1, 2]: f' = 1/x in [0.5, 1]
        Dual f = Dual.variable(Interval.of(1, 2)).log();
        assertTrue(f.derivative().contains(Interval.of(0.5, 1)), f::toString);
        assertTrue(f.derivative().width() < 0.5 + 1e-12);
        assertEquals(Interval.ZERO, Dual.constant(Interval.of(3)).exp().derivative());
        assertEquals(Interval.ZERO, Dual.variable(Interval.of(3)).pow(0).derivative());
    }
}
