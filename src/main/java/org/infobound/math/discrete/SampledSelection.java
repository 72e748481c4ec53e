package org.infobound.math.discrete;

import org.hipparchus.random.RandomGenerator;
import org.infobound.math.kernel.Selection;

/**
 * One simulated best-of-n draw through the verified selection kernel
 * ({@link org.infobound.math.kernel.Selection}, contracts proved by KeY, proofs/README.md).
 * Selection keys become integer ranks (equal keys share a rank under {@link Ties#UNIFORM}; under
 * {@link Ties#INDEX} outcomes are ranked by (key, index), so the highest outcome index wins a
 * tie). Candidates are drawn in blocks; in a block the winner is the first maximal rank
 * ({@code firstMaxIndex}: every rank is at most the winner's) or, for uniform ties, the
 * {@code k}-th of the {@code countMax} tied maxima with k uniform ({@code kthMaxIndex}); blocks
 * are combined as a weighted reservoir (the block's maxima replace the kept candidate with
 * probability {@code c / (tied so far + c)}), so each tied candidate of all n is kept with
 * probability 1/count.
 */
final class SampledSelection {

    /** Candidates per block (bounds the memory of a draw for huge n). */
    private static final int BLOCK = 1024;

    private SampledSelection() {
    }

    /** Integer ranks of the selection keys g (see the class comment). */
    static int[] ranks(double[] g, Ties ties) {
        RewardOrder order = RewardOrder.of(g, new double[g.length]);
        int[] rank = new int[g.length];
        int level = 0;
        for (int j = 0; j < g.length; j++) {
            if (j > 0 && (ties == Ties.INDEX || order.keys[j] != order.keys[j - 1])) {
                level++;
            }
            rank[order.at(j)] = level;
        }
        return rank;
    }

    /** The kept outcome of n candidates drawn from the sampler, selected by rank. */
    static int draw(CdfSampler sampler, long n, int[] rank, Ties ties, RandomGenerator rng) {
        int best = -1;
        int bestRank = Integer.MIN_VALUE;
        long tied = 0;
        int[] outcome = new int[(int) Math.min(n, BLOCK)];
        int[] a = new int[outcome.length];
        for (long left = n; left > 0; left -= a.length) {
            if (left < a.length) {
                a = new int[(int) left];
            }
            for (int s = 0; s < a.length; s++) {
                outcome[s] = sampler.draw(rng);
                a[s] = rank[outcome[s]];
            }
            int top = Selection.firstMaxIndex(a);
            if (a[top] < bestRank) {
                continue;
            }
            if (ties == Ties.INDEX) {
                best = outcome[top];
                bestRank = a[top];
                continue;
            }
            if (a[top] > bestRank) {
                bestRank = a[top];
                tied = 0;
            }
            int c = Selection.countMax(a);
            tied += c;
            if (rng.nextDouble() * tied < c) {
                best = outcome[Selection.kthMaxIndex(a, rng.nextInt(c))];
            }
        }
        return best;
    }
}
