package org.infobound.num;

import static org.infobound.num.Enclosures.assertEncloses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    @Test
    void partialsOfAFunctionOfTwoVariables() {
        // f(x, y) = x y + e^x / y at (1, 2): f = 2 + e/2, df/dx = y + e^x/y = 2 + e/2,
        // df/dy = x - e^x/y^2 = 1 - e/4 (mpmath diff, 50 digits)
        Dual x = Dual.variable(Interval.ONE, 2, 0);
        Dual y = Dual.variable(Interval.of(2), 2, 1);
        Dual f = x.mul(y).add(x.exp().div(y));
        assertEncloses(f.value(), "3.35914091422952261768014373567633124887862354685", "value");
        assertEncloses(f.partial(0), "3.35914091422952261768014373567633124887862354685", "d/dx");
        assertEncloses(f.partial(1), "0.32042954288523869115992813216183437556068822657501", "d/dy");
        // over the box [1, 2] x [3, 4]: d(xy)/dx = y in [3, 4], d(xy)/dy = x in [1, 2]
        Dual g = Dual.variable(Interval.of(1, 2), 2, 0).mul(Dual.variable(Interval.of(3, 4), 2, 1));
        assertEquals(Interval.of(3, 4), g.partial(0));
        assertEquals(Interval.of(1, 2), g.partial(1));
        // a constant has every partial 0, in any dimension
        Dual c = Dual.constant(3).add(Dual.variable(Interval.of(5), 2, 1));
        assertEquals(Interval.ZERO, c.partial(0));
        assertEquals(Interval.ONE, c.partial(1));
    }

    @Test
    void undefinedChainRuleKeepsTheValueAndDropsTheDerivative() {
        // sqrt(x^2) on [-1, 1]: the value [0, 1] is enclosed; the chain rule meets [-2, 2] / [0, 2]
        Dual s = Dual.variable(Interval.of(-1, 1)).pow(2).sqrt();
        assertTrue(s.value().contains(Interval.of(0, 1)) && s.value().width() <= 1 + 1e-15, s::toString);
        assertTrue(!s.hasGradient() && !s.smooth());
        assertThrows(UndefinedValueException.class, s::derivative);
        // sqrt on [0, 1]: 1/(2 sqrt x) is unbounded, enclosed by [1/2, inf]
        Dual r = Dual.variable(Interval.of(0, 1)).sqrt();
        assertTrue(r.derivative().lo() <= 0.5 && r.derivative().hi() == Double.POSITIVE_INFINITY, r::toString);
        // sqrt of a constant 0: derivative 0 (it does not depend on the variable)
        assertEquals(Interval.ZERO, Dual.constant(Interval.ZERO).sqrt().add(Dual.variable(Interval.ONE)).sub(
                Dual.variable(Interval.ONE)).derivative());
    }

    @Test
    void finitenessRemembersInfiniteIntermediates() {
        // exp(log x) on [0, 1]: log x reaches -inf at 0 (a pole), so the result is not smooth
        // although its value [0, 1] is finite; on [1, 2] everything is finite
        Dual onZero = Dual.variable(Interval.of(0, 1)).log().exp();
        assertTrue(onZero.value().isFinite() && !onZero.finite() && !onZero.smooth(), onZero::toString);
        Dual away = Dual.variable(Interval.of(1, 2)).log().exp();
        assertTrue(away.finite() && away.smooth());
        assertTrue(away.derivative().contains(Interval.ONE));
    }

    @Test
    void lgammaDerivativeIsDigamma() {
        // d/dx lgamma(x) at 3 = digamma(3) = 3/2 - euler_gamma (mpmath 50 digits)
        Dual f = Dual.variable(Interval.of(3)).lgamma();
        assertEncloses(f.value(), "0.69314718055994530941723212145817656807550013436025", "log 2");
        assertEncloses(f.derivative(), "0.92278433509846713939348790991759756895784066406008", "digamma(3)");
    }
}
