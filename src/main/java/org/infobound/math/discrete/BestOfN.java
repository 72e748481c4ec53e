package org.infobound.math.discrete;

/**
 * Best-of-n on a discrete law: draw n i.i.d. candidates from p, return the one with the highest
 * reward (catalogue M-Def3, M-Def5, B-L).
 *
 * <p>With F(r) = P(reward <= r) and F(r-) = P(reward < r):
 * <ul>
 * <li>{@link Ties#UNIFORM}: {@code bon(y) = p(y) [F(r)^n - F(r-)^n] / [F(r) - F(r-)]} at
 * r = r(y) (M-Def5, general case);</li>
 * <li>{@link Ties#INDEX}: outcomes ordered by (reward, index), {@code G_i} the cumulative mass,
 * {@code bon(i) = G_i^n - G_{i-1}^n} (ties go to the higher index).</li>
 * </ul>
 * Every difference of powers is computed as {@code F^n * (-expm1(n * log1p(-m/F)))} (catalogue
 * 5.5), valid for n up to {@code Long.MAX_VALUE} (n enters as a double) and masses down to the
 * smallest normal double; masses below about 1e-308 underflow to 0. One radix sort of the
 * rewards (skipped when they are already non-decreasing), no per-outcome objects.
 *
 * <p><b>Float route only: a search hint, never a verdict.</b> The result is a law in doubles,
 * used by the engine's float route (the falsifier's fast search) and benchmarks. Every verdict on
 * a best-of-n law rests on the one certified implementation, engine/eval CertBon (exact rational
 * pmf, or certified enclosures for any n), which the tests check against this scan.
 * Tests: BestOfNTest (catalogue F1, F9, B-Ex, B-T3.6).
 */
public final class BestOfN {

    private BestOfN() {
    }

    /**
     * The best-of-n law on the same alphabet (rewards kept).
     *
     * Requires: p != null && ties != null && n >= 1.
     * Ensures: result.size() == p.size().
     * Throws IllegalArgumentException when p == null || ties == null || n < 1.
     */
    public static DiscreteLaw bon(DiscreteLaw p, long n, Ties ties) {
        Checks.nonNull(p, "p");
        return bonBy(p, n, p.r(), ties);
    }

    /**
     * Best-of-n selecting by g (for example a proxy reward) instead of the reward; the returned
     * law keeps p's rewards (for example the golden reward), catalogue M-Def9.
     *
     * Requires: p != null && g != null && ties != null && n >= 1.
     * Requires: g.length == p.size().
     * Requires: (for every i with 0 <= i && i < g.length, !Double.isNaN(g[i])).
     * Ensures: result.size() == p.size().
     * Throws only IllegalArgumentException.
     */
    public static DiscreteLaw bonBy(DiscreteLaw p, long n, double[] g, Ties ties) {
        Checks.nonNull(p, "p");
        Checks.nonNull(ties, "ties");
        Checks.positiveN(n);
        Checks.length(g, p.size(), "g");
        for (int i = 0; i < g.length; i++) {
            if (Double.isNaN(g[i])) {
                throw new IllegalArgumentException("selection score " + i + " is NaN");
            }
        }
        if (n == 1) {
            return p;
        }
        return DiscreteLaw.of(pmf(p.p(), n, g, ties), p.r(), null);
    }

    /** The best-of-n pmf (outcome order) of probabilities p selected by g, n >= 2: the arrays of {@link #bonBy}. */
    private static double[] pmf(double[] p, long n, double[] g, Ties ties) {
        RewardOrder order = RewardOrder.of(g, p);
        double[] sorted = new double[p.length];
        BonScan.scan(order.probs, ties == Ties.INDEX ? null : order.keys, n, sorted);
        double[] out = order.perm == null ? sorted : new double[sorted.length];
        if (order.perm != null) {
            for (int j = 0; j < sorted.length; j++) {
                out[order.perm[j]] = sorted[j];
            }
        }
        return out;
    }

    /**
     * {@code KL(bon(P, n) || P)} in floating point for {@code P = DiscreteLaw.categorical(probs,
     * rewards)} with the default ties: the double that
     * {@code Divergences.kl(bon(P, n, Ties.UNIFORM), P)} returns, to the last bit, by the same code
     * on the same arrays without building the laws (the search's compiled float route; the
     * interpreter builds the laws). Throws IllegalArgumentException exactly when
     * {@code categorical} or {@code bon} would. BestOfNFusedTest checks the bit identity on
     * random laws.
     *
     * Requires: probs != null && rewards != null && n >= 1.
     * Throws only IllegalArgumentException.
     */
    public static double klOfBonCategorical(double[] probs, double[] rewards, long n) {
        // categorical's checks; its probabilities are a copy of probs, never modified, so probs
        // stands for them; the rewards are the law's (-0.0 made 0.0)
        double[] r = DiscreteLaw.checkedCategorical(probs, rewards);
        Checks.positiveN(n);
        double[] b = n == 1 ? probs : pmf(probs, n, r, Ties.UNIFORM);
        return Divergences.klArrays(b, probs);
    }

    /** The law of the maximum reward of n draws: on the distinct reward levels (sorted), mass
     * {@code F(r)^n - F(r-)^n}. */
    /**
     * Requires: p != null && n >= 1.
     * Ensures: result.size() == p.rewardLaw().size().
     * Throws IllegalArgumentException when p == null || n < 1.
     */
    public static DiscreteLaw maxRewardLaw(DiscreteLaw p, long n) {
        Checks.nonNull(p, "p");
        Checks.positiveN(n);
        DiscreteLaw levels = p.rewardLaw();
        if (n == 1) {
            return levels;
        }
        return bon(levels, n, Ties.INDEX);
    }

    /**
     * {@code KL(bon(p, n, ties) || p)} in nats, fused (the law is never materialised):
     * {@code sum_groups w log(w/m)} in the non-negative form {@code sum [w log(w/m) - w + m]}
     * plus {@code 1 - sum p}. Agrees with {@code Divergences.kl(bon(p, n, ties), p)} (tested).
     *
     * Requires: p != null && ties != null && n >= 1.
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when p == null || ties == null || n < 1.
     */
    public static double klToReference(DiscreteLaw p, long n, Ties ties) {
        Checks.nonNull(p, "p");
        Checks.nonNull(ties, "ties");
        Checks.positiveN(n);
        if (n == 1) {
            return 0.0;
        }
        RewardOrder order = RewardOrder.of(p.r(), p.p());
        double kl = BonScan.scan(order.probs, ties == Ties.INDEX ? null : order.keys, n, null);
        // only 1 - sum p (at most the validation tolerance) can make the sum negative
        return Math.max(0.0, kl);
    }

    /**
     * {@code KL(bon(p, n, UNIFORM) || p)}, the M-Def3 default tie rule.
     *
     * Requires: p != null && n >= 1.
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when p == null || n < 1.
     */
    public static double klToReference(DiscreteLaw p, long n) {
        return klToReference(p, n, Ties.UNIFORM);
    }
}
