package org.infobound.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.StringJoiner;
import org.hipparchus.fraction.BigFraction;

/**
 * Exact rational helpers around Hipparchus {@link BigFraction}: exact parsing of decimal
 * literals, the exact value of a double, interval enclosure, exact integer powers, and exact
 * text for reports (a rational or a double printed so that it denotes the value exactly).
 */
public final class Rationals {

    /** Largest |decimal exponent| accepted by {@link #parseDecimal} (keeps 10^k small). */
    public static final int MAX_DECIMAL_EXPONENT = 10_000;

    private Rationals() {
    }

    /**
     * The exact rational value of a decimal literal ({@link BigDecimal} syntax):
     * {@code "0.1"} is 1/10, {@code "-2.5e-3"} is -1/400.
     *
     * Requires: s != null && s is a BigDecimal literal with |exponent| <= 10000.
     * Ensures: result equals the decimal value of s exactly.
     * Throws IllegalArgumentException when s == null || !s is such a literal.
     */
    public static BigFraction parseDecimal(String s) {
        BigDecimal d = Decimals.parse(s);
        int scale = d.scale();
        if (Math.abs((long) scale) > MAX_DECIMAL_EXPONENT) {
            throw new IllegalArgumentException("decimal exponent out of range (|e| <= "
                    + MAX_DECIMAL_EXPONENT + "): '" + s + "'");
        }
        BigInteger unscaled = d.unscaledValue();
        BigInteger power = BigInteger.TEN.pow(Math.abs(scale));
        return scale >= 0 ? new BigFraction(unscaled, power) : new BigFraction(unscaled.multiply(power));
    }

    /**
     * The tightest interval of doubles containing q (same as {@link Interval#of(BigFraction)}).
     *
     * Requires: q != null.
     * Ensures: result.lo() <= q <= result.hi().
     */
    public static Interval enclose(BigFraction q) {
        return Interval.of(q);
    }

    /**
     * {@code q^k} exactly; {@code q^0 = 1} (also for q = 0); k < 0 is {@code (1/q)^-k}.
     *
     * Requires: q != null && k != Integer.MIN_VALUE && (k >= 0 || q.signum() != 0).
     * Ensures: result == q^k exactly.
     * Throws IllegalArgumentException when q == null || k == Integer.MIN_VALUE || (k < 0 &&
     *     q.signum() == 0).
     */
    public static BigFraction pow(BigFraction q, int k) {
        if (q == null) {
            throw new IllegalArgumentException("rational is null");
        }
        if (k < 0 && q.signum() == 0) {
            throw new IllegalArgumentException("0 to a negative power " + k + " is undefined");
        }
        if (k == Integer.MIN_VALUE) {
            throw new IllegalArgumentException("exponent out of range: " + k);
        }
        BigInteger num = q.getNumerator();
        BigInteger den = q.getDenominator();
        int e = Math.abs(k);
        BigFraction p = new BigFraction(num.pow(e), den.pow(e));
        return k >= 0 ? p : p.reciprocal();
    }

    /**
     * {@code q} rounded to the nearest double (ties to even), for any numerator and denominator:
     * below the smallest subnormal it is (signed) zero, beyond {@link Double#MAX_VALUE} (after
     * rounding) it is an infinity. Hipparchus 4.0.2's {@code BigFraction.doubleValue()} is not
     * this: it returns 0 when only the denominator overflows a double, e.g. for
     * {@code (16746782559947149 / 2^54)^19} (spec/NUMERICS.md).
     *
     * Requires: q != null.
     * Ensures: result is q rounded to nearest, ties to even.
     */
    public static double toDouble(BigFraction q) {
        return toDouble(q.getNumerator(), q.getDenominator());
    }

