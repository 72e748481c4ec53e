package org.infobound.engine.falsify;

import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;

/**
 * The one admission rule for instances: an instance can be a counterexample only if every
 * binder's value lies EXACTLY in its domain, resolved from the earlier binders' exact values
 * (open and closed ends, integer ranges, finite sets, the dist size equal to the alphabet, the
 * declared alphabet range, the reward set / interval / distinctness, fn ranges, kernel outputs,
 * exact probability vectors, valid law parameters). The search calls it before certified
 * confirmation, the shrinker on every candidate, and {@link Falsifier} once more before a
 * FALSIFIED verdict is built.
 */
public final class Admission {

    private Admission() {
    }

    /**
     * A confirmed violation outside the claim's domain: an internal error of the tool (exit 70),
     * never a verdict.
     */
    public static final class Violation extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Violation(String message) {
            super(message);
        }
    }

    /** Whether x is admitted (see {@link #reason}). */
    public static boolean check(ClaimSpace space, Instance x) {
        return reason(space, x) == null;
    }

    /** Why x is not in the claim's domain, or null when it is. */
    public static String reason(ClaimSpace space, Instance x) {
        return reason(space, x, true);
    }

    /**
     * Why x is not in the claim's domain, or null; without {@code deep} the values' own exact
     * checks (probability vectors summing to 1, law parameters) are left out: the search's
     * cheap filter for mutated instances, whose constructors already guarantee them.
     */
    static String reason(ClaimSpace space, Instance x, boolean deep) {
        int k = x.alphabetSize();
        if (space.hasAlphabet()) {
            if (!space.declaresAlphabet(k)) {
                return "alphabet size " + k + " outside the declared range";
            }
            // admits only reads the array: the instance's own, not a copy
            if (!space.rewards().admits(x.rewardsShared())) {
                return "rewards outside the declared reward constraint";
            }
        } else if (k != 0) {
            return "rewards given for a claim without an alphabet";
        }
        if (x.inputs().size() != space.binders().size()) {
            return "binders and values differ in number";
        }
        List<BinderSpec> binders = space.binders();
        Map<String, Input> earlier = new PrefixMap(binders.size());
        // by index: no iterator per check (the same binders in the same order)
        for (int i = 0, nb = binders.size(); i < nb; i++) {
            BinderSpec b = binders.get(i);
            Input v = x.get(b.name());
            if (v == null) {
                return b.name() + " has no value";
            }
            Dom d;
            try {
                d = b.domain().apply(earlier);
            } catch (IllegalArgumentException e) {
                return b.name() + ": empty domain (" + e.getMessage() + ")";
            }
            if (!d.contains(v, k)) {
                return b.name() + " = " + v.text() + " outside its domain";
            }
            String bad = deep ? wellFormed(v) : null;
            if (bad != null) {
                return b.name() + ": " + bad;
            }
            earlier.put(b.name(), v);
        }
        return null;
    }

    /** Exact checks of the value itself: probability vectors and law parameters. */
    private static String wellFormed(Input v) {
        if (v instanceof Input.DistInput d) {
            return probabilityVector(d.probs());
        } else if (v instanceof Input.KernelInput kk) {
            for (Input.DistInput row : kk.rows()) {
                String bad = probabilityVector(row.probs());
                if (bad != null) {
                    return "kernel row " + bad;
                }
            }
        } else if (v instanceof Input.LawInput l) {
            try {
                org.infobound.math.line.LineFamily.valueOf(l.family().toUpperCase(java.util.Locale.ROOT))
                        .of(l.params());
            } catch (IllegalArgumentException e) {
                return "invalid law parameters: " + e.getMessage();
            }
        }
        return null;
    }

    private static String probabilityVector(List<BigFraction> ps) {
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction p : ps) {
            if (p.signum() < 0) {
                return "negative probability " + p;
            }
            sum = sum.add(p);
        }
        return sum.compareTo(BigFraction.ONE) == 0 ? null : "probabilities sum to " + sum + ", not 1";
    }
}
