package org.infobound.engine.falsify;

import java.util.LinkedHashMap;
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

    /** Thrown when a binder's domain is empty at this partial instance. */
    static final class EmptyDomain extends Exception {
        private static final long serialVersionUID = 1L;

        EmptyDomain(String message) {
            super(message);
        }
    }

    static Instance draw(ClaimSpace space, Rng rng, double edgeBias) throws EmptyDomain {
        int k = 0;
        double[] rewards = new double[0];
        if (space.hasAlphabet()) {
            k = rng.chance(edgeBias)
                    ? rng.pick(List.of(space.kMin(), space.kMax(), Math.min(space.kMax(), Math.max(space.kMin(), 2))))
                    : rng.nextInt(space.kMin(), space.kMax());
            rewards = RewardGen.draw(k, space.rewards(), rng, rng.chance(edgeBias));
        }
        Map<String, Input> values = new LinkedHashMap<>();
        for (BinderSpec b : space.binders()) {
            Dom dom = resolve(b, values);
            values.put(b.name(), drawOne(dom, k, rng, rng.chance(edgeBias)));
        }
        return new Instance(rewards, values);
    }

    static Dom resolve(BinderSpec b, Map<String, Input> earlier) throws EmptyDomain {
        try {
            return b.domain().apply(earlier);
        } catch (IllegalArgumentException e) {
            throw new EmptyDomain(b.name() + ": " + e.getMessage());
        }
    }

    static Input drawOne(Dom dom, int k, Rng rng, boolean edge) {
        if (dom instanceof Dom.Ints d) {
            return IntGen.draw(d, rng, edge);
        } else if (dom instanceof Dom.Reals d) {
            return RealGen.draw(d, rng, edge);
        } else if (dom instanceof Dom.Dists) {
            return DistGen.draw(k, rng, edge);
        } else if (dom instanceof Dom.Fns d) {
            return FnGen.draw(k, d, rng, edge);
        } else if (dom instanceof Dom.Kernels d) {
            return KernelGen.draw(k, d, rng, edge);
        } else if (dom instanceof Dom.Laws) {
            return LawGen.draw(rng, edge);
        } else if (dom instanceof Dom.Choices d) {
            int i = rng.nextInt(d.elements().size());
            return new Input.ChoiceInput(i, d.elements().get(i));
        }
        throw new AssertionError(dom);
    }

    /** Whether every binder's value lies in its domain resolved at this instance. */
    static boolean valid(ClaimSpace space, Instance x) {
        if (space.hasAlphabet() && (x.alphabetSize() < space.kMin() || x.alphabetSize() > space.kMax()
                || !space.rewards().admits(x.rewards()))) {
            return false;
        }
        Map<String, Input> earlier = new LinkedHashMap<>();
        for (BinderSpec b : space.binders()) {
            Input v = x.get(b.name());
            try {
                if (v == null || !resolve(b, earlier).contains(v, x.alphabetSize())) {
                    return false;
                }
            } catch (EmptyDomain e) {
                return false;
            }
            earlier.put(b.name(), v);
        }
        return true;
    }
}
