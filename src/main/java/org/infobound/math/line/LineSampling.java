package org.infobound.math.line;

import java.util.function.DoubleSupplier;
import org.hipparchus.random.RandomGenerator;

/**
 * The sampled route (spec/CHECK.md, "Evaluation routes"): best-of-n by drawing n candidates and keeping the
 * best, Monte Carlo means and win rates with normal-approximation confidence intervals. Seeded
 * through the caller's {@link RandomGenerator} (e.g. {@code new Well19937c(seed)}), so runs
 * are reproducible.
 */
public final class LineSampling {

    private LineSampling() {
    }

    /**
     * Requires: law != null && n >= 1 && rng != null.
     * Throws IllegalArgumentException when law == null || n < 1 || rng == null.
     */
    /** One best-of-n draw: the max of n i.i.d. draws from {@code law}. */
    public static double sampleBestOfN(LineLaw law, int n, RandomGenerator rng) {
        Checks.notNull("law", law);
        Checks.notNull("rng", rng);
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            best = Math.max(best, law.sample(rng));
        }
        return best;
    }

    /**
     * Requires: draw != null && samples >= 2 && 0 < confidence && confidence < 1.
     * Throws IllegalArgumentException when draw == null || samples < 2 || !(0 < confidence &&
     *     confidence < 1).
     */
    /** The mean of {@code samples} draws with a two-sided confidence interval. */
    public static MonteCarloEstimate monteCarloMean(DoubleSupplier draw, long samples, double confidence) {
        Checks.notNull("draw", draw);
        if (samples < 2) {
            throw new IllegalArgumentException("samples must be >= 2, got " + samples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        double mean = 0;
        double m2 = 0;
        for (long i = 1; i <= samples; i++) {
            double x = draw.getAsDouble();
            double d = x - mean;
            mean += d / i;
            m2 += d * (x - mean);
        }
        double sd = Math.sqrt(m2 / (samples - 1));
        double z = LineFamily.NORMAL.of(0, 1).quantile(0.5 + confidence / 2);
        return new MonteCarloEstimate(mean, z * sd / Math.sqrt(samples), confidence, samples);
    }

    /**
     * Requires: p != null && q != null && rng != null && samples >= 2.
     */
    /** Sampled win rate {@code P(X > Y) + P(X = Y)/2}, X ~ p, Y ~ q independent. */
    public static MonteCarloEstimate winRate(LineLaw p, LineLaw q, long samples, double confidence,
            RandomGenerator rng) {
        Checks.notNull("first law", p);
        Checks.notNull("second law", q);
        Checks.notNull("rng", rng);
        return monteCarloMean(() -> {
            double x = p.sample(rng);
            double y = q.sample(rng);
            return x > y ? 1.0 : x == y ? 0.5 : 0.0;
        }, samples, confidence);
    }

    /**
     * Requires: law != null && n >= 1 && rng != null && samples >= 2.
     */
    /** Sampled mean of the best-of-n reward (draw n, keep the max), with a confidence interval. */
    public static MonteCarloEstimate bestOfNMean(LineLaw law, int n, long samples, double confidence,
            RandomGenerator rng) {
        Checks.notNull("law", law);
        Checks.notNull("rng", rng);
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
        return monteCarloMean(() -> sampleBestOfN(law, n, rng), samples, confidence);
    }
}
