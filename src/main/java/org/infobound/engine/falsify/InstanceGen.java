package org.infobound.engine.falsify;

import java.util.List;
import java.util.Map;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;

/**
 * Draws whole instances: the alphabet size k and rewards first, then each binder in order with
 * its domain resolved from the earlier values. With probability {@code edgeBias} each part is
 * drawn from its edge cases.
 */
final class InstanceGen {

    private InstanceGen() {
    }

    /**
     * Thrown when a binder's domain is empty at this partial instance ({@link #partial}: it was
     * resolved from the values drawn before it, or the reward constraint has no assignment on the
     * drawn alphabet size, so other draws may find instances; spec/LANGUAGE.md section 4: such a
     * range only contributes no instances there), or when the domain cannot be searched at all.
     */
    static final class EmptyDomain extends Exception {
        private static final long serialVersionUID = 1L;
        /** True when the emptiness may depend on the earlier draws (draw again). */
        final boolean partial;

        EmptyDomain(String message) {
            this(message, false);
        }

        EmptyDomain(String message, boolean partial) {
            super(message);
            this.partial = partial;
        }
    }

    static Instance draw(ClaimSpace space, Rng rng, double edgeBias) throws EmptyDomain {
        int k = 0;
        double[] rewards = new double[0];
        if (space.unsearchable() != null) {
            throw new EmptyDomain("cannot search: " + space.unsearchable());
        }
        if (space.hasAlphabet()) {
            k = alphabetSize(space, rng, rng.chance(edgeBias));
            rewards = RewardGen.draw(k, space.rewards(), rng, rng.chance(edgeBias));
            if (rewards == null) {
                throw new EmptyDomain("rewards: no reward assignment on " + k + " outcomes satisfies "
                        + space.rewards(), true);
            }
        }
        // the values so far, in binder order (the map each later domain is resolved from)
        List<BinderSpec> binders = space.binders();
        PrefixMap values = new PrefixMap(binders.size());
        // by index: no iterator per draw (the same binders in the same order)
        for (int i = 0, nb = binders.size(); i < nb; i++) {
            BinderSpec b = binders.get(i);
            Dom dom = resolve(b, values);
            values.put(b.name(), drawOne(dom, k, rng, rng.chance(edgeBias)));
        }
        // the rewards array is fresh (RewardGen makes a new one per call), and the map's arrays
        // are never written again (nothing is put after the last binder): all handed over
        return Instance.ofOwned(rewards, values.names, values.values, values.size);
    }

    /** Largest alphabet size drawn uniformly (the historical range). */
    private static final int UNIFORM_SIZES = 64;

    /**
     * The alphabet size: up to 64 outcomes, uniform (edges: both ends and 2); for larger ranges,
     * edges kMin, kMin + 1, 2 (and kMax when it is the declared end), and random sizes: three
     * in four uniform among the 64 smallest, one in four log-uniform up to kMax (a search's
     * cost grows with the alphabet: this keeps the mean size near twice the historical one).
     */
    static int alphabetSize(ClaimSpace space, Rng rng, boolean edge) {
        int lo = space.kMin();
        int hi = space.kMax();
        if (hi <= UNIFORM_SIZES) {
            return edge ? rng.pick(List.of(lo, hi, Math.min(hi, Math.max(lo, 2)))) : rng.nextInt(lo, hi);
        }
        if (edge) {
            List<Integer> e = new java.util.ArrayList<>(List.of(lo, Math.min(hi, lo + 1), Math.min(hi, Math.max(lo, 2))));
            if (space.declaredMax() != null && space.declaredMax().equals(java.math.BigInteger.valueOf(hi))) {
                e.add(hi);
            }
            return rng.pick(e);
        }
        if (rng.chance(0.75)) {
            return rng.nextInt(lo, Math.min(hi, lo + UNIFORM_SIZES - 1));
        }
        double a = Math.log(Math.max(1, lo));
        double b = Math.log(hi + 1.0);
        long k = (long) Math.floor(Math.exp(rng.uniform(a, b)));
        return (int) Math.max(lo, Math.min(hi, k));
    }

    static Dom resolve(BinderSpec b, Map<String, Input> earlier) throws EmptyDomain {
        try {
            return b.domain().apply(earlier);
        } catch (IllegalArgumentException e) {
            throw new EmptyDomain(b.name() + ": " + e.getMessage(), true);
        }
    }

    static Input drawOne(Dom dom, int k, Rng rng, boolean edge) throws EmptyDomain {
        if (dom instanceof Dom.Ints d) {
            return IntGen.draw(d, rng, edge);
        } else if (dom instanceof Dom.Reals d) {
            return RealGen.draw(d, rng, edge);
        } else if (dom instanceof Dom.Dists) {
            return DistGen.draw(k, rng, edge);
        } else if (dom instanceof Dom.Fns d) {
            if (!d.hasDouble()) {
                throw new EmptyDomain("cannot search: no double lies in the fn range, and fn values are searched as doubles");
            }
            return FnGen.draw(k, d, rng, edge);
        } else if (dom instanceof Dom.Kernels d) {
            if (!d.searchable()) {
                throw new EmptyDomain("cannot search: kernels with at least " + d.mMin() + " outputs (the search draws at most "
                        + Dom.Kernels.SEARCH_CAP + ")");
            }
            return KernelGen.draw(k, d, rng, edge);
        } else if (dom instanceof Dom.Laws) {
            return LawGen.draw(rng, edge);
        } else if (dom instanceof Dom.Choices d) {
            int i = rng.nextInt(d.elements().size());
            return new Input.ChoiceInput(i, d.elements().get(i));
        }
        throw new AssertionError(dom);
    }

    /**
     * Whether every binder's value lies in its domain resolved at this instance (the cheap form
     * of {@link Admission}: without re-checking the values' own construction invariants).
     */
    static boolean valid(ClaimSpace space, Instance x) {
        return Admission.reason(space, x, false) == null;
    }
}
