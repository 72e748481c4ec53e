package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;

/**
 * Greedy shrinking of a certified counterexample: try the simplifications of the current
 * instance in order and move to the first that lies in the domain, is strictly simpler
 * ({@link Complexity}) and is still a CERTIFIED violation (every candidate passes the one
 * admission rule, {@link Admission}, before it is evaluated); stop when none is, or when the budget
 * of certified evaluations is spent.
 */
final class Shrinker {

    /** The shrunk instance, its confirmation and the number of accepted steps. */
    record Result(Instance instance, Confirmation confirmation, int steps) {
    }

    private Shrinker() {
    }

    static Result shrink(Instance x, Confirmation c, ClaimSpace space, Property prop, int budget) {
        Instance cur = x;
        Confirmation curC = c;
        int steps = 0;
        int spent = 0;
        boolean progress = true;
        while (progress && spent < budget) {
            progress = false;
            Complexity size = Complexity.of(cur);
            for (Instance cand : candidates(cur, space)) {
                if (spent >= budget) {
                    break;
                }
                if (Complexity.of(cand).compareTo(size) >= 0 || !Admission.check(space, cand)) {
                    continue;
                }
                spent++;
                Confirmation cc = prop.confirm(cand);
                if (cc.status() == Confirmation.Status.CONFIRMED) {
                    cur = cand;
                    curC = cc;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        return new Result(cur, curC, steps);
    }

    private static List<Instance> candidates(Instance x, ClaimSpace space) {
        List<Instance> out = new ArrayList<>();
        // large alphabets: halve the distance to the smallest declared size first (bisection),
        // then the one-outcome drops of Simplifications
        int k = x.alphabetSize();
        int kLow = Math.max(1, space.declaredMin().min(java.math.BigInteger.valueOf(k)).intValue());
        if (k > Simplifications.DROP_ALL_UP_TO && k > kLow) {
            for (int m : new int[] {kLow, k - (k - kLow) / 2, k - 1}) {
                Instance y = m < k ? Simplifications.truncate(x, m) : null;
                if (y != null) {
                    out.add(y);
                }
            }
        }
        out.addAll(Simplifications.of(x));
        Map<String, Input> earlier = new LinkedHashMap<>();
        for (BinderSpec b : space.binders()) {
            Input v = x.get(b.name());
            if (v instanceof Input.ChoiceInput ch && ch.index() > 0) {
                try {
                    if (InstanceGen.resolve(b, earlier) instanceof Dom.Choices d) {
                        out.add(x.with(b.name(), new Input.ChoiceInput(0, d.elements().get(0))));
                    }
                } catch (InstanceGen.EmptyDomain e) {
                    // no candidate for this binder
                }
            }
            if (v instanceof Input.IntInput i) {
                try {
                    if (InstanceGen.resolve(b, earlier) instanceof Dom.Ints d && d.lo() != null
                            && i.value().compareTo(d.lo()) > 0) {
                        java.math.BigInteger half = d.lo().add(i.value().subtract(d.lo()).shiftRight(1));
                        out.add(0, x.with(b.name(), new Input.IntInput(d.lo())));
                        out.add(1, x.with(b.name(), new Input.IntInput(half)));
                    }
                } catch (InstanceGen.EmptyDomain e) {
                    // no candidate for this binder
                }
            }
            earlier.put(b.name(), v);
        }
        return out;
    }
}
