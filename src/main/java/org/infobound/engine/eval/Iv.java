package org.infobound.engine.eval;

import org.infobound.num.Interval;
import org.infobound.num.UndefinedValueException;

/** Small certified helpers over {@link Interval} (engine-internal). */
final class Iv {

    static final Interval UNIT = Interval.of(0, 1);
    /** Above 1/e: two ulps over the double quotient (Math.E and the division each err < 1 ulp). */
    private static final Interval INV_E_HI = Interval.of(Math.nextUp(Math.nextUp(1 / Math.E)));

    private Iv() {
    }

    /** {@code x} intersected with {@code [lo, hi]}, which must contain the true value. */
    static Interval clamp(Interval x, double lo, double hi) {
        Interval box = Interval.of(lo, hi);
        if (!x.intersects(box)) {
            // the enclosure must contain the true value, which lies in the box: a bug
            throw new InternalFailure("two enclosures of one value are disjoint: " + x + " and its known range " + box);
        }
        return x.intersect(box);
    }

    static Interval sum(Interval[] xs) {
        Interval s = Interval.ZERO;
        for (Interval x : xs) {
            s = s.add(x);
        }
        return s;
    }

    /**
     * An enclosure of {@code x log(x / y)} for x in the first interval (x >= 0) and y > 0 in the
     * second, with {@code 0 log 0 = 0}: exact zero gives 0; an x interval touching 0 uses
     * {@code -y/e <= x log(x/y) <= max(0, a log(a/y))} (the function is convex in x with its
     * minimum -y/e).
     */
    static Interval xlogxy(Interval x, Interval y) {
        if (x.hi() == 0) {
            return Interval.ZERO;
        }
        if (x.lo() > 0) {
            return x.mul(x.div(y).log());
        }
        Interval atHi = Interval.of(x.hi()).mul(Interval.of(x.hi()).div(y).log());
        Interval lower = y.mul(INV_E_HI).neg();
        return Interval.of(lower.lo(), Math.max(0, atHi.hi()));
    }

    /** Runs a certified computation, turning a possible undefined value into {@link Undefined}. */
    static Interval guard(java.util.function.Supplier<Interval> f, String what) {
        try {
            return f.get();
        } catch (UndefinedValueException e) {
            throw new Undefined(what + ": " + e.getMessage());
        }
    }
}
