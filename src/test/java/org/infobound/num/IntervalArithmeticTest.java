package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exact results, infinities, zeros, subnormals and the undefined cases (closed forms). */
class IntervalArithmeticTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    private static Interval iv(double lo, double hi) {
        return Interval.of(lo, hi);
    }

    @Test
    void exactOperationsStayPoints() {
        assertEquals(Interval.of(5), Interval.of(2).add(Interval.of(3)));
        assertEquals(Interval.of(6), Interval.of(2).mul(3));
        assertEquals(Interval.of(0.75), Interval.of(3).div(4));
        assertEquals(Interval.of(3), Interval.of(9).sqrt());
        assertEquals(Interval.of(-1024), Interval.of(-2).pow(10).neg());
        assertEquals(Interval.of(0.125), Interval.of(2).pow(-3));
        assertEquals(Interval.ONE, Interval.ZERO.exp());
        assertEquals(Interval.ZERO, Interval.ONE.log());
    }

    @Test
    void inexactOperationsStraddleTheExactValue() {
        Interval third = Interval.ONE.div(3);
        assertFalse(third.isPoint());
        assertEquals(Math.nextUp(third.lo()), third.hi());
        assertTrue(third.lo() < 1.0 / 3 || third.hi() > 1.0 / 3);
        Interval sum = Interval.of(0.1).add(Interval.of(0.2));
        assertEquals(Math.nextUp(sum.lo()), sum.hi());
        assertTrue(Interval.of(2).sqrt().mul(Interval.of(2).sqrt()).contains(2.0));
    }

    @Test
    void briefExamplesWithInfinities() {
        assertEquals(iv(-INF, 0), iv(0, 1).log());
        assertEquals(iv(0, 1), iv(-INF, 0).exp());
        assertEquals(Interval.ENTIRE, Interval.ONE.div(Interval.ZERO));
        assertEquals(iv(0.5, INF), Interval.ONE.div(iv(0, 2)));
        assertEquals(iv(-INF, -0.5), Interval.ONE.div(iv(-2, 0)));
        assertEquals(iv(-INF, -0.5), Interval.ONE.neg().div(iv(0, 2)));
        assertEquals(Interval.ENTIRE, Interval.ONE.div(iv(-1, 1)));
        assertEquals(Interval.POSITIVE_INFINITY, Interval.POSITIVE_INFINITY.add(1.0));
        Interval roundTrip = iv(-INF, -1).expm1().log1p();
        assertEquals(-INF, roundTrip.lo());
        assertTrue(roundTrip.hi() >= -1 && roundTrip.hi() < -1 + 1e-14, roundTrip::toString);
        assertEquals(iv(-1, 0), iv(-INF, 0).expm1());
        assertEquals(iv(-INF, 0), iv(-1, 0).log1p());
        assertEquals(Interval.ZERO, iv(1, 5).div(Interval.POSITIVE_INFINITY));
        assertEquals(iv(-INF, -2), iv(-INF, -1).mul(2));
        assertEquals(Interval.NONNEGATIVE, Interval.NONNEGATIVE.sqrt());
    }

    @Test
    void undefinedFormsThrowNamingTheOperation() {
        assertEquals("add", assertThrows(UndefinedValueException.class,
                () -> Interval.POSITIVE_INFINITY.sub(Interval.POSITIVE_INFINITY)).operation());
        assertEquals("add", assertThrows(UndefinedValueException.class,
                () -> Interval.ENTIRE.add(Interval.ENTIRE)).operation());
        assertEquals("mul", assertThrows(UndefinedValueException.class,
                () -> iv(0, 1).mul(Interval.NONNEGATIVE)).operation());
        assertEquals("div", assertThrows(UndefinedValueException.class,
                () -> iv(-1, 1).div(iv(0, 1))).operation());
        assertEquals("div", assertThrows(UndefinedValueException.class,
                () -> iv(1, INF).div(iv(2, INF))).operation());
        assertEquals("log", assertThrows(UndefinedValueException.class,
                () -> iv(-1e-300, 1).log()).operation());
        assertEquals("sqrt", assertThrows(UndefinedValueException.class,
                () -> iv(-1, 4).sqrt()).operation());
        assertEquals("log1p", assertThrows(UndefinedValueException.class,
                () -> iv(-1.5, 0).log1p()).operation());
        assertEquals("pow", assertThrows(UndefinedValueException.class,
                () -> iv(0, 1).pow(iv(0, 0.5))).operation());
        assertEquals("pow", assertThrows(UndefinedValueException.class,
                () -> Interval.ONE.pow(Interval.POSITIVE_INFINITY)).operation());
        assertEquals("pow", assertThrows(UndefinedValueException.class,
                () -> iv(-2, 1).pow(Interval.of(0.5))).operation());
        assertTrue(new UndefinedValueException("x", "y") instanceof ArithmeticException);
    }

    @Test
    void badBoundsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Interval.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Interval.of(2, 1));
        assertThrows(IllegalArgumentException.class, () -> iv(0, 1).intersect(iv(2, 3)));
    }

    @Test
    void overflowGivesMaxValueInsideAndInfinityOutside() {
        Interval big = Interval.of(Double.MAX_VALUE).add(Interval.of(Double.MAX_VALUE));
        assertEquals(iv(Double.MAX_VALUE, INF), big);
        assertEquals(iv(Double.MAX_VALUE, INF), Interval.of(1e300).mul(1e300));
        assertEquals(iv(Double.MAX_VALUE, INF), Interval.of(1e300).div(1e-300));
        assertEquals(INF, Interval.of(710).exp().hi());
        assertTrue(Interval.of(710).exp().lo() >= Math.nextDown(Double.MAX_VALUE));
    }

    @Test
    void underflowAndSubnormalsStaySound() {
        double tiny = Double.MIN_VALUE;
        Interval sq = Interval.of(tiny).mul(Interval.of(tiny));
        assertTrue(sq.lo() <= 0 && sq.hi() > 0, sq::toString);
        assertEquals(Interval.of(2 * tiny), Interval.of(tiny).add(Interval.of(tiny)));
        Interval half = Interval.of(tiny).div(2);
        assertTrue(half.lo() <= 0 && half.hi() >= tiny, half::toString);
        Interval e = Interval.of(-800).exp();
        assertEquals(0.0, e.lo());
        assertTrue(e.hi() > 0);
    }

    @Test
    void zeroSignIsNormalised() {
        Interval z = Interval.of(-0.0);
        assertEquals(Interval.ZERO, z);
        assertEquals(0.0, Interval.of(3).mul(Interval.of(-0.0)).lo());
        assertEquals(Interval.ZERO.hashCode(), z.hashCode());
    }

    @Test
    void powersHandleParityAndSignsOfTheBase() {
        assertEquals(iv(0, 9), iv(-3, 2).pow(2));
        assertEquals(iv(0, 9), iv(-3, 2).sqr());
        assertEquals(iv(-27, 8), iv(-3, 2).pow(3));
        assertEquals(iv(4, 9), iv(-3, -2).pow(2));
        assertEquals(iv(1.0 / 9, 0.25), iv(-3, -2).pow(-2));
        assertEquals(Interval.ONE, Interval.ZERO.pow(0));
        assertEquals(iv(1, INF), iv(0, 1).pow(-2));
        assertEquals(Interval.ZERO, Interval.ZERO.pow(Interval.of(0.5)));
        assertEquals(Interval.POSITIVE_INFINITY, Interval.ZERO.pow(Interval.of(-0.5)));
        assertEquals(Interval.of(-8), Interval.of(-2).pow(Interval.of(3)));
    }

    @Test
    void latticeOperationsAreExact() {
        assertEquals(iv(0, 3), iv(-3, 2).abs());
        assertEquals(iv(2, 3), iv(-3, -2).abs());
        assertEquals(iv(-3, 1), iv(-3, 2).min(iv(0, 1)));
        assertEquals(iv(0, 2), iv(-3, 2).max(iv(0, 1)));
        assertEquals(iv(-3, 5), iv(-3, 2).hull(iv(4, 5)));
        assertEquals(iv(0, 1), iv(-3, 2).intersect(iv(0, 1)));
    }

    @Test
    void predicatesCompareWholeIntervals() {
        assertTrue(iv(0, 1).certainlyLess(iv(1.5, 2)));
        assertFalse(iv(0, 1).certainlyLess(iv(1, 2)));
        assertTrue(iv(0, 1).certainlyLessOrEqual(iv(1, 2)));
        assertFalse(iv(0, 1.5).certainlyLessOrEqual(iv(1, 2)));
        assertTrue(iv(0, 2).contains(iv(0.5, 1)));
        assertFalse(iv(0, 2).contains(Double.NaN));
        assertTrue(iv(1, 2).isFinite());
        assertFalse(Interval.NONNEGATIVE.isFinite());
    }

    @Test
    void midAndWidthStayInsideAndRoundUp() {
        assertEquals(0.0, Interval.ENTIRE.mid());
        assertEquals(Double.MAX_VALUE, Interval.NONNEGATIVE.mid());
        assertEquals(INF, Interval.POSITIVE_INFINITY.mid());
        assertEquals(1.5, iv(1, 2).mid());
        double m = iv(-Double.MAX_VALUE, Double.MAX_VALUE).mid();
        assertEquals(0.0, m);
        assertEquals(0.0, Interval.POSITIVE_INFINITY.width());
        assertEquals(INF, Interval.NONNEGATIVE.width());
        assertEquals(INF, iv(-Double.MAX_VALUE, Double.MAX_VALUE).width());
        double w = iv(0.1, 0.7).width();
        assertTrue(new java.math.BigDecimal(w).compareTo(
                new java.math.BigDecimal(0.7).subtract(new java.math.BigDecimal(0.1))) >= 0);
    }

    /** exp(x) <= 1 for x <= 0 and >= 1 for x >= 0, log(x) <= 0 for x <= 1: exact facts the ends respect. */
    @Test
    void elementaryEndsRespectTheirSigns() {
        Interval tinyNeg = Interval.of(-1e-300);
        assertEquals(1.0, tinyNeg.exp().hi());
        assertTrue(Interval.of(1).sub(tinyNeg.exp()).lo() >= 0);
        assertTrue(Interval.of(1e-300).exp().lo() >= 1);
        assertTrue(Interval.of(-1e-300).expm1().hi() <= 0);
        assertTrue(Interval.of(1e-300).expm1().lo() >= 0);
        double belowOne = Math.nextDown(1.0);
        assertTrue(Interval.of(belowOne).log().hi() <= 0);
        assertTrue(Interval.of(Math.nextUp(1.0)).log().lo() >= 0);
        assertTrue(Interval.of(1e-300).log1p().lo() >= 0);
        assertTrue(Interval.of(-1e-300).log1p().hi() <= 0);
        // still enclosures: exp(-1e-300) = 1 - 1e-300 + ..., contained in [lo, 1]
        assertTrue(tinyNeg.exp().lo() < 1);
    }

    /** 0.25 * 2^-1074 and 2^-1074 / 4 underflow, but are positive: the lower end is 0, not -2^-1074. */
    @Test
    void underflowingPositiveProductsAndQuotientsStayNonNegative() {
        Interval p = Interval.of(0.25).mul(Interval.of(Double.MIN_VALUE));
        assertEquals(0.0, p.lo());
        assertTrue(p.hi() >= Double.MIN_VALUE / 4);
        Interval q = Interval.of(Double.MIN_VALUE).div(Interval.of(4));
        assertEquals(0.0, q.lo());
        Interval n = Interval.of(-0.25).mul(Interval.of(Double.MIN_VALUE));
        assertTrue(n.lo() < 0 && n.hi() == 0.0, n.toString());
    }
}
