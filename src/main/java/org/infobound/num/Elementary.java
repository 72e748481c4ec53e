package org.infobound.num;

/**
 * Monotone elementary functions on intervals: each bound is the {@link StrictMath} value at
 * the corresponding endpoint, widened by {@link Interval#ELEMENTARY_ULPS} ulps (fdlibm's error
 * is below 1 ulp), except at points where the value is exact and representable. Results are
 * clipped to the function's known range ({@code exp >= 0}, {@code expm1 >= -1}), which only
 * removes points the function cannot take.
 */
final class Elementary {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final int ULPS = Interval.ELEMENTARY_ULPS;

    private Elementary() {
    }

    static Interval sqrt(Interval x) {
        if (x.lo() < 0) {
            throw new UndefinedValueException("sqrt", "square root of a negative number");
        }
        return Interval.unchecked(Round.sqrtDown(x.lo()), Round.sqrtUp(x.hi()));
    }

    /*
     * The sign facts below are exact (exp(x) <= 1 iff x <= 0, log(x) <= 0 iff x <= 1, and so on),
     * so clamping the outward-rounded ends to them stays sound and keeps, e.g., 1 - exp(-KL)
     * non-negative when KL is certainly non-negative.
     */

    static Interval exp(Interval x) {
        double lo = Math.max(0.0, down(StrictMath.exp(x.lo()), exact(x.lo(), 0.0)));
        double hi = up(StrictMath.exp(x.hi()), exact(x.hi(), 0.0));
        return Interval.unchecked(x.lo() >= 0 ? Math.max(lo, 1.0) : lo, x.hi() <= 0 ? Math.min(hi, 1.0) : hi);
    }

    static Interval expm1(Interval x) {
        double lo = Math.max(-1.0, down(StrictMath.expm1(x.lo()), exact(x.lo(), 0.0)));
        double hi = up(StrictMath.expm1(x.hi()), exact(x.hi(), 0.0));
        return Interval.unchecked(x.lo() >= 0 ? Math.max(lo, 0.0) : lo, x.hi() <= 0 ? Math.min(hi, 0.0) : hi);
    }

    static Interval log(Interval x) {
        if (x.lo() < 0) {
            throw new UndefinedValueException("log", "logarithm of a negative number");
        }
        double lo = down(StrictMath.log(x.lo()), exact(x.lo(), 1.0) || x.lo() == 0);
        double hi = up(StrictMath.log(x.hi()), exact(x.hi(), 1.0) || x.hi() == 0);
        return Interval.unchecked(x.lo() >= 1 ? Math.max(lo, 0.0) : lo, x.hi() <= 1 ? Math.min(hi, 0.0) : hi);
    }

    static Interval log1p(Interval x) {
        if (x.lo() < -1) {
            throw new UndefinedValueException("log1p", "logarithm of a negative number");
        }
        double lo = down(StrictMath.log1p(x.lo()), exact(x.lo(), 0.0) || x.lo() == -1);
        double hi = up(StrictMath.log1p(x.hi()), exact(x.hi(), 0.0) || x.hi() == -1);
        return Interval.unchecked(x.lo() >= 0 ? Math.max(lo, 0.0) : lo, x.hi() <= 0 ? Math.min(hi, 0.0) : hi);
    }

    static Interval log2(Interval x) {
        if (x.lo() < 0) {
            throw new UndefinedValueException("log2", "logarithm of a negative number");
        }
        return Interval.unchecked(log2At(x.lo()).lo(), log2At(x.hi()).hi());
    }

    /** Exact at 0, inf and powers of two; else {@code log x / log 2} in interval arithmetic. */
    private static Interval log2At(double x) {
        if (x == 0 || x == INF) {
            return Interval.of(x == 0 ? -INF : INF);
        }
        long bits = Double.doubleToRawLongBits(x);
        long mantissa = bits & 0x000F_FFFF_FFFF_FFFFL;
        if (x >= Double.MIN_NORMAL && mantissa == 0) {
            return Interval.of(Math.getExponent(x));
        }
        if (x < Double.MIN_NORMAL && Long.bitCount(bits) == 1) {
            return Interval.of(-1074 + Long.numberOfTrailingZeros(bits));
        }
        return log(Interval.of(x)).div(Constants.LN2);
    }

    /** {@code x log x} with {@code 0 log 0 = 0}: decreasing on [0, 1/e], increasing after. */
    static Interval xlogx(Interval x) {
        if (x.lo() < 0) {
            throw new UndefinedValueException("xlogx", "logarithm of a negative number");
        }
        Interval invE = exp(Interval.of(-1.0));
        Interval atLo = xlogxAt(x.lo());
        Interval atHi = xlogxAt(x.hi());
        if (x.hi() < invE.lo()) {
            return Interval.unchecked(atHi.lo(), atLo.hi());
        }
        if (x.lo() > invE.hi()) {
            return Interval.unchecked(atLo.lo(), atHi.hi());
        }
        // x may hold the minimiser 1/e: the minimum -1/e bounds from below
        return Interval.unchecked(-invE.hi(), Math.max(atLo.hi(), atHi.hi()));
    }

    private static Interval xlogxAt(double x) {
        if (x == 0 || x == INF) {
            return Interval.of(x);
        }
        Interval ix = Interval.of(x);
        return ix.mul(log(ix));
    }

    /** {@code x^y = exp(y log x)} for x >= 0; a point integer y goes through pow(int). */
    static Interval pow(Interval x, Interval y) {
        double k = y.lo();
        if (y.isPoint() && k == Math.rint(k) && Math.abs(k) <= Integer.MAX_VALUE) {
            return x.pow((int) k);
        }
        if (x.lo() < 0) {
            throw new UndefinedValueException("pow", "negative base with a non-integer exponent");
        }
        Interval logX = log(x);
        try {
            return exp(y.mul(logX));
        } catch (UndefinedValueException e) {
            throw new UndefinedValueException("pow", "indeterminate 0^0, 1^inf or inf^0");
        }
    }

    /** Whether f(x) is exact: x is infinite or the point where f is exactly known. */
    private static boolean exact(double x, double point) {
        return Double.isInfinite(x) || x == point;
    }

    private static double down(double fx, boolean exact) {
        return exact ? fx : Round.down(fx, ULPS);
    }

    private static double up(double fx, boolean exact) {
        return exact ? fx : Round.up(fx, ULPS);
    }
}
