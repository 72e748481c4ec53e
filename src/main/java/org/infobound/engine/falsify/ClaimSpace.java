package org.infobound.engine.falsify;

import java.util.List;

/**
 * The domain of a claim as the search sees it: the binders in order and the shared alphabet
 * (outcome count range and reward constraint from the first {@code dist} binder).
 *
 * @param binders the binders, in order
 * @param kMin smallest alphabet size (0 when the claim has no alphabet binders)
 * @param kMax largest alphabet size
 * @param rewards how the alphabet's rewards are drawn
 */
public record ClaimSpace(List<BinderSpec> binders, int kMin, int kMax, RewardSpec rewards) {

    /** Copies; validates the alphabet range. */
    public ClaimSpace {
        binders = List.copyOf(binders);
        if (kMin < 0 || kMin > kMax) {
            throw new IllegalArgumentException("bad alphabet size range " + kMin + ".." + kMax);
        }
    }

    /** Whether the claim has a shared alphabet. */
    public boolean hasAlphabet() {
        return kMax > 0;
    }
}