    /** {@code num / den} rounded to the nearest double (ties to even); {@code den} non-zero. */
    public static double toDouble(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        boolean negative = num.signum() * den.signum() < 0;
        BigInteger n = num.abs();
        BigInteger d = den.abs();
        if (n.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (n.bitLength() <= 53 && d.bitLength() <= 53) {
            // both are exact doubles and the quotient (at least 2^-53) is normal: IEEE division
            // rounds it to the nearest double, ties to even, as the general path below does
            double r = (double) n.longValue() / (double) d.longValue();
            return negative ? -r : r;
        }
        // q = floor(n 2^s / d) has at least 56 bits; the rest of the quotient is the sticky bit
        long s = 56L - (n.bitLength() - d.bitLength());
        if (s > Integer.MAX_VALUE / 2 || s < -(Integer.MAX_VALUE / 2)) {
            // |value| far below the smallest subnormal or far above the largest double
            double r = s > 0 ? 0.0 : Double.POSITIVE_INFINITY;
            return negative ? -r : r;
        }
        BigInteger[] qr = s >= 0 ? n.shiftLeft((int) s).divideAndRemainder(d)
                : n.divideAndRemainder(d.shiftLeft((int) -s));
        BigInteger q = qr[0];
        boolean sticky = qr[1].signum() != 0;
        long e = q.bitLength() - 1L - s; // value in [2^e, 2^(e+1))
        if (e > Double.MAX_EXPONENT) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        long lsb = Math.max(e - 52, -1074); // exponent of the last kept bit
        long drop = lsb + s; // bits of q below it (>= 2: q has at least 56 bits)
        if (drop > q.bitLength() + 1L) {
            return negative ? -0.0 : 0.0; // below half the smallest subnormal
        }
        int k = (int) drop;
        BigInteger m = q.shiftRight(k);
        BigInteger rest = q.subtract(m.shiftLeft(k));
        int c = rest.compareTo(BigInteger.ONE.shiftLeft(k - 1));
        if (c > 0 || c == 0 && (sticky || m.testBit(0))) {
            m = m.add(BigInteger.ONE);
        }
        double r = Math.scalb((double) m.longValueExact(), (int) lsb);
        return negative ? -r : r;
    }

    /**
     * The exact rational value of a finite double. (Hipparchus' {@code new BigFraction(0.0)} has
     * a non-reduced huge denominator; zero, also -0.0, is {@link BigFraction#ZERO}.)
     *
     * Requires: Double.isFinite(x).
     * Ensures: result == x exactly.
     * Throws IllegalArgumentException when !Double.isFinite(x).
     */
    public static BigFraction of(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite double: " + x);
        }
        if (x == 0) {
            return BigFraction.ZERO;
        }
        if (Math.abs(x) < Double.MIN_NORMAL) {
            // Hipparchus 4.0.2's BigFraction(double) takes subnormals as half their value
            // (2^-1075 for Double.MIN_VALUE); a subnormal is its 52-bit mantissa times 2^-1074
            long m = Double.doubleToRawLongBits(x) & ((1L << 52) - 1);
            return new BigFraction(java.math.BigInteger.valueOf(x < 0 ? -m : m),
                    java.math.BigInteger.ONE.shiftLeft(1074));
        }
        return new BigFraction(x);
    }

    /**
     * {@code 2}, {@code 1/2}, or for a rational with a denominator above 2^20 the exact decimal
     * expansion when it terminates within 40 significant digits, else {@code num/den}.
     *
     * Requires: q != null.
     * Ensures: result denotes q exactly.
     */
    public static String text(BigFraction q) {
        if (q.getDenominator().bitLength() <= 20) {
            return q.isInteger() ? q.getNumerator().toString() : q.getNumerator() + "/" + q.getDenominator();
        }
        try {
            BigDecimal d = new BigDecimal(q.getNumerator()).divide(new BigDecimal(q.getDenominator()));
            if (d.precision() <= 40) {
                return d.toPlainString();
            }
        } catch (ArithmeticException nonTerminating) {
            // fall through to num/den
        }
        return q.getNumerator() + "/" + q.getDenominator();
    }

    /**
     * A double as text: an integer below 1e15 without a fraction, infinities as {@code inf} and
     * {@code -inf}, otherwise the shortest round-trip form (which denotes the double exactly).
     *
     * Ensures: Double.parseDouble(result) == x, with inf for infinity.
     */
    public static String text(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    /**
     * A vector of doubles as text, {@code [a, b, ...]} with {@link #text(double)}.
     *
     * Requires: xs != null.
     */
    public static String text(double[] xs) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double x : xs) {
            j.add(text(x));
        }
        return j.toString();
    }
}
