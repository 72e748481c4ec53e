package org.infobound.engine.falsify;

import java.util.SplittableRandom;
import org.hipparchus.random.RandomDataGenerator;

/**
 * The search's source of randomness: a {@link SplittableRandom} for everything, and a Hipparchus
 * {@link RandomDataGenerator} seeded from it for gamma variates (Dirichlet vectors). Fully
 * determined by the seed.
 */
final class Rng {

    private final SplittableRandom random;
    private RandomDataGenerator data;

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
        return data().nextNormal(0, 1);
    }

    double gamma(double shape) {
        return data().nextGamma(shape, 1.0);
    }

    <T> T pick(java.util.List<T> xs) {
        return xs.get(random.nextInt(xs.size()));
    }

    private RandomDataGenerator data() {
        if (data == null) {
            data = new RandomDataGenerator(random.nextLong());
        }
        return data;
    }
}
