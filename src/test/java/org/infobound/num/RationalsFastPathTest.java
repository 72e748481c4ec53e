package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link Rationals#toDouble(BigInteger, BigInteger)} on quotients of integers of at most 53 bits
 * (the IEEE-division fast path) and just beyond: the expected doubles are Python's
 * {@code float(Fraction(a, b))} (correctly rounded), written in hex.
 */
class RationalsFastPathTest {

    private static void is(double expected, long a, long b) {
        double v = Rationals.toDouble(BigInteger.valueOf(a), BigInteger.valueOf(b));
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(v), a + "/" + b);
        double m = Rationals.toDouble(BigInteger.valueOf(-a), BigInteger.valueOf(b));
        assertEquals(Double.doubleToRawLongBits(-expected), Double.doubleToRawLongBits(m), "-" + a + "/" + b);
    }

    @Test
    void quotientsOfSmallIntegersAreCorrectlyRounded() {
        is(0x1.5555555555555p-2, 1, 3);
        is(0x1.5555555555555p-1, 2, 3);
        is(0x1.ff7ced916872bp-1, 999, 1000);
        is(0x1.0000000000001p+0, 9007199254740991L, 9007199254740989L);
        is(0x1.0000000000001p-53, 1, 9007199254740991L);
        is(0x1.5555555555557p+50, 4503599627370497L, 3);
        // a 54-bit numerator takes the general path
        is(0x1.5ee2a2eb5a5c4p+0, 12345678901234567L, 9007199254740991L);
        // the rational 0 is +0.0 whatever the denominator's sign (Python: float(Fraction(0, -7)) == 0.0)
        assertEquals(Double.doubleToRawLongBits(0.0),
                Double.doubleToRawLongBits(Rationals.toDouble(BigInteger.ZERO, BigInteger.valueOf(-7))));
    }
}
