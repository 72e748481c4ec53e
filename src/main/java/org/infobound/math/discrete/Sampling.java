package org.infobound.math.discrete;

import java.util.function.DoubleSupplier;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.random.RandomGenerator;

/**
 * The sampled routes (spec/CHECK.md, "Evaluation routes"): literal simulation with a seeded
 * {@link RandomGenerator}, used to cross-check the exact routes. Best-of-n draws n candidates
 * and keeps the best (uniform tie rule: each tied candidate kept with probability 1/count;
 * index rule: the higher outcome index wins), selected by the verified kernel
 * {@link org.infobound.math.kernel.Selection} (see SampledSelection). A best-of-n draw costs
 * n inverse-CDF draws (O(n log k)), so the sampled route is meant for moderate n; the exact
 * routes scale to n = 1e9.
 */
public final class Sampling {

    private Sampling() {
    }

    /**
     * One best-of-n draw: the kept outcome index, selecting by g (p's rewards for plain BoN).
     *
     * Requires: p != null && g != null && g.length == p.size() && ties != null && rng != null.
     * Requires: n >= 1.
     * Ensures: 0 <= result && result < p.size().
     * Throws only IllegalArgumentException.
     */
    public static int bonDraw(DiscreteLaw p, long n, double[] g, Ties ties, RandomGenerator rng) {
        Checks.nonNull(p, "p");
        Checks.length(g, p.size(), "g");
        Checks.nonNull(ties, "ties");
        Checks.nonNull(rng, "rng");
        Checks.positiveN(n);
        return SampledSelection.draw(new CdfSampler(p.p()), n, SampledSelection.ranks(g, ties), ties,
                rng);
    }

    /**
     * The empirical pmf of m best-of-n draws (ties by the given rule, selection by reward).
     * Counts are kept as integers and divided by m once, so each frequency is within half an ulp
     * of count/m and the pmf sums to 1 within k ulps: {@link DiscreteLaw#categorical} accepts it
     * (summing 1/m m times drifts by about 2e-12 at m = 1e5; SamplingTest).
     *
     * Requires: p != null && ties != null && rng != null && n >= 1 && m >= 1.
     * Ensures: result.length == p.size().
     * Ensures: Math.abs((the sum over i with 0 <= i && i < result.length of result[i]) - 1) <=
     *     1e-12.
     * Throws only IllegalArgumentException.
     */
    public static double[] bonPmf(DiscreteLaw p, long n, Ties ties, int m, RandomGenerator rng) {
        Checks.nonNull(p, "p");
        return bonPmfBy(p, n, p.r(), ties, m, rng);
    }

    /**
     * The empirical pmf of m best-of-n draws selected by g (a proxy reward, catalogue M-A7;
     * {@code g = p's rewards} is {@link #bonPmf}); frequencies as in {@link #bonPmf}.
     *
     * Requires: p != null && g != null && g.length == p.size() && ties != null && rng != null.
     * Requires: n >= 1 && m >= 1.
     * Ensures: result.length == p.size().
     * Ensures: Math.abs((the sum over i with 0 <= i && i < result.length of result[i]) - 1) <=
     *     1e-12.
     * Throws only IllegalArgumentException.
     */
    public static double[] bonPmfBy(DiscreteLaw p, long n, double[] g, Ties ties, int m,
            RandomGenerator rng) {
        Checks.nonNull(p, "p");
        Checks.length(g, p.size(), "g");
        Checks.nonNull(ties, "ties");
        Checks.nonNull(rng, "rng");
        Checks.positiveN(n);
        Checks.positiveN(m);
        CdfSampler sampler = new CdfSampler(p.p());
        int[] rank = SampledSelection.ranks(g, ties);
        long[] counts = new long[p.size()];
        for (int s = 0; s < m; s++) {
            counts[SampledSelection.draw(sampler, n, rank, ties, rng)]++;
        }
        double[] pmf = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            pmf[i] = (double) counts[i] / m;
        }
        return pmf;
    }

    /**
     * The empirical pmf of m draws from p.
     *
     * Requires: p != null && rng != null && m >= 1.
     * Ensures: result.length == p.size().
     * Throws only IllegalArgumentException.
     */
    public static double[] empiricalPmf(DiscreteLaw p, int m, RandomGenerator rng) {
        return bonPmf(p, 1, Ties.INDEX, m, rng);
    }

    /**
     * Monte Carlo mean of m draws with a normal-approximation confidence interval
     * (half width {@code z sd / sqrt(m)}, z the (1+confidence)/2 normal quantile).
     *
     * Requires: draw != null && m >= 2 && 0 < confidence && confidence < 1.
     * Ensures: result.samples() == m.
     * Throws only IllegalArgumentException.
     */
    public static MonteCarloEstimate mean(DoubleSupplier draw, int m, double confidence) {
        Checks.nonNull(draw, "draw");
        if (m < 2 || !(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("need m >= 2 and confidence in (0, 1), got m = " + m
                    + ", confidence = " + confidence);
        }
        double mean = 0.0;
        double m2 = 0.0;
        for (int s = 1; s <= m; s++) {
            double x = draw.getAsDouble();
            double d = x - mean;
            mean += d / s;
            m2 += d * (x - mean);
        }
        double sd = Math.sqrt(m2 / (m - 1));
        double z = new NormalDistribution(0, 1).inverseCumulativeProbability((1 + confidence) / 2);
        return new MonteCarloEstimate(mean, z * sd / Math.sqrt(m), confidence, m);
    }

    /**
     * Sampled mean reward of best-of-n (selection and value both by the reward).
     *
     * Requires: p != null && ties != null && rng != null && n >= 1 && m >= 2.
     * Requires: 0 < confidence && confidence < 1.
     * Throws only IllegalArgumentException.
     */
    public static MonteCarloEstimate bonMeanReward(DiscreteLaw p, long n, Ties ties, int m,
            double confidence, RandomGenerator rng) {
        Checks.nonNull(p, "p");
        Checks.nonNull(ties, "ties");
        Checks.nonNull(rng, "rng");
        Checks.positiveN(n);
        CdfSampler sampler = new CdfSampler(p.p());
        double[] r = p.r();
        int[] rank = SampledSelection.ranks(r, ties);
        return mean(() -> r[SampledSelection.draw(sampler, n, rank, ties, rng)], m, confidence);
    }

    /**
     * Sampled win rate of r ~ p against independent r' ~ q.
     *
     * Requires: p != null && q != null && ties != null && rng != null && m >= 2.
     * Requires: 0 < confidence && confidence < 1.
     * Throws only IllegalArgumentException.
     */
    public static MonteCarloEstimate winrate(DiscreteLaw p, DiscreteLaw q, WinRateTies ties,
            int m, double confidence, RandomGenerator rng) {
        Checks.nonNull(p, "p");
        Checks.nonNull(q, "q");
        Checks.nonNull(ties, "ties");
        Checks.nonNull(rng, "rng");
        CdfSampler sp = new CdfSampler(p.p());
        CdfSampler sq = new CdfSampler(q.p());
        double c = ties == WinRateTies.HALF ? 0.5 : ties == WinRateTies.WEAK ? 1.0 : 0.0;
        return mean(() -> {
            double a = p.r()[sp.draw(rng)];
            double b = q.r()[sq.draw(rng)];
            return a > b ? 1.0 : a == b ? c : 0.0;
        }, m, confidence);
    }
}
