package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** Exact decimal/rational enclosures and outward printing. */
class IntervalDecimalTest {

    @Test
    void decimalTenthIsEnclosedByAdjacentDoubles() {
        Interval tenth = Interval.ofDecimal("0.1");
        assertFalse(tenth.isPoint());
        assertEquals(Math.nextUp(tenth.lo()), tenth.hi());
        assertTrue(Enclosures.encloses(tenth, new BigDecimal("0.1")));
        assertTrue(new BigDecimal(tenth.hi()).compareTo(new BigDecimal("0.1")) > 0);
    }

    @Test
    void representableDecimalsArePoints() {
        assertEquals(Interval.of(0.5), Interval.ofDecimal("0.5"));
        assertEquals(Interval.of(-1024), Interval.ofDecimal("-1.024e3"));
        assertEquals(Interval.ZERO, Interval.ofDecimal("0.000"));
    }

    @Test
    void extremeDecimalsEncloseSoundly() {
        Interval nano = Interval.ofDecimal("1e-9");
        assertTrue(Enclosures.encloses(nano, new BigDecimal("1e-9")));
        assertEquals(Interval.of(Double.MAX_VALUE, Double.POSITIVE_INFINITY), Interval.ofDecimal("1e400"));
        assertEquals(Interval.of(0, Double.MIN_VALUE), Interval.ofDecimal("1e-400"));
        assertEquals(Interval.of(-Double.MIN_VALUE, 0), Interval.ofDecimal("-1e-400"));
        Interval sub = Interval.ofDecimal("3e-320");
        assertTrue(Enclosures.encloses(sub, new BigDecimal("3e-320")));
        assertEquals(Math.nextUp(sub.lo()), sub.hi());
    }

    @Test
    void malformedDecimalIsAnIllegalArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Interval.ofDecimal("0.1x"));
        assertTrue(e.getMessage().contains("0.1x"));
        assertThrows(IllegalArgumentException.class, () -> Interval.ofDecimal(null));
        assertThrows(IllegalArgumentException.class, () -> Interval.of((BigFraction) null));
    }

    @Test
    void rationalsAreEnclosedTightly() {
        Interval third = Interval.of(new BigFraction(1, 3));
        assertEquals(Math.nextUp(third.lo()), third.hi());
        // 1/3 is between the bounds: 3 lo < 1 < 3 hi exactly
        assertTrue(new BigDecimal(third.lo()).multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.ONE) < 0);
        assertTrue(new BigDecimal(third.hi()).multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.ONE) > 0);
        assertEquals(Interval.of(-0.75), Interval.of(new BigFraction(-3, 4)));
        Interval huge = Interval.of(new BigFraction(java.math.BigInteger.TEN.pow(400)));
        assertEquals(Interval.of(Double.MAX_VALUE, Double.POSITIVE_INFINITY), huge);
        Interval small = Interval.of(new BigFraction(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(310)));
        assertTrue(Enclosures.encloses(small, new BigDecimal("1e-310")));
    }

    @Test
    void toStringRoundsOutwardTo14Digits() {
        // reference values, spec/CATALOGUE.md: KL of best-of-2 over two
        // outcomes of mass 1/2 is 0.130812037378701... (log 4 - 5/4 log(5/4)... printed as in the brief)
        Interval kl = Interval.of(0.13081203737870, Math.nextUp(0.13081203737870));
        assertTrue(kl.toString().startsWith("[0.1308120373787"), kl::toString);
        assertEquals("[1, 1]", Interval.ONE.toString());
        assertEquals("[-inf, inf]", Interval.ENTIRE.toString());
        assertEquals("[1E+20, 1E+20]", Interval.of(1e20).toString());
        assertEquals("[0, 0.5]", Interval.of(0, 0.5).toString());
        assertEquals("[0.099999999999999, 0.10000000000001]", Interval.ofDecimal("0.1").toString());
        assertEquals("[0.33333333333333, 0.33333333333334]", Interval.of(new BigFraction(1, 3)).toString());
        assertEquals("[1.0000000000000E-300, 1.0000000000001E-300]",
                Interval.of(1e-300).mul(Interval.of(1).add(Interval.of(1e-14))).toString());
    }
}
