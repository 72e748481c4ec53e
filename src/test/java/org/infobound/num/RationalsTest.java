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
}
