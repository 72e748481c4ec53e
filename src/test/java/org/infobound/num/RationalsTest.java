package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Exact decimal parsing and powers (closed forms). */
class RationalsTest {

    @Test
    void decimalLiteralsParseExactly() {
        assertEquals(new BigFraction(1, 10), Rationals.parseDecimal("0.1"));
        assertEquals(new BigFraction(-1, 400), Rationals.parseDecimal("-2.5e-3"));
        assertEquals(new BigFraction(1200), Rationals.parseDecimal("1.2E3"));
        assertEquals(BigFraction.ZERO, Rationals.parseDecimal("0.000"));
    }

    @Test
    void badLiteralsAreIllegalArguments() {
        assertThrows(IllegalArgumentException.class, () -> Rationals.parseDecimal("1/3"));
        assertThrows(IllegalArgumentException.class, () -> Rationals.parseDecimal("1e-999999"));
        assertThrows(IllegalArgumentException.class, () -> Rationals.parseDecimal(null));
    }

    @Test
    void powersAreExact() {
        assertEquals(new BigFraction(8, 27), Rationals.pow(new BigFraction(2, 3), 3));
        assertEquals(new BigFraction(27, 8), Rationals.pow(new BigFraction(2, 3), -3));
        assertEquals(new BigFraction(-1, 8), Rationals.pow(new BigFraction(-2), -3));
        assertEquals(BigFraction.ONE, Rationals.pow(BigFraction.ZERO, 0));
        assertThrows(IllegalArgumentException.class, () -> Rationals.pow(BigFraction.ZERO, -1));
        assertThrows(IllegalArgumentException.class, () -> Rationals.pow(BigFraction.ONE, Integer.MIN_VALUE));
    }

    @Test
    void enclosureOfParsedTenthMatchesOfDecimal() {
        assertEquals(Interval.ofDecimal("0.1"), Rationals.enclose(Rationals.parseDecimal("0.1")));
    }

    @Test
    void doublesAreTakenAsTheRationalsTheyAre() {
        // 0.1 as a double is 3602879701896397 / 2^55 (IEEE 754 binary64, round to nearest)
        assertEquals(new BigFraction(java.math.BigInteger.valueOf(3602879701896397L),
                java.math.BigInteger.TWO.pow(55)), Rationals.of(0.1));
        assertEquals(new BigFraction(-3, 4), Rationals.of(-0.75));
        assertEquals(java.math.BigInteger.ONE, Rationals.of(-0.0).getDenominator());
        // subnormals: Double.MIN_VALUE is 2^-1074 and 3 * MIN_VALUE is 3 / 2^1074 (IEEE 754)
        assertEquals(new BigFraction(java.math.BigInteger.ONE, java.math.BigInteger.TWO.pow(1074)),
                Rationals.of(Double.MIN_VALUE));
        assertEquals(new BigFraction(java.math.BigInteger.valueOf(-3), java.math.BigInteger.TWO.pow(1074)),
                Rationals.of(-3 * Double.MIN_VALUE));
        assertEquals(new BigFraction(java.math.BigInteger.ONE, java.math.BigInteger.TWO.pow(1022)),
                Rationals.of(Double.MIN_NORMAL));
        assertThrows(IllegalArgumentException.class, () -> Rationals.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Rationals.of(Double.POSITIVE_INFINITY));
    }

    @Test
    void exactTextOfRationalsAndDoubles() {
        assertEquals("1/2", Rationals.text(new BigFraction(1, 2)));
        assertEquals("-7", Rationals.text(new BigFraction(-7)));
        // 2^-30 = 9.31322574615478515625e-10 exactly (21 significant digits)
        assertEquals("0.000000000931322574615478515625", Rationals.text(new BigFraction(1, 1 << 30)));
        assertEquals("1/3486784401", Rationals.text(new BigFraction(1, 3486784401L)));
        assertEquals("2", Rationals.text(2.0));
        assertEquals("0.1", Rationals.text(0.1));
        assertEquals("-inf", Rationals.text(Double.NEGATIVE_INFINITY));
        assertEquals("[0, 0.5, inf]", Rationals.text(new double[] {0, 0.5, Double.POSITIVE_INFINITY}));
    }
}
