package org.infobound.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.eval.Input;
import org.infobound.engine.falsify.BinderSpec;
import org.infobound.engine.falsify.ClaimSpace;
import org.infobound.engine.falsify.Dom;
import org.infobound.engine.falsify.RewardSpec;
import org.infobound.lang.ast.Binder;
import org.infobound.lang.ast.DistOption;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.EndKind;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.source.SourceFile;

/**
 * The search space of a claim: one {@link BinderSpec} per bound name (bounds resolved per
 * instance from the earlier binders) and the shared alphabet from the first {@code dist} binder
 * (claims-language.md section 3). A claim with {@code fn} or {@code kernel} binders but no
 * {@code dist} binder gets alphabets of 1..8 outcomes.
 */
final class SpaceBuilder {

    private SpaceBuilder() {
    }

    static ClaimSpace build(SourceFile source, ClaimEvaluator ce) {
        List<BinderSpec> specs = new ArrayList<>();
        int kMin = 0;
        int kMax = 0;
        RewardSpec rewards = RewardSpec.free();
        boolean alphabetUsers = false;
        for (Binder b : ce.claim().binders()) {
            Domain d = b.domain();
            if (d instanceof Domain.DistDomain dd && kMax == 0) {
                kMin = (int) Math.max(1, intBound(ce, dd.minSize(), Map.of()));
                kMax = (int) Math.min(64, intBound(ce, dd.maxSize(), Map.of()));
                if (kMin > kMax) {
                    throw new IllegalArgumentException("empty alphabet range " + kMin + ".." + kMax);
                }
                rewards = rewardSpec(ce, dd.options());
            }
            alphabetUsers |= d instanceof Domain.FnDomain || d instanceof Domain.KernelDomain;
            for (Ident n : b.names()) {
                boolean readsEarlier = d instanceof Domain.IntRange || d instanceof Domain.RealInterval
                        || d instanceof Domain.KernelDomain;
                specs.add(new BinderSpec(n.name(), memo(earlier -> dom(source, ce, d, earlier), readsEarlier)));
            }
        }
        if (kMax == 0 && alphabetUsers) {
            kMin = 1;
            kMax = 8;
        }
        return new ClaimSpace(specs, kMin, kMax, rewards);
    }

    /** Memo entries per binder (bounds depend only on the earlier integer and real values). */
    private static final int MEMO = 4096;

    /**
     * Resolves a domain once per combination of the earlier integer and real values (the only
     * values a bound can read, see {@link ClaimEvaluator#bound}), not once per instance.
     */
    private static java.util.function.Function<Map<String, Input>, Dom> memo(
            java.util.function.Function<Map<String, Input>, Dom> resolve, boolean readsEarlier) {
        Map<List<Input>, Dom> memo = new java.util.concurrent.ConcurrentHashMap<>();
        Dom[] constant = new Dom[1];
        return earlier -> {
            List<Input> key = null;
            if (readsEarlier) {
                for (Input v : earlier.values()) {
                    if (v instanceof Input.IntInput || v instanceof Input.RealInput) {
                        if (key == null) {
                            key = new ArrayList<>(2);
                        }
                        key.add(v);
                    }
                }
            }
            if (key == null) {
                // the bounds read no earlier value: one domain for every instance
                Dom d = constant[0];
                if (d == null) {
                    synchronized (memo) {
                        d = resolve.apply(earlier);
                    }
                    constant[0] = d;
                }
                return d;
            }
            Dom d = memo.get(key);
            if (d == null) {
                // one resolution at a time: the claim's evaluator serves one thread
                synchronized (memo) {
                    d = resolve.apply(earlier);
                }
                if (memo.size() < MEMO) {
                    memo.put(key, d);
                }
            }
            return d;
        };
    }

    private static long intBound(ClaimEvaluator ce, Expr e, Map<String, Input> earlier) {
        Object v = ce.bound(e, earlier);
        if (v instanceof Double d) {
            return d > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return ((BigFraction) v).longValue();
    }

    private static RewardSpec rewardSpec(ClaimEvaluator ce, List<DistOption> options) {
        for (DistOption o : options) {
            if (o instanceof DistOption.DistinctRewards) {
                return RewardSpec.distinct();
            }
            if (o instanceof DistOption.RewardsInInterval r) {
                return RewardSpec.interval(real(ce, r.range().lo()), real(ce, r.range().hi()));
            }
            if (o instanceof DistOption.RewardsInSet s) {
                List<Double> vals = new ArrayList<>();
                for (Expr e : s.values().elements()) {
                    vals.add(real(ce, e));
                }
                return RewardSpec.set(vals);
            }
        }
        return RewardSpec.free();
    }

    private static double real(ClaimEvaluator ce, Expr e) {
        Object v = ce.bound(e, Map.of());
        return v instanceof Double d ? d : ((BigFraction) v).doubleValue();
    }

    private static Dom dom(SourceFile source, ClaimEvaluator ce, Domain d, Map<String, Input> earlier) {
        if (d instanceof Domain.IntRange r) {
            Object lo = ce.bound(r.lo(), earlier);
            Object hi = ce.bound(r.hi(), earlier);
            long l = lo instanceof BigFraction q ? ceil(q) : Long.MIN_VALUE + 1;
            long h = hi instanceof BigFraction q ? floor(q) : Long.MAX_VALUE;
            return new Dom.Ints(l, h);
        } else if (d instanceof Domain.RealInterval r) {
            Object lo = ce.bound(r.lo(), earlier);
            Object hi = ce.bound(r.hi(), earlier);
            return new Dom.Reals(lo instanceof BigFraction q ? q : null, r.loEnd() == EndKind.OPEN || !(lo instanceof BigFraction),
                    hi instanceof BigFraction q ? q : null, r.hiEnd() == EndKind.OPEN || !(hi instanceof BigFraction));
        } else if (d instanceof Domain.FiniteSet s) {
            return new Dom.Choices(ClaimEvaluator.elementTexts(source, s));
        } else if (d instanceof Domain.DistDomain) {
            return new Dom.Dists();
        } else if (d instanceof Domain.Continuous) {
            return new Dom.Laws();
        } else if (d instanceof Domain.Law l) {
            return new Dom.Choices(List.of(source.text(l.law().span())));
        } else if (d instanceof Domain.FnDomain f) {
            return new Dom.Fns(real(ce, f.lo()), real(ce, f.hi()));
        } else if (d instanceof Domain.KernelDomain k) {
            return new Dom.Kernels((int) intBound(ce, k.minOutputs(), earlier), (int) Math.min(64,
                    intBound(ce, k.maxOutputs(), earlier)));
        }
        throw new IllegalArgumentException("unsupported domain " + d.getClass().getSimpleName());
    }

    private static long ceil(BigFraction q) {
        BigFraction f = new BigFraction(q.getNumerator().divide(q.getDenominator()));
        long v = f.longValue();
        return f.compareTo(q) < 0 ? v + 1 : v;
    }

    private static long floor(BigFraction q) {
        long v = new BigFraction(q.getNumerator().divide(q.getDenominator())).longValue();
        return new BigFraction(v).compareTo(q) > 0 ? v - 1 : v;
    }
}
