package org.infobound.engine.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import org.infobound.num.Rationals;

/**
 * One point of a claim's domain: the shared alphabet's rewards (one per outcome; empty when the
 * claim has no alphabet binders) and a value per binder, in binder order.
 *
 * @param rewards the reward of each outcome of the shared alphabet (taken exactly)
 * @param inputs binder name to value, in binder order
 */
public record Instance(double[] rewards, Map<String, Input> inputs) {

    /** Copies both, keeping binder order. */
    public Instance {
        rewards = rewards.clone();
        inputs = Bindings.copyOf(inputs);
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
        return new Instance(rewards, Bindings.of(names, values, n));
    }

    @Override
    public double[] rewards() {
        return rewards.clone();
    }

    /** Number of outcomes of the shared alphabet. */
    public int alphabetSize() {
        return rewards.length;
    }

    /** The value of a binder, or null. */
    public Input get(String name) {
        return inputs.get(name);
    }

    /** A copy with one binder's value replaced. */
    public Instance with(String name, Input value) {
        return new Instance(rewards, ((Bindings) inputs).with(name, value));
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
        return o instanceof Instance i && java.util.Arrays.equals(rewards, i.rewards) && inputs.equals(i.inputs);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(rewards) * 31 + inputs.hashCode();
    }

    @Override
    public String toString() {
        return render().toString();
    }
}
