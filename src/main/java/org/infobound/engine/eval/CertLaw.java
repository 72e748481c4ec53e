package org.infobound.engine.eval;

import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Interval;

/**
 * A discrete law in certified mode: an enclosure of each outcome's probability, the exact
 * rational probabilities when they are known, and the outcome rewards (taken exactly). An
 * enclosure {@code [0, 0]} means the outcome certainly has mass 0.
 */
final class CertLaw {

    private final Interval[] probs;
    private final BigFraction[] exact;
    private final double[] rewards;

    CertLaw(Interval[] probs, BigFraction[] exact, double[] rewards) {
        if (probs.length != rewards.length || exact != null && exact.length != probs.length) {
            throw new IllegalArgumentException("probabilities and rewards differ in length");
        }
        this.probs = probs.clone();
        this.exact = exact == null ? null : exact.clone();
        this.rewards = rewards.clone();
    }

    static CertLaw exact(BigFraction[] p, double[] rewards) {
        Interval[] iv = new Interval[p.length];
        for (int i = 0; i < p.length; i++) {
            iv[i] = Interval.of(p[i]);
        }
        return new CertLaw(iv, p, rewards);
    }

    int size() {
        return probs.length;
    }

    Interval prob(int i) {
        return probs[i];
    }

    /** The exact probability, or null when only an enclosure is known. */
    BigFraction exactProb(int i) {
        return exact == null ? null : exact[i];
    }

    boolean isExact() {
        return exact != null;
    }

    double reward(int i) {
        return rewards[i];
    }

    double[] rewards() {
        return rewards.clone();
    }

    boolean isNull(int i) {
        return probs[i].lo() == 0 && probs[i].hi() == 0;
    }

    boolean maybePositive(int i) {
        return probs[i].hi() > 0;
    }

    /** Same alphabet: same number of outcomes and the same rewards. */
    void requireComparable(CertLaw q) {
        if (q.size() != size() || !java.util.Arrays.equals(q.rewards, rewards)) {
            throw new EvalFailure("the two laws are not on the same alphabet");
        }
    }
}
