package org.infobound.math;

import java.util.function.DoubleUnaryOperator;

/**
 * Generators built from a user function, with the two limits found numerically.
 *
 * <p>How the limits are found (a heuristic, never certified): {@code f(0+)} is read off the
 * sequence {@code f(2^-j)}, j = 1..1074, and {@code f'(inf)} off {@code f(2^j)/2^j},
 * j = 1..1023. For a convex f both sequences are eventually monotone. The limit is the last
 * term once eight consecutive steps each change it by at most {@code 1e-12 (1 + |value|)}; if
 * the sequence instead exceeds 1e300, is still growing at the end, or produces +inf, the limit
 * is {@code +inf}. A NaN anywhere, a sequence below -1e300, or one still decreasing at the end
 * is rejected with an IllegalArgumentException (not a convex generator with f(1) = 0 in the
 * catalogue's sense).
 * Slowly converging limits (e.g. {@code f(t)/t = c - 1/log t}) can be misjudged: use an
 * explicit {@link FGenerator} when the limits are known in closed form.
 */
public final class FGenerators {

    private static final double STEP_TOLERANCE = 1e-12;
    private static final int STABLE_STEPS = 8;

    private FGenerators() {
    }

    /**
     * A generator from f with numerically found limits (see the class comment).
     *
     * Requires: name != null && f != null.
     * Requires: Math.abs(f.applyAsDouble(1.0)) <= 1e-12.
     * Ensures: result.name().equals(name).
     * Throws IllegalArgumentException when name == null || f == null ||
     *     !(Math.abs(f.applyAsDouble(1.0)) <= 1e-12).
     */
    public static FGenerator of(String name, DoubleUnaryOperator f) {
        if (name == null || f == null) {
            throw new IllegalArgumentException("name and f must not be null");
        }
        double atOne = f.applyAsDouble(1.0);
        if (!(Math.abs(atOne) <= STEP_TOLERANCE)) {
            throw new IllegalArgumentException("f(1) must be 0, got " + atOne);
        }
        double atZero = limit(j -> f.applyAsDouble(Math.scalb(1.0, -j)), 1074, name + " at 0+");
        double slope = limit(j -> f.applyAsDouble(Math.scalb(1.0, j)) / Math.scalb(1.0, j), 1023,
                name + " slope at infinity");
        return new NumericGenerator(name, f, atZero, slope);
    }

    private static double limit(java.util.function.IntToDoubleFunction term, int last,
            String what) {
        double previous = term.applyAsDouble(1);
        int stable = 0;
        for (int j = 2; j <= last; j++) {
            double v = term.applyAsDouble(j);
            if (Double.isNaN(v) || v < -1e300) {
                throw new IllegalArgumentException("cannot find the limit of " + what
                        + ": value " + v + " at step " + j);
            }
            if (v == Double.POSITIVE_INFINITY || v > 1e300) {
                return Double.POSITIVE_INFINITY;
            }
            stable = Math.abs(v - previous) <= STEP_TOLERANCE * (1 + Math.abs(v)) ? stable + 1 : 0;
            if (stable >= STABLE_STEPS) {
                return v;
            }
            if (j == last && v < previous) {
                throw new IllegalArgumentException("cannot find the limit of " + what
                        + ": still decreasing at step " + j);
            }
            previous = v;
        }
        return Double.POSITIVE_INFINITY;
    }

    private record NumericGenerator(String name, DoubleUnaryOperator f, double atZero,
            double slopeAtInfinity) implements FGenerator {
        @Override
        public double value(double t) {
            return f.applyAsDouble(t);
        }
    }
}
