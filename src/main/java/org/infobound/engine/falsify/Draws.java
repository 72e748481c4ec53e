package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.infobound.engine.eval.Instance;

/**
 * Instances of a claim's domain drawn with the search's own generators, for callers outside the
 * search (the cross-check of {@code infobound check --cross-check}). Deterministic in the seed.
 */
public final class Draws {

    /** Probability that a part is drawn from its edge cases (the search's random phase mixes both). */
    private static final double EDGE_BIAS = 0.3;
    /** Draw attempts per requested instance before giving up (empty domains, small finite domains). */
    private static final int ATTEMPTS_PER_INSTANCE = 10;

    private Draws() {
    }

    /**
     * Up to {@code count} distinct instances of {@code space}, each part drawn from its edge
     * cases with probability 0.3, else at random. Fewer when the domain is small (a closed claim
     * has one instance) or its binders are often empty; never throws for such domains.
     *
     * @param space the claim's binders and alphabet
     * @param seed the seed; the same seed gives the same instances
     * @param count how many instances to draw, {@code >= 0}
     * @return distinct instances in draw order
     *
     * Requires: space != null && count >= 0.
     * Ensures: result.size() <= count.
     * Throws IllegalArgumentException when count < 0.
     */
    public static List<Instance> draw(ClaimSpace space, long seed, int count) {
        if (space == null || count < 0) {
            throw new IllegalArgumentException("need a space and count >= 0, got count = " + count);
        }
        Rng rng = new Rng(seed);
        Set<Instance> out = new LinkedHashSet<>();
        for (long a = 0; a < (long) count * ATTEMPTS_PER_INSTANCE && out.size() < count; a++) {
            try {
                out.add(InstanceGen.draw(space, rng, EDGE_BIAS));
            } catch (InstanceGen.EmptyDomain e) {
                // an empty binder domain at this partial instance: draw again
            }
        }
        return new ArrayList<>(out);
    }
}
