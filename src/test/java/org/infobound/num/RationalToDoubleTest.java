package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * {@link Rationals#toDouble}: correctly rounded rational to double for any numerator and
 * denominator (issue 17). Reference values: exact fractions and mpmath (python3), and BigDecimal
 * division at 60 digits.
 */
class RationalToDoubleTest {

    /**
     * The regression: (16746782559947149 / 2^54)^19. mpmath (dps 40):
     * 0.249988883499679510559070179818051987515, nearest double 0.24998888349967952. Hipparchus
     * 4.0.2's doubleValue() gives 0 because the denominator 2^1026 overflows a double.
     */
    @Test
    void hugeDenominatorIsNotZero() {
        BigFraction q = Rationals.pow(new BigFraction(new BigInteger("16746782559947149"),
                new BigInteger("18014398509481984")), 19);
        assertEquals(0.24998888349967952, Rationals.toDouble(q), 0.0);
    }

    @Test
    void edgeCases() {
        BigInteger ten = BigInteger.TEN;
        // python: float(Fraction(1,3) * Fraction(10)**-310) = 3.333333333333e-311 (subnormal)
        assertEquals(3.333333333333e-311, Rationals.toDouble(new BigFraction(BigInteger.ONE, ten.pow(310).multiply(BigInteger.valueOf(3)))), 0.0);
        // python: float(Fraction(10**400, 3 * 10**400 + 1)) = 0.3333333333333333
        assertEquals(0.3333333333333333, Rationals.toDouble(new BigFraction(ten.pow(400), ten.pow(400).multiply(BigInteger.valueOf(3)).add(BigInteger.ONE))), 0.0);
        assertEquals(0.0, Rationals.toDouble(new BigFraction(BigInteger.ONE, ten.pow(400))), 0.0);
        assertEquals(-0.0, Rationals.toDouble(new BigFraction(BigInteger.ONE.negate(), ten.pow(400))), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, Rationals.toDouble(new BigFraction(ten.pow(400), BigInteger.valueOf(7))), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, Rationals.toDouble(new BigFraction(ten.pow(400).negate(), BigInteger.ONE)), 0.0);
        // the smallest subnormal and half of it (tie to even: 0), a bit more than half (rounds up)
        BigInteger two1074 = BigInteger.ONE.shiftLeft(1074);
        assertEquals(Double.MIN_VALUE, Rationals.toDouble(new BigFraction(BigInteger.ONE, two1074)), 0.0);
        assertEquals(0.0, Rationals.toDouble(new BigFraction(BigInteger.ONE, two1074.shiftLeft(1))), 0.0);
        assertEquals(Double.MIN_VALUE, Rationals.toDouble(new BigFraction(BigInteger.valueOf(1_000_001),
                two1074.shiftLeft(1).multiply(BigInteger.valueOf(1_000_000)))), 0.0);
        // MAX_VALUE, and MAX_VALUE + half an ulp (rounds to even: infinity)
        BigFraction max = Rationals.of(Double.MAX_VALUE);
        assertEquals(Double.MAX_VALUE, Rationals.toDouble(max), 0.0);
        BigFraction halfUlp = new BigFraction(BigInteger.ONE.shiftLeft(970));
        assertEquals(Double.POSITIVE_INFINITY, Rationals.toDouble(max.add(halfUlp)), 0.0);
        assertEquals(Double.MAX_VALUE, Rationals.toDouble(max.add(halfUlp).subtract(BigFraction.ONE)), 0.0);
        // 1 + 2^-53 is a tie between 1 and 1 + 2^-52: even is 1
        assertEquals(1.0, Rationals.toDouble(BigFraction.ONE.add(new BigFraction(BigInteger.ONE, BigInteger.ONE.shiftLeft(53)))), 0.0);
        assertEquals(Math.nextUp(1.0), Rationals.toDouble(BigFraction.ONE.add(new BigFraction(BigInteger.valueOf(3), BigInteger.ONE.shiftLeft(54)))), 0.0);
    }

    /**
     * Property: for random numerators and denominators of 1 to 1000 decimal digits (values from
     * about 10^-1000 to 10^1000), the result is within 1 ulp of BigDecimal division (60 digits)
     * and is exactly the nearest double (checked against its neighbours with exact fractions).
     */
    @Test
    void agreesWithBigDecimalAcrossMagnitudes() {
        Random rnd = new Random(17);
        for (int i = 0; i < 3000; i++) {
            BigInteger num = randomDigits(rnd, 1 + rnd.nextInt(1000));
            BigInteger den = randomDigits(rnd, 1 + rnd.nextInt(1000));
            if (rnd.nextBoolean()) {
                num = num.negate();
            }
            BigFraction q = new BigFraction(num, den);
            double r = Rationals.toDouble(q);
            double ref = new BigDecimal(num).divide(new BigDecimal(den), new MathContext(60)).doubleValue();
            if (Double.isInfinite(ref) || ref == 0) {
                assertEquals(ref, r, 0.0, q::toString);
                continue;
            }
            assertTrue(Math.abs(r - ref) <= Math.ulp(ref), () -> q + ": " + r + " vs " + ref);
            nearest(q, r);
        }
    }

    /** r is a nearest double to q: no neighbour is strictly closer. */
    private static void nearest(BigFraction q, double r) {
        BigFraction d = q.subtract(Rationals.of(r)).abs();
        for (double nb : new double[] {Math.nextUp(r), Math.nextDown(r)}) {
            if (!Double.isInfinite(nb)) {
                assertTrue(q.subtract(Rationals.of(nb)).abs().compareTo(d) >= 0, () -> q + " nearer to " + nb + " than " + r);
            }
        }
    }

    private static BigInteger randomDigits(Random rnd, int digits) {
        StringBuilder b = new StringBuilder();
        b.append((char) ('1' + rnd.nextInt(9)));
        for (int i = 1; i < digits; i++) {
            b.append((char) ('0' + rnd.nextInt(10)));
        }
        return new BigInteger(b.toString());
    }
}
