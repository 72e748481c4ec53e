package org.infobound.engine.prove;

import org.hipparchus.fraction.BigFraction;

/**
 * A discrete law with exact rational masses and rewards (closed claims such as the binary
 * counterexample), for certified evaluation.
 *
 * @param probs   the masses, summing to 1
 * @param rewards the rewards, one per outcome
 */
record ExactLaw(BigFraction[] probs, BigFraction[] rewards) {

    /**
     * Best-of-n with uniform tie-breaking (catalogue M-Def5): the reward level with masses
     * F- below and F at or below receives {@code F^n - F-^n}, split in proportion to p within
     * the level. Exact rational arithmetic, so no cancellation issue arises.
     */
    ExactLaw bon(int n) {
        int k = probs.length;
        BigFraction[] out = new BigFraction[k];
        for (int i = 0; i < k; i++) {
            BigFraction below = BigFraction.ZERO;
            BigFraction level = BigFraction.ZERO;
            for (int j = 0; j < k; j++) {
                int c = rewards[j].compareTo(rewards[i]);
                if (c < 0) {
                    below = below.add(probs[j]);
                } else if (c == 0) {
                    level = level.add(probs[j]);
                }
            }
            if (probs[i].equals(BigFraction.ZERO)) {
                out[i] = BigFraction.ZERO;
            } else {
                BigFraction mass = below.add(level).pow(n).subtract(below.pow(n));
                out[i] = mass.multiply(probs[i]).divide(level);
            }
        }
        return new ExactLaw(out, rewards);
    }

    boolean sameAlphabet(ExactLaw o) {
        return java.util.Arrays.equals(rewards, o.rewards);
    }
}
