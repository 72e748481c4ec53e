package org.infobound.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.DoubleToIntFunction;
import org.hipparchus.fraction.BigFraction;

/**
 * Exact conversions between decimal/rational numbers and doubles: the tightest double interval
 * around an exact value (decided by exact {@link BigDecimal} comparison, never by a rounded
 * conversion alone), and outward-rounded decimal printing.
 */
final class Decimals {

    /** Significant digits printed for an inexact bound. */
    static final int PRINT_DIGITS = 14;

    private static final MathContext APPROX = new MathContext(25, RoundingMode.HALF_EVEN);

    private Decimals() {
    }

    /** Tightest enclosure of the exact decimal {@code x}. */
    static Interval enclose(BigDecimal x) {
        return enclose(x, v -> new BigDecimal(v).compareTo(x));
    }

    /**
     * Tightest enclosure of the exact rational {@code q}: the nearest double
     * ({@link Rationals#toDouble}) widened by exact comparisons in integers with binary shifts ({@code v = m 2^e} exactly for a finite double v, so
     * {@code sign(v - num/den) = sign(m den 2^e - num)}), never through a decimal expansion of
     * the double: a decimal expansion costs a power of 5 per comparison, which dominated exact
     * exhaustion over rationals with large denominators (sum of 1/k^2 to k = 1000).
     */
    static Interval enclose(BigFraction q) {
        BigInteger num = q.getNumerator();
        BigInteger den = q.getDenominator();
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        int sign = num.signum();
        if (sign == 0) {
            return Interval.ZERO;
        }
        double approx = Rationals.toDouble(num, den);
        final BigInteger n = num;
        final BigInteger d = den;
        return encloseDouble(approx, v -> compare(v, n, d));
    }

    /** {@code sign(v - num / den)} exactly, for a finite double v and den > 0. */
    private static int compare(double v, BigInteger num, BigInteger den) {
        if (v == 0.0) {
            return -num.signum();
        }
        int e = Math.max(Math.getExponent(v) - 52, -1074);
        long m = (long) Math.scalb(v, -e);
        BigInteger left = BigInteger.valueOf(m).multiply(den);
        return e >= 0 ? left.shiftLeft(e).compareTo(num) : left.compareTo(num.shiftLeft(-e));
    }

    /**
     * Widens the double {@code d} (an approximation of x within a few ulps) to the tightest
     * double interval around x; {@code cmp(v)} is the sign of {@code v - x}.
     */
    private static Interval encloseDouble(double d, DoubleToIntFunction cmp) {
        if (Double.isInfinite(d)) {
            d = Math.copySign(Double.MAX_VALUE, d);
        }
        double lo = d;
        while (lo != Double.NEGATIVE_INFINITY && cmp.applyAsInt(lo) > 0) {
            lo = Math.nextDown(lo);
        }
        double hi = d;
        while (hi != Double.POSITIVE_INFINITY && cmp.applyAsInt(hi) < 0) {
            hi = Math.nextUp(hi);
        }
        return Interval.of(lo, hi);
    }

    /**
     * @param approx an approximation of the exact value x (within a few ulps, or out of range)
     * @param cmp    {@code cmp(v)} is the sign of {@code v - x} for a finite double v
     */
    private static Interval enclose(BigDecimal approx, DoubleToIntFunction cmp) {
        int sign = approx.signum();
        if (sign == 0) {
            return Interval.ZERO;
        }
        long exponent = (long) approx.precision() - approx.scale() - 1;
        if (exponent > 309) {
            return sign > 0 ? Interval.of(Double.MAX_VALUE, Double.POSITIVE_INFINITY)
                    : Interval.of(Double.NEGATIVE_INFINITY, -Double.MAX_VALUE);
        }
        if (exponent < -330) {
            return sign > 0 ? Interval.of(0.0, Double.MIN_VALUE)
                    : Interval.of(-Double.MIN_VALUE, 0.0);
        }
        return encloseDouble(approx.doubleValue(), cmp);
    }

    /** Parses a decimal literal exactly ({@code "0.1"}, {@code "-2.5e-9"}). */
    static BigDecimal parse(String s) {
        if (s == null) {
            throw new IllegalArgumentException("decimal literal is null");
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a decimal literal: '" + s + "'", e);
        }
    }

    /** {@code v} printed with at most 14 significant digits, rounded in direction {@code mode}. */
    static String format(double v, RoundingMode mode) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        BigDecimal b = new BigDecimal(v).stripTrailingZeros();
        if (b.precision() > PRINT_DIGITS) {
            b = b.round(new MathContext(PRINT_DIGITS, mode));
        }
        long exponent = (long) b.precision() - b.scale() - 1;
        return exponent >= -6 && exponent < 15 ? b.toPlainString() : b.toString();
    }
}
