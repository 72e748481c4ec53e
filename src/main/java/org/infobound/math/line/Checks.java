package org.infobound.math.line;

import org.hipparchus.random.RandomGenerator;

/** Guards and small helpers shared by the package (not API). */
final class Checks {

    private Checks() {
    }

    static void probability(String name, double u) {
        if (!(u >= 0.0 && u <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + u);
        }
    }

    static void bonN(double n) {
        if (!(n >= 1.0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("n must be a finite real >= 1, got " + n);
        }
    }

    static void alpha(double alpha) {
        if (!(alpha >= 0.0)) {
            throw new IllegalArgumentException("Renyi order alpha must be in [0, inf], got " + alpha);
        }
    }

    static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** A uniform draw in the open interval (0, 1). */
    static double openUniform(RandomGenerator rng) {
        double u = rng.nextDouble();
        while (u <= 0.0) {
            u = rng.nextDouble();
        }
        return u;
    }
}
