package org.infobound.engine.falsify;

import java.util.List;

/**
 * How the rewards of the shared alphabet are drawn (the options of the first {@code dist} binder,
 * claims-language.md section 3).
 *
 * @param kind the constraint
 * @param lo lower end for {@link RewardKind#INTERVAL}
 * @param hi upper end for {@link RewardKind#INTERVAL}
 * @param values allowed values for {@link RewardKind#SET}
 */
public record RewardSpec(RewardKind kind, double lo, double hi, List<Double> values) {

    /** The constraint on rewards. */
    public enum RewardKind {
        /** Any real rewards, ties included, scales from tiny to large. */
        FREE,
        /** Rewards in [lo, hi], ties included. */
        INTERVAL,
        /** Rewards from a finite set, e.g. {0, 1}. */
        SET,
        /** Pairwise distinct rewards (injective reward). */
        DISTINCT
    }

    /** Copies the value list. */
    public RewardSpec {
        values = List.copyOf(values);
        if (kind == RewardKind.INTERVAL && !(lo <= hi)) {
            throw new IllegalArgumentException("reward range [" + lo + ", " + hi + "] is empty");
        }
        if (kind == RewardKind.SET && values.isEmpty()) {
            throw new IllegalArgumentException("reward set is empty");
        }
    }

    /** Unconstrained rewards. */
    public static RewardSpec free() {
        return new RewardSpec(RewardKind.FREE, 0, 0, List.of());
    }

    /** Rewards in [lo, hi]. */
    public static RewardSpec interval(double lo, double hi) {
        return new RewardSpec(RewardKind.INTERVAL, lo, hi, List.of());
    }

    /** Rewards from a finite set. */
    public static RewardSpec set(List<Double> values) {
        return new RewardSpec(RewardKind.SET, 0, 0, values);
    }

    /** Distinct rewards. */
    public static RewardSpec distinct() {
        return new RewardSpec(RewardKind.DISTINCT, 0, 0, List.of());
    }

    /** Whether the rewards satisfy this constraint. */
    public boolean admits(double[] rewards) {
        for (int i = 0; i < rewards.length; i++) {
            double r = rewards[i];
            if (!Double.isFinite(r)) {
                return false;
            }
            if (kind == RewardKind.INTERVAL && (r < lo || r > hi)) {
                return false;
            }
            if (kind == RewardKind.SET && !values.contains(r)) {
                return false;
            }
            if (kind == RewardKind.DISTINCT) {
                for (int j = 0; j < i; j++) {
                    if (rewards[j] == r) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
