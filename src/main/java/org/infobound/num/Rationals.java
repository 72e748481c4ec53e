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
     */
    /*@ public normal_behavior
      @   requires s != null && (* s is a BigDecimal literal with |exponent| <= 10000 *);
      @   ensures (* \result equals the decimal value of s exactly *);
      @ also public exceptional_behavior
      @   requires s == null || !(* s is such a literal *);
      @   signals (IllegalArgumentException e) true;
      @*/
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

    /** The tightest interval of doubles containing q (same as {@link Interval#of(BigFraction)}). */
    /*@ requires q != null;
      @ ensures (* \result.lo() <= q <= \result.hi() *);
      @*/
    public static Interval enclose(BigFraction q) {
        return Interval.of(q);
    }

    /** {@code q^k} exactly; {@code q^0 = 1} (also for q = 0); k < 0 is {@code (1/q)^-k}. */
    /*@ public normal_behavior
      @   requires q != null && k != Integer.MIN_VALUE && (k >= 0 || q.signum() != 0);
      @   ensures (* \result == q^k exactly *);
      @ also public exceptional_behavior
      @   requires q == null || k == Integer.MIN_VALUE || (k < 0 && q.signum() == 0);
      @   signals (IllegalArgumentException e) true;
      @*/
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
     * The exact rational value of a finite double. (Hipparchus' {@code new BigFraction(0.0)} has
     * a non-reduced huge denominator; zero, also -0.0, is {@link BigFraction#ZERO}.)
     */
    /*@ public normal_behavior
      @   requires Double.isFinite(x);
      @   ensures (* \result == x exactly *);
      @ also public exceptional_behavior
      @   requires !Double.isFinite(x);
      @   signals (IllegalArgumentException e) true;
      @*/
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
     */
    /*@ requires q != null;
      @ ensures (* \result denotes q exactly *);
      @*/
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
     */
    /*@ ensures (* Double.parseDouble(\result) == x, with inf for infinity *);
      @*/
    public static String text(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    /** A vector of doubles as text, {@code [a, b, ...]} with {@link #text(double)}. */
    /*@ requires xs != null;
      @*/
    public static String text(double[] xs) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double x : xs) {
            j.add(text(x));
        }
        return j.toString();
    }
}
