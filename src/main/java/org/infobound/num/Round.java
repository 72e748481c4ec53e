package org.infobound.num;

/**
 * Directed rounding of the IEEE 754 binary64 operations, built on Java's round-to-nearest.
 *
 * <p>{@code + - * /} and {@code sqrt} are correctly rounded, so the exact result lies within
 * one ulp of the computed one. Where an error-free transformation is exact (TwoSum for the sum,
 * {@code fma} for the product, the remainder of the quotient and the square) its sign tells on
 * which side the exact result lies, and the bound moves by one ulp only on that side; exact
 * results stay exact. Near the underflow range (|result| below {@link #TINY}) the error term may
 * not be representable, and the bound moves by one ulp unconditionally. A finite result that
 * overflowed to infinity is replaced by the largest finite double on the inner side.
 *
 * <p>Preconditions (checked by {@link Interval}): no {@code inf - inf}, {@code 0 * inf},
 * {@code inf / inf}, division by zero or square root of a negative reaches this class.
 */
final class Round {

    /** Below this magnitude the error terms of {@code fma} may underflow: widen blindly. */
    static final double TINY = 0x1p-960;

    private Round() {
    }

    static double addDown(double a, double b) {
        double s = a + b;
        if (Double.isInfinite(s)) {
            return overflowDown(s, a, b);
        }
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return err >= 0 ? s : Math.nextDown(s);
    }

    static double addUp(double a, double b) {
        return -addDown(-a, -b);
    }

    static double mulDown(double a, double b) {
        if (a == 0 || b == 0) {
            return 0.0;
        }
        double p = a * b;
        if (Double.isInfinite(p)) {
            return overflowDown(p, a, b);
        }
        if (Math.abs(p) < TINY) {
            // underflow: one step down, but a product of same-sign non-zero numbers is positive
            return (a > 0) == (b > 0) ? Math.max(0.0, Math.nextDown(p)) : Math.nextDown(p);
        }
        return Math.fma(a, b, -p) >= 0 ? p : Math.nextDown(p);
    }

    static double mulUp(double a, double b) {
        return -mulDown(-a, b);
    }

    /** Requires {@code b != 0} and not both infinite. */
    static double divDown(double a, double b) {
        if (a == 0) {
            return 0.0;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a / b + 0.0;
        }
        double q = a / b;
        if (Double.isInfinite(q)) {
            return q > 0 ? Double.MAX_VALUE : q;
        }
        if (Math.abs(q) < TINY || Math.abs(a) < TINY) {
            // as in mulDown: a quotient of same-sign non-zero numbers is positive
            return (a > 0) == (b > 0) ? Math.max(0.0, Math.nextDown(q)) : Math.nextDown(q);
        }
        // a - q*b = b * (a/b - q): the exact quotient is below q iff rem and b differ in sign
        double rem = Math.fma(-q, b, a);
        boolean below = rem != 0 && (rem < 0) == (b > 0);
        return below ? Math.nextDown(q) : q;
    }

    static double divUp(double a, double b) {
        return -divDown(-a, b);
    }

    /** Requires {@code x >= 0}. */
    static double sqrtDown(double x) {
        double r = Math.sqrt(x);
        if (x == 0 || Double.isInfinite(x)) {
            return r + 0.0;
        }
        if (x < TINY) {
            return Math.nextDown(r);
        }
        return Math.fma(r, r, -x) > 0 ? Math.nextDown(r) : r;
    }

    /** Requires {@code x >= 0}. */
    static double sqrtUp(double x) {
        double r = Math.sqrt(x);
        if (x == 0 || Double.isInfinite(x)) {
            return r + 0.0;
        }
        if (x < TINY) {
            return Math.nextUp(r);
        }
        return Math.fma(r, r, -x) < 0 ? Math.nextUp(r) : r;
    }

    /** {@code ulps} steps down ({@code -inf} stays {@code -inf}). */
    static double down(double y, int ulps) {
        double r = y;
        for (int i = 0; i < ulps; i++) {
            r = Math.nextDown(r);
        }
        return r;
    }

    /** {@code ulps} steps up ({@code +inf} stays {@code +inf}). */
    static double up(double y, int ulps) {
        return -down(-y, ulps);
    }

    /** Lower bound for an infinite result: exact if an operand was infinite, else overflow. */
    private static double overflowDown(double r, double a, double b) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return r;
        }
        return r > 0 ? Double.MAX_VALUE : r;
    }
}
