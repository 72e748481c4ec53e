package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * {@link Rationals#enclose}: the tightest double interval around an exact rational, for numerators
 * and denominators of any size. The oracle is exact decimal arithmetic ({@code new BigDecimal(double)}
 * is the double's exact value; {@code lo <= num/den} iff {@code lo * den <= num} for den > 0), not the
 * binary-shift comparison under test.
 */
class RationalEncloseTest {

    private static int exactSign(double v, BigInteger num, BigInteger den) {
        // sign(v - num/den) with den > 0
        return new BigDecimal(v).multiply(new BigDecimal(den)).compareTo(new BigDecimal(num));
    }

    private static void check(BigInteger num, BigInteger den) {
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        Interval iv = Rationals.enclose(new BigFraction(num, den));
        double lo = iv.lo();
        double hi = iv.hi();
        String what = num + " / " + den;
        if (lo != Double.NEGATIVE_INFINITY) {
            assertTrue(exactSign(lo, num, den) <= 0, "lo above the value: " + what);
        }
        if (hi != Double.POSITIVE_INFINITY) {
            assertTrue(exactSign(hi, num, den) >= 0, "hi below the value: " + what);
        }
        // tight: the value is a double (lo == hi) or lies strictly between adjacent doubles
        if (lo == hi) {
            assertEquals(0, exactSign(lo, num, den), what);
        } else {
            assertEquals(Math.nextUp(lo), hi, 0.0, "not the tightest interval: " + what);
        }
    }

    @Test
    void randomRationalsOfEverySize() {
        Random rnd = new Random(20261206L);
        for (int i = 0; i < 4000; i++) {
            BigInteger num = new BigInteger(1 + rnd.nextInt(i % 4 == 0 ? 3000 : 120), rnd);
            BigInteger den = new BigInteger(1 + rnd.nextInt(i % 4 == 1 ? 3000 : 120), rnd).add(BigInteger.ONE);
            if (rnd.nextBoolean()) {
                num = num.negate();
            }
            check(num, den);
        }
    }

    @Test
    void edges() {
        BigInteger one = BigInteger.ONE;
        BigInteger ten = BigInteger.TEN;
        check(BigInteger.ZERO, one);
        check(one, BigInteger.valueOf(3));
        check(one.negate(), BigInteger.valueOf(3));
        check(one, ten.pow(400));                       // 1e-400: [0, MIN_VALUE]
        check(one.negate(), ten.pow(400));
        check(ten.pow(400), BigInteger.valueOf(7));     // beyond MAX_VALUE: [MAX, inf]
        check(ten.pow(400).negate(), one);
        check(one, one.shiftLeft(1074));                // exactly MIN_VALUE
        check(BigInteger.valueOf(3), one.shiftLeft(1075)); // between MIN_VALUE and 2 MIN_VALUE
        check(one.shiftLeft(1023), one);                // exactly 2^1023
        BigInteger max = new BigDecimal(Double.MAX_VALUE).toBigIntegerExact();
        check(max, one);                                // exactly MAX_VALUE
        check(max.add(one), one);                       // just above MAX_VALUE
        // 1/3 + 10^-18 (the brief's hostile literal) and 1 + 2^-60
        check(ten.pow(18).add(BigInteger.valueOf(3)), ten.pow(18).multiply(BigInteger.valueOf(3)));
        check(one.shiftLeft(60).add(one), one.shiftLeft(60));
        // sum of 1/k^2 for k = 1..1000 as one fraction (about 870-digit denominators)
        BigFraction s = BigFraction.ZERO;
        for (int k = 1; k <= 1000; k++) {
            s = s.add(new BigFraction(BigInteger.ONE, BigInteger.valueOf((long) k * k)));
        }
        check(s.getNumerator(), s.getDenominator());
    }
}
