package org.infobound.engine.falsify;

import java.util.SplittableRandom;

/**
 * The search's source of randomness: one {@link SplittableRandom} for everything (uniforms,
 * its own normal variates, and gamma variates for Dirichlet vectors). Fully determined by the
 * seed.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    int nextInt(int lo, int hiInclusive) {
        return lo + random.nextInt(hiInclusive - lo + 1);
    }

    long nextLong(long lo, long hiInclusive) {
        if (hiInclusive == Long.MAX_VALUE && lo <= 0) {
            return random.nextLong(lo, Long.MAX_VALUE);
        }
        return random.nextLong(lo, hiInclusive + 1);
    }

    /** A uniform integer in [0, 2^bits). */
    java.math.BigInteger bits(int bits) {
        java.math.BigInteger r = java.math.BigInteger.ZERO;
        int left = bits;
        while (left > 0) {
            int take = Math.min(62, left);
            r = r.shiftLeft(take).or(java.math.BigInteger.valueOf(random.nextLong() >>> (64 - take)));
            left -= take;
        }
        return r;
    }

    /** A uniform integer in [0, n] (n >= 0), by rejection: exact for every size. */
    java.math.BigInteger upTo(java.math.BigInteger n) {
        if (n.bitLength() < 63) {
            return java.math.BigInteger.valueOf(random.nextLong(n.longValueExact() + 1));
        }
        while (true) {
            java.math.BigInteger r = bits(n.bitLength());
            if (r.compareTo(n) <= 0) {
                return r;
            }
        }
    }

    double nextDouble() {
        return random.nextDouble();
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double gaussian() {
        return random.nextGaussian();
    }

    /**
     * A Gamma(shape, 1) variate by Marsaglia and Tsang's squeeze method (ACM TOMS 26(3), 2000),
     * with the U^(1/shape) boost for shape < 1. Written here rather than taken from Hipparchus'
     * {@code RandomDataGenerator.nextGamma}, whose exact integer-power routine was the largest
     * single cost of the search's Dirichlet draws; the method is the same family.
     */
    double gamma(double shape) {
        if (shape < 1) {
            double u = random.nextDouble();
            return gamma(shape + 1) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2 || Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    <T> T pick(java.util.List<T> xs) {
        return xs.get(random.nextInt(xs.size()));
    }
}
