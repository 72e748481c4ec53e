package org.infobound.lang.ast;

import org.infobound.lang.source.Span;

/** Reward options of {@code dist(...)}. */
public sealed interface DistOption extends Node {

    /** {@code rewards in [lo, hi]} (any interval form). */
    record RewardsInInterval(Span span, Domain.RealInterval range) implements DistOption {
    }

    /** {@code rewards in {0, 1}}. */
    record RewardsInSet(Span span, Domain.FiniteSet values) implements DistOption {
    }

    /** {@code distinct rewards}: no two outcomes share a reward. */
    record DistinctRewards(Span span) implements DistOption {
    }
}
