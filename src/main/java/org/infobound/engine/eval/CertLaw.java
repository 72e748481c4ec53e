package org.infobound.engine.eval;

import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Interval;

/**
 * A discrete law in certified mode: an enclosure of each outcome's probability, the exact
 * rational probabilities when they are known, and the outcome rewards. An enclosure
 * {@code [0, 0]} means the outcome certainly has mass 0.
 *
 * <p>Rewards: the doubles {@link #reward} are exact unless the law carries exact rational
 * rewards ({@code empirical} samples such as {@code 0.1}); then {@link #rewardIv} is the
 * outward-rounded enclosure of the exact value and {@link #reward} only its nearest double.
 * Value computations use {@link #rewardIv}; comparisons of rewards use the doubles only when
 * {@link #orderFaithful} (distinct exact rewards have distinct doubles, so the double order and
 * ties are the exact ones), else they are {@link Uncertified}.
 */
final class CertLaw {

    private final Interval[] probs;
    private final BigFraction[] exact;
    private final double[] rewards;
    /** Exact rewards when the doubles are not exact, else null. */
    private final BigFraction[] exactRewards;
    /** Enclosures of log p_i carried by a construction (best-of-n), or null. */
    private Interval[] logProbs;

    CertLaw(Interval[] probs, BigFraction[] exact, double[] rewards) {
        this(probs, exact, rewards, null);
    }

    /** With exact rational rewards ({@code exactRewards}, null when the doubles are exact). */
    CertLaw(Interval[] probs, BigFraction[] exact, double[] rewards, BigFraction[] exactRewards) {
        if (probs.length != rewards.length || exact != null && exact.length != probs.length
                || exactRewards != null && exactRewards.length != probs.length) {
            throw new IllegalArgumentException("probabilities and rewards differ in length");
        }
        this.probs = probs.clone();
        this.exact = exact == null ? null : exact.clone();
        this.rewards = rewards.clone();
        this.exactRewards = exactRewards == null ? null : exactRewards.clone();
    }

    /**
     * An exact law with exact rational rewards (the distinct samples of an empirical file); the
     * double rewards are the nearest doubles, used only where {@link #orderFaithful} allows.
     */
    static CertLaw exactRational(BigFraction[] p, BigFraction[] rewards) {
        Interval[] iv = new Interval[p.length];
        double[] near = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            iv[i] = Interval.of(p[i]);
            near[i] = org.infobound.num.Rationals.toDouble(rewards[i]) + 0.0;
        }
        return new CertLaw(iv, p, near, rewards);
    }

    /** The same outcomes and rewards with other probabilities. */
    CertLaw withProbs(Interval[] newProbs, BigFraction[] newExact) {
        return new CertLaw(newProbs, newExact, rewards, exactRewards);
    }

    /**
     * The same law with enclosures of its log-probabilities (a null entry: not enclosed), for
     * masses below the double range (best-of-n at large n).
     */
    CertLaw withLogProbs(Interval[] logs) {
        CertLaw c = new CertLaw(probs, exact, rewards, exactRewards);
        c.logProbs = logs.clone();
        return c;
    }

    /**
     * An enclosure of {@code log p_i} (p_i > 0), or null: from the exact rational, the carried
     * log-probabilities, or the log of a positive mass enclosure.
     */
    Interval logProb(int i) {
        if (exact != null) {
            return exact[i].signum() > 0 ? Interval.logOf(exact[i]) : null;
        }
        Interval mass = probs[i];
        Interval fromMass = mass.lo() > 0 ? mass.log() : null;
        Interval carried = logProbs == null ? null : logProbs[i];
        if (carried == null) {
            return fromMass;
        }
        if (fromMass == null) {
            return carried;
        }
        if (!fromMass.intersects(carried)) {
            throw new InternalFailure("two enclosures of a log-probability are disjoint: " + fromMass + " and " + carried);
        }
        return fromMass.intersect(carried);
    }

    /** An enclosure of the exact reward of outcome i. */
    Interval rewardIv(int i) {
        return exactRewards == null ? Interval.of(rewards[i]) : Interval.of(exactRewards[i]);
    }

    /**
     * Whether comparing the double rewards gives the exact comparisons (always, unless two
     * different exact rewards round to the same double).
     */
    boolean orderFaithful() {
        if (exactRewards == null) {
            return true;
        }
        for (int i = 0; i < rewards.length; i++) {
            for (int j = i + 1; j < rewards.length; j++) {
                if (rewards[i] == rewards[j] && exactRewards[i].compareTo(exactRewards[j]) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Throws {@link Uncertified} unless {@link #orderFaithful}. */
    CertLaw requireOrderFaithful(String what) {
        if (!orderFaithful()) {
            throw new Uncertified(what + ": two different exact rewards round to the same double");
        }
        return this;
    }

    /** The exact reward of outcome i (the double itself when the doubles are exact). */
    BigFraction exactReward(int i) {
        return exactRewards == null ? new BigFraction(rewards[i]) : exactRewards[i];
    }

    /** Whether the double rewards are the exact rewards. */
    boolean rewardsAreDoubles() {
        return exactRewards == null;
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

    /**
     * The probability enclosures, each intersected with {@code [0, inf)} (true probabilities are
     * non-negative, so this is sound and gives math's certified routines valid masses).
     */
    Interval[] probs() {
        Interval[] out = new Interval[probs.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Iv.clamp(probs[i], 0, Double.POSITIVE_INFINITY);
        }
        return out;
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

    /** Same alphabet: same number of outcomes and the same (exact) rewards. */
    void requireComparable(CertLaw q) {
        if (q.size() != size() || !java.util.Arrays.equals(q.rewards, rewards)
                || (exactRewards != null || q.exactRewards != null) && !sameExactRewards(q)) {
            throw new EvalFailure("the two laws are not on the same alphabet");
        }
    }

    private boolean sameExactRewards(CertLaw q) {
        for (int i = 0; i < size(); i++) {
            if (exactReward(i).compareTo(q.exactReward(i)) != 0) {
                return false;
            }
        }
        return true;
    }
}
