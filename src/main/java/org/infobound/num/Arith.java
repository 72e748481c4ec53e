package org.infobound.num;

/**
 * The four operations and integer powers on intervals, by endpoint case analysis over the
 * directed primitives of {@link Round}. Undefined cases are detected on the whole argument
 * intervals first, so {@link Round} never sees {@code inf - inf}, {@code 0 * inf} or
 * {@code inf / inf}.
 */
final class Arith {

    private static final double INF = Double.POSITIVE_INFINITY;

    private Arith() {
    }

    static Interval add(Interval a, Interval b) {
        if ((a.lo() == -INF && b.hi() == INF) || (a.hi() == INF && b.lo() == -INF)) {
            throw new UndefinedValueException("add", "inf - inf");
        }
        return Interval.unchecked(Round.addDown(a.lo(), b.lo()), Round.addUp(a.hi(), b.hi()));
    }

    static Interval neg(Interval a) {
        return Interval.unchecked(-a.hi(), -a.lo());
    }

    static Interval mul(Interval a, Interval b) {
        if ((a.containsZero() && b.hasInfiniteBound()) || (b.containsZero() && a.hasInfiniteBound())) {
            throw new UndefinedValueException("mul", "0 * inf");
        }
        double l = Math.min(Math.min(Round.mulDown(a.lo(), b.lo()), Round.mulDown(a.lo(), b.hi())),
                Math.min(Round.mulDown(a.hi(), b.lo()), Round.mulDown(a.hi(), b.hi())));
        double h = Math.max(Math.max(Round.mulUp(a.lo(), b.lo()), Round.mulUp(a.lo(), b.hi())),
                Math.max(Round.mulUp(a.hi(), b.lo()), Round.mulUp(a.hi(), b.hi())));
        return Interval.unchecked(l, h);
    }

    static Interval div(Interval a, Interval b) {
        if (a.hasInfiniteBound() && b.hasInfiniteBound()) {
            throw new UndefinedValueException("div", "inf / inf");
        }
        if (b.containsZero()) {
            return divByZeroContaining(a, b);
        }
        double l = Math.min(Math.min(Round.divDown(a.lo(), b.lo()), Round.divDown(a.lo(), b.hi())),
                Math.min(Round.divDown(a.hi(), b.lo()), Round.divDown(a.hi(), b.hi())));
        double h = Math.max(Math.max(Round.divUp(a.lo(), b.lo()), Round.divUp(a.lo(), b.hi())),
                Math.max(Round.divUp(a.hi(), b.lo()), Round.divUp(a.hi(), b.hi())));
        return Interval.unchecked(l, h);
    }

    /** x / 0 is the one-sided limit from the side the denominator lies on; no side: ENTIRE. */
    private static Interval divByZeroContaining(Interval a, Interval b) {
        if (a.containsZero()) {
            throw new UndefinedValueException("div", "0 / 0");
        }
        boolean positive = a.lo() > 0;
        if (b.lo() == 0 && b.hi() > 0) {
            return positive ? Interval.unchecked(Round.divDown(a.lo(), b.hi()), INF)
                    : Interval.unchecked(-INF, Round.divUp(a.hi(), b.hi()));
        }
        if (b.hi() == 0 && b.lo() < 0) {
            return positive ? Interval.unchecked(-INF, Round.divUp(a.lo(), b.lo()))
                    : Interval.unchecked(Round.divDown(a.hi(), b.lo()), INF);
        }
        return Interval.ENTIRE;
    }

    /** {@code a^k} for k >= 1: monotone for odd k, through |a| for even k. */
    static Interval powPositive(Interval a, long k) {
        if (k % 2 == 1) {
            return Interval.unchecked(signedPowDown(a.lo(), k), signedPowUp(a.hi(), k));
        }
        if (a.lo() >= 0) {
            return Interval.unchecked(powDown(a.lo(), k), powUp(a.hi(), k));
        }
        if (a.hi() <= 0) {
            return Interval.unchecked(powDown(-a.hi(), k), powUp(-a.lo(), k));
        }
        return Interval.unchecked(0.0, powUp(Math.max(-a.lo(), a.hi()), k));
    }

    private static double signedPowDown(double x, long k) {
        return x >= 0 ? powDown(x, k) : -powUp(-x, k);
    }

    private static double signedPowUp(double x, long k) {
        return x >= 0 ? powUp(x, k) : -powDown(-x, k);
    }

    /** Lower bound of x^k for x >= 0 (binary powering; mulDown never overflows to inf). */
    private static double powDown(double x, long k) {
        double result = 1.0;
        double base = x;
        for (long e = k; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = Round.mulDown(result, base);
            }
            if (e > 1) {
                base = Round.mulDown(base, base);
            }
        }
        return result;
    }

    /** Upper bound of x^k for x >= 0 (binary powering; mulUp never underflows to 0). */
    private static double powUp(double x, long k) {
        double result = 1.0;
        double base = x;
        for (long e = k; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = Round.mulUp(result, base);
            }
            if (e > 1) {
                base = Round.mulUp(base, base);
            }
        }
        return result;
    }
}
