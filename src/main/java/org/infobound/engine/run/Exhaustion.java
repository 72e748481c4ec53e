package org.infobound.engine.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.eval.Mode;
import org.infobound.engine.eval.Outcome;
import org.infobound.engine.eval.Tri;
import org.infobound.engine.falsify.BinderSpec;
import org.infobound.engine.falsify.ClaimSpace;
import org.infobound.engine.falsify.Dom;
import org.infobound.engine.verdict.Certificate;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Verdict;
import org.infobound.math.kernel.IntRange;

/**
 * Certified exhaustion of a finite domain: claims whose binders are all integer ranges or finite
 * sets (no alphabet, no reals, no laws) with at most {@code limit} instances. Every instance is
 * evaluated with certified arithmetic, in order (so the first violation found is the smallest
 * in the binders' order). PROVED if every instance certainly holds or is certainly excluded by
 * {@code assuming}; FALSIFIED at the first certain violation; otherwise no verdict (null) and the
 * caller runs the falsifier. Integer ranges are walked through the kernel {@link IntRange#values}
 * (its JML contract: exactly lo, lo + 1, ..., hi, or null when there are more than asked for;
 * KeY does not close the normal contract yet, proofs/README.md, and IntRangeTest and
 * ExhaustionKernelTest check it).
 */
final class Exhaustion {

    /** Most values of one integer range handed to the kernel (the instance limit is checked first). */
    private static final int MAX_VALUES = Integer.MAX_VALUE - 8;

    /** The range kernel (a seam for tests; production: the verified {@link IntRange#values}). */
    interface RangeKernel {
        long[] values(long lo, long hi, int max);
    }

    static RangeKernel rangeKernel = IntRange::values;

    private Exhaustion() {
    }

    static Verdict run(ClaimSpace space, ClaimEvaluator ce, long limit, long seed) {
        if (space.hasAlphabet()) {
            return null;
        }
        List<Instance> all = new ArrayList<>();
        if (!enumerate(space.binders(), 0, new LinkedHashMap<>(), all, limit)) {
            return null;
        }
        if (all.isEmpty()) {
            return null;
        }
        long excluded = 0;
        if (all.size() == 1 && space.binders().isEmpty()) {
            // a closed rational relation is decided exactly (10^-400 <= 0: below every double)
            org.infobound.engine.eval.Truth t = ce.closedExact();
            if (t != null && t.truth() == Tri.FALSE) {
                Counterexample cx = new Counterexample(all.get(0).render(), t.relation(), t.left(), t.right(),
                        Math.abs(t.margin()), seed, 0);
                return new Verdict.Falsified(cx, 1, List.of());
            }
            if (t != null && t.truth() == Tri.TRUE) {
                return new Verdict.Proved(new Certificate("certified exhaustion",
                        List.of("exact rational evaluation of a closed claim"), 1));
            }
        }
        for (Instance x : all) {
            Outcome o = ce.evaluate(x, Mode.CERTIFIED);
            switch (o.kind()) {
                case HOLDS:
                    break;
                case SKIPPED:
                    if (o.truth() == null || o.truth().truth() != Tri.FALSE) {
                        return null;
                    }
                    excluded++;
                    break;
                case VIOLATED:
                    Counterexample cx = new Counterexample(x.render(), o.truth().relation(), o.truth().left(),
                            o.truth().right(), Math.abs(o.truth().margin()), seed, 0);
                    return new Verdict.Falsified(cx, all.indexOf(x) + 1, List.of());
                default:
                    return null;
            }
        }
        if (excluded == all.size()) {
            return null;
        }
        String what = all.size() == 1 && space.binders().isEmpty() ? "certified evaluation of a closed claim"
                : "certified exhaustion of " + all.size() + " instances";
        return new Verdict.Proved(new Certificate("certified exhaustion",
                List.of(what + (excluded > 0 ? " (" + excluded + " excluded by assuming)" : "")), all.size()));
    }

    private static boolean enumerate(List<BinderSpec> binders, int i, Map<String, Input> cur, List<Instance> out,
            long limit) {
        if (i == binders.size()) {
            out.add(new Instance(new double[0], cur));
            return out.size() <= limit;
        }
        BinderSpec b = binders.get(i);
        Dom d;
        try {
            d = b.domain().apply(cur);
        } catch (IllegalArgumentException e) {
            // an integer range that depends on earlier binders and is empty for their current
            // values contributes no instances (spec/LANGUAGE.md section 3); a domain empty for
            // every value is caught above (no instance: no verdict here)
            return i > 0 && String.valueOf(e.getMessage()).startsWith("empty integer range");
        }
        if (d instanceof Dom.Ints r) {
            // exact count: an infinite end or more values than the limit is not exhausted
            java.math.BigInteger count = r.count();
            if (count == null || count.compareTo(java.math.BigInteger.valueOf(limit)) > 0) {
                return false;
            }
            // kernel IntRange.values (JML contract, proofs/README.md): the
            // values lo, lo + 1, ..., hi as an array, so the walk cannot wrap around at 2^63. A
            // range whose ends do not fit in a long is walked as lo + k, the offsets k = 0..count-1
            // coming from the same kernel and the sum formed in exact integers.
            boolean inLong = r.lo().bitLength() < 64 && r.hi().bitLength() < 64;
            long[] vals = inLong ? rangeKernel.values(r.lo().longValueExact(), r.hi().longValueExact(), MAX_VALUES)
                    : rangeKernel.values(0, count.longValueExact() - 1, MAX_VALUES);
            if (vals == null) {
                return false;
            }
            for (long v : vals) {
                cur.put(b.name(), new Input.IntInput(inLong ? java.math.BigInteger.valueOf(v)
                        : r.lo().add(java.math.BigInteger.valueOf(v))));
                if (!enumerate(binders, i + 1, cur, out, limit)) {
                    return false;
                }
            }
        } else if (d instanceof Dom.Choices c) {
            for (int k = 0; k < c.elements().size(); k++) {
                cur.put(b.name(), new Input.ChoiceInput(k, c.elements().get(k)));
                if (!enumerate(binders, i + 1, cur, out, limit)) {
                    return false;
                }
            }
        } else {
            return false;
        }
        cur.remove(b.name());
        return true;
    }
}
