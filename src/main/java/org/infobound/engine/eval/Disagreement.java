package org.infobound.engine.eval;

import java.util.Locale;
import java.util.Map;

/**
 * A cross-check disagreement (spec/CHECK.md, "Cross-check"): an exact float value of a
 * derived law that its independent simulation rejects beyond the stated confidence. It is an
 * internal error of the tool, never a verdict.
 *
 * @param law the law as built, e.g. {@code bon(n = 4, ties = uniform)}
 * @param instance the claim instance (binder name to exact text, plus {@code rewards})
 * @param outcome what was compared: an outcome {@code i = 2 (reward 3)}, {@code mean} or
 *                {@code sup |F_m - F|}
 * @param exact the exact route's value (for a cdf: at the worst sample point)
 * @param sampled the simulated value (frequency, mean or empirical cdf)
 * @param count the simulated count of the outcome (-1 where the value is not a count)
 * @param samples m, the number of simulated draws of the law
 * @param lo lower end of the accepted range for the exact value (slack included)
 * @param hi upper end of the accepted range for the exact value (slack included)
 * @param test the comparison: {@code Clopper-Pearson}, {@code Hoeffding} or {@code DKW}, with its level
 */
public record Disagreement(String law, Map<String, String> instance, String outcome, double exact, double sampled,
        long count, long samples, double lo, double hi, String test) {

    /** Copies the instance, keeping its order. */
    public Disagreement {
        instance = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(instance));
    }

    /** One line for people. */
    public String describe() {
        return String.format(Locale.ROOT, "%s at %s: %s exact %.17g, sampled %.10g%s over m = %d, accepted [%.10g, %.10g] (%s)",
                law, instance, outcome, exact, sampled, count >= 0 ? " (count " + count + ")" : "", samples, lo, hi,
                test);
    }
}
