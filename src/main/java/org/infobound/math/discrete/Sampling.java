package org.infobound.math.discrete;

import java.util.function.DoubleSupplier;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.random.RandomGenerator;

/**
 * The sampled routes (ARCHITECTURE rule 2): literal simulation with a seeded
 * {@link RandomGenerator}, used to cross-check the exact routes. Best-of-n draws n candidates
 * and keeps the best (uniform tie rule: each tied candidate kept with probability 1/count,
 * reservoir style; index rule: the higher index wins). A best-of-n draw costs n inverse-CDF
 * draws (O(n log k)), so the sampled route is meant for moderate n; the exact routes scale to
 * n = 1e9.
 */
public final class Sampling {

    private Sampling() {
    }

    /** One best-of-n draw: the kept outcome index, selecting by g (p's rewards for plain BoN). */
    /*@ requires p != null && g != null && g.length == p.size() && ties != null && rng != null;
      @ requires n >= 1;
      @ ensures 0 <= \result && \result < p.size();
      @ signals_only IllegalArgumentException;
      @*/
    public static int bonDraw(DiscreteLaw p, long n, double[] g, Ties ties, RandomGenerator rng) {
        Checks.nonNull(p, "p");
        Checks.length(g, p.size(), "g");
        Checks.nonNull(ties, "ties");
        Checks.nonNull(rng, "rng");
        Checks.positiveN(n);
        return bonDraw(new CdfSampler(p.p()), n, g, ties, rng);
    }

    /** The empirical pmf of m best-of-n draws (ties by the given rule, selection by reward). */
    /*@ requires p != null && ties != null && rng != null && n >= 1 && m >= 1;
      @ ensures \result.length == p.size();
      @ signals_only IllegalArgumentException;
      @*/
    public static double[] bonPmf(DiscreteLaw p, long n, Ties ties, int m, RandomGenerator rng) {
        Checks.nonNull(p, "p");
        Checks.nonNull(ties, "ties");
        Checks.nonNull(rng, "rng");
        Checks.positiveN(n);
        Checks.positiveN(m);
        CdfSampler sampler = new CdfSampler(p.p());
        double[] counts = new double[p.size()];
        for (int s = 0; s < m; s++) {
            counts[bonDraw(sampler, n, p.r(), ties, rng)] += 1.0 / m;
        }
        return counts;
    }

    /** The empirical pmf of m draws from p. */
    /*@ requires p != null && rng != null && m >= 1;
      @ ensures \result.length == p.size();
      @ signals_only IllegalArgumentException;
      @*/
    public static double[] empiricalPmf(DiscreteLaw p, int m, RandomGenerator rng) {
        return bonPmf(p, 1, Ties.INDEX, m, rng);
    }

    /**
     * Monte Carlo mean of m draws with a normal-approximation confidence interval
     * (half width {@code z sd / sqrt(m)}, z the (1+confidence)/2 normal quantile).
     */
    /*@ requires draw != null && m >= 2 && 0 < confidence && confidence < 1;
      @ ensures \result.samples() == m;
      @ signals_only IllegalArgumentException;
      @*/
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

    /** Sampled mean reward of best-of-n (selection and value both by the reward). */
    /*@ requires p != null && ties != null && rng != null && n >= 1 && m >= 2;
      @ requires 0 < confidence && confidence < 1;
      @ signals_only IllegalArgumentException;
      @*/
    public static MonteCarloEstimate bonMeanReward(DiscreteLaw p, long n, Ties ties, int m,
            double confidence, RandomGenerator rng) {
        Checks.nonNull(p, "p");
        Checks.nonNull(ties, "ties");
        Checks.nonNull(rng, "rng");
        Checks.positiveN(n);
        CdfSampler sampler = new CdfSampler(p.p());
        double[] r = p.r();
        return mean(() -> r[bonDraw(sampler, n, r, ties, rng)], m, confidence);
    }

    /** Sampled win rate of r ~ p against independent r' ~ q. */
    /*@ requires p != null && q != null && ties != null && rng != null && m >= 2;
      @ requires 0 < confidence && confidence < 1;
      @ signals_only IllegalArgumentException;
      @*/
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

    static int bonDraw(CdfSampler sampler, long n, double[] g, Ties ties, RandomGenerator rng) {
        int best = sampler.draw(rng);
        long tied = 1;
        for (long s = 1; s < n; s++) {
            int y = sampler.draw(rng);
            if (g[y] > g[best]) {
                best = y;
                tied = 1;
            } else if (g[y] == g[best]) {
                if (ties == Ties.INDEX) {
                    best = Math.max(best, y);
                } else if (rng.nextDouble() * ++tied < 1.0) {
                    best = y;
                }
            }
        }
        return best;
    }
}
