package org.infobound.engine.verdict;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A certified counterexample: exact inputs by binder name, the violated relation and both of its
 * sides with certified enclosures.
 *
 * @param inputs binder name to its exact value as text (e.g. {@code "n" -> "2"},
 *               {@code "p" -> "[1/2, 1/2] rewards [0, 1]"}), in binder order
 * @param relation the violated relation as source text with its operator, e.g.
 *                 {@code "KL(bon(p, n) || p) == klbon(n)"}
 * @param left enclosure of the left side
 * @param right enclosure of the right side
 * @param margin how far the instance is from satisfying the relation, as certified by the
 *               enclosures (positive; e.g. {@code right.lo - left.hi} for a violated {@code >=})
 * @param seed the seed of the search that found it
 * @param shrinkSteps how many shrinking steps were applied after the first certified find
 */
public record Counterexample(Map<String, String> inputs, String relation, Enclosure left,
        Enclosure right, double margin, long seed, int shrinkSteps) {

    /** Copies the inputs, keeping their order. */
    public Counterexample {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }
}
