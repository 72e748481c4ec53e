package org.infobound.engine.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.infobound.num.Rationals;

/**
 * One point of a claim's domain: the shared alphabet's rewards (one per outcome; empty when the
 * claim has no alphabet binders) and a value per binder, in binder order.
 *
 * <p>Immutable. A final class rather than a record (it was a record with the same accessors,
 * equality and hash until 2026-12-07): the search hashes and compares every instance it draws,
 * often the same instance several times (the repeat check, the climbing stage's duplicate
 * draws), so the hash is cached, and the search's own constructors ({@link #ofOwned},
 * {@link #withOwnedRewards}, {@link #with}, {@link #withAt}) take arrays they were handed or share
 * the unchanged parts instead of copying them again. {@link #equals} and {@link #hashCode} are
 * the record's definitions (rewards by {@code Arrays.equals}, inputs by map equality; hash
 * {@code Arrays.hashCode(rewards) * 31 + inputs.hashCode()}); InstanceIdentityTest checks them
 * against those definitions written out.
 */
public final class Instance {

    private final double[] rewards;
    private final Bindings inputs;
    /** The cached hash; 0 = not computed yet (a hash that is 0 is recomputed each time). */
    private int hash;

    /**
     * Copies both, keeping binder order.
     *
     * @param rewards the reward of each outcome of the shared alphabet (taken exactly)
     * @param inputs binder name to value, in binder order
     */
    public Instance(double[] rewards, Map<String, Input> inputs) {
        this(rewards.clone(), Bindings.copyOf(inputs));
    }

    /** Takes both as they are: the caller hands {@code rewards} over (never written again). */
    private Instance(double[] rewards, Bindings inputs) {
        this.rewards = rewards;
        this.inputs = inputs;
    }

    /**
     * The instance with these rewards and the binder values {@code names[i] = values[i]} for
     * {@code i < n}, in that order: the same instance as {@code new Instance(rewards, m)} with
     * {@code m} a {@code LinkedHashMap} filled in that order, without building the map (the
     * search's draws). The arrays are copied.
     *
     * Requires: rewards != null && 0 <= n && n <= names.length && n <= values.length.
     * Throws NullPointerException when a name or value is null.
     */
    public static Instance of(double[] rewards, String[] names, Input[] values, int n) {
        return ofOwned(rewards.clone(), names, values, n);
    }

    /**
     * As {@link #of}, but the arrays are taken, not copied: the caller hands them over and never
     * writes them again (the search's draws, whose arrays are fresh). The names and values are
     * kept as they are when they are exactly the n distinct names and n values (no null);
     * otherwise they are copied as {@link #of} copies them. The same instance as {@link #of}.
     *
     * Requires: rewards != null && 0 <= n && n <= names.length && n <= values.length.
     * Throws NullPointerException when a name or value is null.
     */
    public static Instance ofOwned(double[] rewards, String[] names, Input[] values, int n) {
        java.util.Objects.requireNonNull(rewards, "rewards");
        return new Instance(rewards, Bindings.ofOwned(names, values, n));
    }

    /**
     * This instance's binder values with the rewards {@code rewards}, taken, not copied: the
     * caller hands the array over and never writes it again (a move of the rewards).
     */
    public Instance withOwnedRewards(double[] rewards) {
        return new Instance(java.util.Objects.requireNonNull(rewards, "rewards"), inputs);
    }

    /** A fresh copy of the rewards. */
    public double[] rewards() {
        return rewards.clone();
    }

    /**
     * The instance's own rewards array, NOT a copy: callers only read it (the search's hot path:
     * the compiled route's columns and the admission check, which read the rewards of every
     * instance). Anything that might write must call {@link #rewards()}.
     */
    public double[] rewardsShared() {
        return rewards;
    }

    /** Binder name to value, in binder order (immutable). */
    public Map<String, Input> inputs() {
        return inputs;
    }

    /** Number of outcomes of the shared alphabet. */
    public int alphabetSize() {
        return rewards.length;
    }

    /** The value of a binder, or null. */
    public Input get(String name) {
        return inputs.get(name);
    }

    /** Number of binders (the size of {@link #inputs()}). */
    public int binderCount() {
        return inputs.size();
    }

    /** The name of binder {@code i} in binder order (the i-th key of {@link #inputs()}). */
    public String binderName(int i) {
        return inputs.nameAt(i);
    }

    /** The value of binder {@code i} in binder order (the i-th value of {@link #inputs()}). */
    public Input binderValue(int i) {
        return inputs.valueAt(i);
    }

    /** A copy with one binder's value replaced (the rewards array is shared: both are immutable). */
    public Instance with(String name, Input value) {
        return new Instance(rewards, inputs.with(name, value));
    }

    /**
     * A copy with the value of binder {@code i} (in binder order) replaced: the same instance as
     * {@code with(binderName(i), value)}, without looking the name up.
     */
    public Instance withAt(int i, Input value) {
        return new Instance(rewards, inputs.withAt(i, value));
    }

    /**
     * Binder name to exact text, in binder order, plus {@code rewards} (the shared alphabet's
     * rewards) when the claim has an alphabet.
     */
    public Map<String, String> render() {
        Map<String, String> m = new LinkedHashMap<>();
        inputs.forEach((k, v) -> m.put(k, v.text()));
        if (rewards.length > 0 && !m.containsKey("rewards")) {
            m.put("rewards", Rationals.text(rewards));
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Instance i)) {
            return false;
        }
        // equal instances have equal hashes: two cached, different hashes decide at once
        int h = hash;
        int hi = i.hash;
        if (h != 0 && hi != 0 && h != hi) {
            return false;
        }
        return java.util.Arrays.equals(rewards, i.rewards) && inputs.equals(i.inputs);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = java.util.Arrays.hashCode(rewards) * 31 + inputs.hashCode();
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return render().toString();
    }
}
