package org.infobound.engine.eval;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.Sampling;
import org.infobound.math.discrete.Ties;

/**
 * The sampled route (spec/CHECK.md, "Evaluation routes": every value has two independent routes): as the
 * float route, except that best-of-n of a discrete law is simulated: draw n candidates, keep the
 * best with the tie rule, m times, and use the empirical law of the winners. Seeded, so
 * reproducible. Laws on the line keep their exact order-statistic law.
 */
final class SampledBackend extends FloatBackend {

    private final RandomGenerator rng;
    private final int samples;

    SampledBackend(long seed, int samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be >= 1");
        }
        this.rng = new Well19937c(seed);
        this.samples = samples;
    }

    @Override
    public DiscreteLaw bon(DiscreteLaw p, long n, Ties ties) {
        return DiscreteLaw.categorical(Sampling.bonPmf(p, n, ties, samples, rng), p.rewards());
    }

    @Override
    public DiscreteLaw bonBy(DiscreteLaw p, long n, double[] g, Ties ties) {
        return DiscreteLaw.categorical(Sampling.bonPmfBy(p, n, g, ties, samples, rng), p.rewards());
    }
}
