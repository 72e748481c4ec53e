package org.infobound.engine.eval;

import java.util.function.DoubleSupplier;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.RandomGenerator;
import org.infobound.math.discrete.CdfSampler;
import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.Sampling;
import org.infobound.math.discrete.Ties;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.math.line.FamilyLaw;

/**
 * Literal simulations of derived laws for the cross-check, independent of the exact formulas:
 * best-of-n draws n candidates and keeps the best with the tie rule
 * ({@link Sampling#bonPmfBy}), a mixture flips the coin, a kernel image draws the input then its
 * row, a win rate draws pairs, best-of-n on the line keeps the max of n draws of the base
 * (any base with a sampler, including best-of-n and mixtures), a mixture on the line flips the coin.
 */
final class Simulations {

    private Simulations() {
    }

    /** Outcome counts of m best-of-n draws selected by g with the tie rule. */
    static long[] bon(DiscreteLaw p, long n, double[] g, Ties ties, int m, RandomGenerator rng) {
        return counts(Sampling.bonPmfBy(p, n, g, ties, m, rng), m);
    }

    /** Outcome counts of m draws of {@code (1 - w) p + w q}: a w-coin picks q, else p. */
    static long[] mix(DiscreteLaw p, DiscreteLaw q, double w, int m, RandomGenerator rng) {
        CdfSampler sp = new CdfSampler(p.probabilities());
        CdfSampler sq = new CdfSampler(q.probabilities());
        long[] c = new long[p.size()];
        for (int s = 0; s < m; s++) {
            c[rng.nextDouble() < w ? sq.draw(rng) : sp.draw(rng)]++;
        }
        return c;
    }

    /** Output counts of m draws of pK: an input i ~ p, then an output from row i. */
    static long[] kernel(double[][] rows, DiscreteLaw p, int m, RandomGenerator rng) {
        CdfSampler sp = new CdfSampler(p.probabilities());
        CdfSampler[] sr = new CdfSampler[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sr[i] = new CdfSampler(rows[i]);
        }
        long[] c = new long[rows[0].length];
        for (int s = 0; s < m; s++) {
            c[sr[sp.draw(rng)].draw(rng)]++;
        }
        return c;
    }

    /** Mean of m simulated pair outcomes (1 win, c tie, 0 loss) of r ~ p against r' ~ q. */
    static double winrate(DiscreteLaw p, DiscreteLaw q, WinRateTies ties, int m, RandomGenerator rng) {
        return Sampling.winrate(p, q, ties, m, 0.5, rng).estimate();
    }

    /**
     * m draws of the max of n independent draws of a family law. Normal, exponential, beta and
     * gamma draw with Hipparchus' {@link RandomDataGenerator}, which is fast (their quantiles
     * are solver-based, about 4 microseconds a draw for beta and gamma) and does not use the
     * law's cdf or quantile at all; the other families draw by their closed-form quantile.
     */
    static double[] lineMax(FamilyLaw base, long n, int m, RandomGenerator rng) {
        RandomDataGenerator data = RandomDataGenerator.of(rng);
        DoubleSupplier one = switch (base.family()) {
            case NORMAL -> () -> data.nextNormal(base.param(0), base.param(1));
            case EXPONENTIAL -> () -> data.nextExponential(1.0 / base.param(0));
            case BETA -> () -> data.nextBeta(base.param(0), base.param(1));
            case GAMMA -> () -> data.nextGamma(base.param(0), base.param(1));
            default -> () -> base.sample(rng);
        };
        double[] x = new double[m];
        for (int s = 0; s < m; s++) {
            double best = Double.NEGATIVE_INFINITY;
            for (long j = 0; j < n; j++) {
                best = Math.max(best, one.getAsDouble());
            }
            x[s] = best;
        }
        return x;
    }

    /**
     * A literal sampler of a law on the line, or null: a family law draws as in
     * {@link #lineMax}; best-of-n of a supported law keeps the max of n draws of its base; a
     * mixture flips a w-coin and draws the chosen component. A tilt (and anything else) has no
     * literal sampler here (rejection needs a bounded {@code exp(x/beta)}, and importance
     * resampling is biased at finite size, which the 1e-9-level comparison would flag): null.
     */
    static DoubleSupplier sampler(org.infobound.math.line.LineLaw law, RandomGenerator rng) {
        if (law instanceof FamilyLaw f) {
            RandomDataGenerator data = RandomDataGenerator.of(rng);
            return switch (f.family()) {
                case NORMAL -> () -> data.nextNormal(f.param(0), f.param(1));
                case EXPONENTIAL -> () -> data.nextExponential(1.0 / f.param(0));
                case BETA -> () -> data.nextBeta(f.param(0), f.param(1));
                case GAMMA -> () -> data.nextGamma(f.param(0), f.param(1));
                default -> () -> f.sample(rng);
            };
        }
        if (law instanceof org.infobound.math.line.MaxLaw m && m.n() == Math.rint(m.n()) && m.n() >= 1) {
            DoubleSupplier base = sampler(m.base(), rng);
            long n = (long) m.n();
            return base == null ? null : () -> {
                double best = Double.NEGATIVE_INFINITY;
                for (long j = 0; j < n; j++) {
                    best = Math.max(best, base.getAsDouble());
                }
                return best;
            };
        }
        if (law instanceof org.infobound.math.line.MixtureLaw m) {
            DoubleSupplier a = sampler(m.first(), rng);
            DoubleSupplier b = sampler(m.second(), rng);
            double w = m.weight();
            return a == null || b == null ? null : () -> rng.nextDouble() < w ? b.getAsDouble() : a.getAsDouble();
        }
        return null;
    }

    /** Base draws per draw of {@link #sampler} (n for best-of-n, nested), or -1 without a sampler. */
    static double cost(org.infobound.math.line.LineLaw law) {
        if (law instanceof FamilyLaw) {
            return 1;
        }
        if (law instanceof org.infobound.math.line.MaxLaw m) {
            double c = cost(m.base());
            return c < 0 ? -1 : c * m.n();
        }
        if (law instanceof org.infobound.math.line.MixtureLaw m) {
            double a = cost(m.first());
            double b = cost(m.second());
            return a < 0 || b < 0 ? -1 : Math.max(a, b) + 1;
        }
        return -1;
    }

    /** m draws of {@link #sampler}. */
    static double[] lineDraws(DoubleSupplier one, int m) {
        double[] x = new double[m];
        for (int s = 0; s < m; s++) {
            x[s] = one.getAsDouble();
        }
        return x;
    }

    private static long[] counts(double[] freq, int m) {
        long[] c = new long[freq.length];
        for (int i = 0; i < c.length; i++) {
            // Sampling divides integer counts by m once, so this recovers them exactly
            c[i] = Math.round(freq[i] * m);
        }
        return c;
    }
}
