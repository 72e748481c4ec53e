package org.infobound.engine.run;

import java.math.BigInteger;
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
 * instance from the earlier binders, exactly: integers of any size, exact rationals) and the
 * shared alphabet from the first {@code dist} binder (spec/LANGUAGE.md, shared alphabet). The
 * search draws at most {@link ClaimSpace#ALPHABET_CAP} outcomes; a claim with {@code fn} or
 * {@code kernel} binders but no {@code dist} binder declares every alphabet size (1..inf). Every
 * restriction of the declared domain is stated in the space's notes, which the verdict carries.
 */
final class SpaceBuilder {

    private SpaceBuilder() {
    }

    /**
     * The start of the "cannot search" reason of a claim whose shared alphabet (size or rewards)
     * reads earlier binders: the search cannot draw it, and whether it is empty for every value of
     * those binders is not known ({@code forall a in {0}, p in dist(3, rewards in [a, a], distinct
     * rewards)} is), so a replayed proof has no witness ({@link ClaimRunner}).
     */
    static final String ALPHABET_FROM_BINDERS = "the shared alphabet's size or rewards are not exact constants";

    static ClaimSpace build(SourceFile source, ClaimEvaluator ce) {
        List<BinderSpec> specs = new ArrayList<>();
        BigInteger declaredMin = null;
        BigInteger declaredMax = null;
        RewardSpec rewards = RewardSpec.free();
        boolean alphabetUsers = false;
        List<String> notes = new ArrayList<>();
        String unsearchable = null;
        for (Binder b : ce.claim().binders()) {
            Domain d = b.domain();
            if (d instanceof Domain.DistDomain dd && declaredMin == null) {
                try {
                    declaredMin = BigInteger.ONE.max(intBound(ce, dd.minSize(), Map.of(), true));
                    declaredMax = intBound(ce, dd.maxSize(), Map.of(), false);
                    rewards = rewardSpec(ce, dd.options());
                } catch (IllegalArgumentException e) {
                    // e.g. dist(n) or rewards in [a, 1] with n, a earlier binders: valid claims the
                    // search cannot draw (one alphabet per claim); say so instead of guessing
                    unsearchable = ALPHABET_FROM_BINDERS + " ("
                            + e.getMessage() + "; they may read an earlier binder), and the search draws one"
                            + " alphabet per claim";
                    declaredMin = BigInteger.ONE;
                    declaredMax = BigInteger.ONE;
                    rewards = RewardSpec.free();
                }
                if (declaredMax != null && declaredMin.compareTo(declaredMax) > 0) {
                    throw new IllegalArgumentException("empty alphabet range " + declaredMin + ".." + declaredMax);
                }
                if (rewards.distinctRewards() && rewards.kind() == RewardSpec.RewardKind.SET
                        && declaredMin.compareTo(BigInteger.valueOf(new java.util.TreeSet<>(rewards.values()).size())) > 0) {
                    // exact values: no alphabet of the declared sizes has distinct rewards from the set
                    throw new IllegalArgumentException("empty domain: distinct rewards on at least " + declaredMin
                            + " outcomes from a set of " + new java.util.TreeSet<>(rewards.values()).size() + " values");
                }
                if (rewards.distinctRewards() && rewards.kind() == RewardSpec.RewardKind.INTERVAL
                        && rewards.lo().compareTo(rewards.hi()) == 0 && declaredMin.compareTo(BigInteger.ONE) > 0) {
                    // a one-point reward interval [c, c] holds one value: no two outcomes have
                    // distinct rewards (was: "cannot search", and a replayed proof stood, vacuously)
                    throw new IllegalArgumentException("empty domain: distinct rewards on at least " + declaredMin
                            + " outcomes from the one value of the reward interval [" + RewardSpec.show(rewards.lo())
                            + ", " + RewardSpec.show(rewards.hi()) + "]");
                }
            }
            alphabetUsers |= d instanceof Domain.FnDomain || d instanceof Domain.KernelDomain;
            if (d instanceof Domain.FnDomain f && constant(ce, f.lo()) && constant(ce, f.hi())) {
                BigFraction lo = real(ce, f.lo());
                BigFraction hi = real(ce, f.hi());
                boolean exactEnds = (lo == null || isDouble(lo)) && (hi == null || isDouble(hi));
                if (!exactEnds) {
                    notes.add("fn values searched on the doubles of [" + text(lo) + ", " + text(hi) + "]");
                }
            }
            if (d instanceof Domain.KernelDomain k) {
                String note = kernelNote(ce, k);
                if (note != null && !notes.contains(note)) {
                    notes.add(note);
                }
            }
            for (Ident n : b.names()) {
                boolean readsEarlier = d instanceof Domain.IntRange || d instanceof Domain.RealInterval
                        || d instanceof Domain.KernelDomain || d instanceof Domain.FnDomain;
                specs.add(new BinderSpec(n.name(), memo(earlier -> dom(source, ce, d, earlier), readsEarlier)));
            }
        }
        if (gridSup(ce.claim(), ce.lets())) {
            notes.add(SUP_NOTE);
        }
        boolean implicit = false;
        if (declaredMin == null && alphabetUsers) {
            declaredMin = BigInteger.ONE;
            declaredMax = null;
            implicit = true;
        }
        if (declaredMin == null) {
            return new ClaimSpace(specs, 0, 0, rewards, BigInteger.ZERO, BigInteger.ZERO, notes, null);
        }
        BigInteger cap = BigInteger.valueOf(ClaimSpace.ALPHABET_CAP).min(BigInteger.valueOf(rewards.maxOutcomes()));
        int kMin;
        int kMax;
        String declared = declaredMin + ".." + (declaredMax == null ? "inf" : declaredMax.toString());
        if (rewards.unsearchable() != null) {
            unsearchable = rewards.unsearchable();
        }
        if (declaredMin.compareTo(cap) > 0) {
            kMin = 1;
            kMax = 1;
            if (unsearchable == null) {
                unsearchable = cap.intValue() < ClaimSpace.ALPHABET_CAP
                        ? "distinct rewards on " + declaredMin + " outcomes need " + declaredMin
                                + " distinct reward values, and the search has " + cap
                                + (rewards.note() == null ? "" : "; " + rewards.note())
                        : "alphabets of " + declared + " outcomes, and the search draws at most " + cap;
            }
        } else {
            kMin = declaredMin.intValueExact();
            kMax = (declaredMax == null ? cap : declaredMax.min(cap)).intValueExact();
            if (implicit) {
                notes.add(0, "searched alphabets of " + kMin + ".." + kMax
                        + " outcomes (no dist binder: every alphabet size 1..inf is declared)");
            } else if (declaredMax == null || declaredMax.compareTo(BigInteger.valueOf(kMax)) > 0) {
                notes.add(0, "searched alphabets of " + kMin + ".." + kMax + " outcomes of the declared " + declared);
            }
        }
        if (rewards.note() != null) {
            notes.add(rewards.note());
        }
        return new ClaimSpace(specs, kMin, kMax, rewards, declaredMin, declaredMax, notes, unsearchable);
    }

    /**
     * The note of a claim with a {@code sup} the search evaluates as a grid maximum (a lower
     * estimate; spec/NUMERICS.md, the {@code sup} row): without it, {@code sup(x in (0, 1), 1 / x) < 10^20}
     * (the sup is inf) SURVIVED with no word, the grid maximum being 200.
     */
    static final String SUP_NOTE = "a sup over a real interval or a large integer range is searched as the maximum"
            + " over a grid of at most 201 points (a lower estimate of the sup): a claim that fails only where the sup"
            + " is approached off the grid (at an open or infinite end, or at a narrow peak) can survive the search";

    /** Whether the claim (its binder domains, where, assuming, formula, and the lets it calls) has a grid sup. */
    static boolean gridSup(org.infobound.lang.ast.ClaimDecl c, Map<String, org.infobound.lang.ast.LetDecl> lets) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Binder b : c.binders()) {
            if (gridSup(b.domain(), lets, seen)) {
                return true;
            }
        }
        for (org.infobound.lang.ast.WhereDef d : c.defs()) {
            if (gridSup(d.value(), lets, seen)) {
                return true;
            }
        }
        return (c.assuming().isPresent() && gridSup(c.assuming().get(), lets, seen)) || gridSup(c.formula(), lets, seen);
    }

    private static boolean gridSup(Domain d, Map<String, org.infobound.lang.ast.LetDecl> lets, java.util.Set<String> seen) {
        if (d instanceof Domain.IntRange r) {
            return gridSup(r.lo(), lets, seen) || gridSup(r.hi(), lets, seen);
        }
        if (d instanceof Domain.RealInterval r) {
            return gridSup(r.lo(), lets, seen) || gridSup(r.hi(), lets, seen);
        }
        if (d instanceof Domain.FiniteSet s) {
            return s.elements().stream().anyMatch(e -> gridSup(e, lets, seen));
        }
        return false;
    }

    private static boolean gridSup(Expr e, Map<String, org.infobound.lang.ast.LetDecl> lets, java.util.Set<String> seen) {
        if (e instanceof Expr.Aggregate a) {
            if (a.kind() == org.infobound.lang.ast.AggregateKind.SUP && !exhaustiveGrid(a.domain())) {
                return true;
            }
            return gridSup(a.domain(), lets, seen) || gridSup(a.body(), lets, seen);
        }
        if (e instanceof Expr.Unary u) {
            return gridSup(u.operand(), lets, seen);
        }
        if (e instanceof Expr.Binary b) {
            return gridSup(b.left(), lets, seen) || gridSup(b.right(), lets, seen);
        }
        if (e instanceof Expr.Chain ch) {
            return ch.operands().stream().anyMatch(x -> gridSup(x, lets, seen));
        }
        if (e instanceof Expr.Approx ap) {
            return gridSup(ap.left(), lets, seen) || gridSup(ap.right(), lets, seen) || gridSup(ap.tolerance(), lets, seen);
        }
        if (e instanceof Expr.ListLit l) {
            return l.elements().stream().anyMatch(x -> gridSup(x, lets, seen));
        }
        if (e instanceof Expr.Lambda l) {
            return gridSup(l.body(), lets, seen);
        }
        if (e instanceof Expr.Var v) {
            org.infobound.lang.ast.LetDecl let = lets.get(v.name());
            return let != null && seen.add(v.name()) && gridSup(let.body(), lets, seen);
        }
        if (e instanceof Expr.Call call) {
            org.infobound.lang.ast.LetDecl let = lets.get(call.name());
            if (let != null && seen.add(call.name()) && gridSup(let.body(), lets, seen)) {
                return true;
            }
            return call.args().stream().anyMatch(x -> gridSup(x, lets, seen))
                    || call.named().stream().anyMatch(n -> gridSup(n.value(), lets, seen));
        }
        return false;
    }

    /** A finite set, or a constant integer range of at most 201 elements: the grid is every element. */
    private static boolean exhaustiveGrid(Domain d) {
        if (d instanceof Domain.FiniteSet) {
            return true;
        }
        if (d instanceof Domain.IntRange r && r.lo() instanceof Expr.IntLit lo && r.hi() instanceof Expr.IntLit hi) {
            return hi.value().subtract(lo.value()).compareTo(BigInteger.valueOf(200)) <= 0;
        }
        return false;
    }

    private static String kernelNote(ClaimEvaluator ce, Domain.KernelDomain k) {
        BigInteger max;
        try {
            max = intBound(ce, k.maxOutputs(), Map.of(), false);
        } catch (IllegalArgumentException | ClassCastException e) {
            return "kernel outputs searched up to " + Dom.Kernels.SEARCH_CAP;
        }
        if (max == null || max.compareTo(BigInteger.valueOf(Dom.Kernels.SEARCH_CAP)) > 0) {
            return "kernel outputs searched up to " + Dom.Kernels.SEARCH_CAP + " of the declared "
                    + (max == null ? "inf" : max.toString());
        }
        return null;
    }

    private static boolean isDouble(BigFraction q) {
        double d = org.infobound.num.Rationals.toDouble(q);
        return Double.isFinite(d) && org.infobound.num.Rationals.of(d).equals(q);
    }

    private static String text(BigFraction q) {
        return q == null ? "inf" : RewardSpec.show(q);
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
            // an empty map has no value to read (the first binder): no view, no iterator
            if (readsEarlier && !earlier.isEmpty()) {
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

    /**
     * An integer bound, exactly: the ceiling (lower bounds) or floor (upper bounds) of the exact
     * value; null for {@code inf} / {@code -inf}.
     */
    private static BigInteger intBound(ClaimEvaluator ce, Expr e, Map<String, Input> earlier, boolean lower) {
        Object v = ce.bound(e, earlier);
        if (v instanceof Double) {
            return null;
        }
        BigFraction q = (BigFraction) v;
        return lower ? ceil(q) : floor(q);
    }

    private static RewardSpec rewardSpec(ClaimEvaluator ce, List<DistOption> options) {
        RewardSpec spec = RewardSpec.free();
        boolean distinct = false;
        for (DistOption o : options) {
            if (o instanceof DistOption.DistinctRewards) {
                distinct = true;
            } else if (o instanceof DistOption.RewardsInInterval r) {
                BigFraction lo = real(ce, r.range().lo());
                BigFraction hi = real(ce, r.range().hi());
                if (lo == null || hi == null) {
                    throw new IllegalArgumentException("reward interval ends must be finite");
                }
                spec = RewardSpec.interval(lo, r.range().loEnd() == EndKind.OPEN, hi, r.range().hiEnd() == EndKind.OPEN);
            } else if (o instanceof DistOption.RewardsInSet s) {
                List<BigFraction> vals = new ArrayList<>();
                for (Expr e : s.values().elements()) {
                    BigFraction v = real(ce, e);
                    if (v == null) {
                        throw new IllegalArgumentException("reward values must be finite");
                    }
                    vals.add(v);
                }
                spec = RewardSpec.set(vals);
            }
        }
        return distinct ? spec.withDistinct() : spec;
    }

    /** An exact real bound, or null for {@code inf} / {@code -inf}. */
    private static BigFraction real(ClaimEvaluator ce, Expr e) {
        return real(ce, e, Map.of());
    }

    private static BigFraction real(ClaimEvaluator ce, Expr e, Map<String, Input> earlier) {
        Object v = ce.bound(e, earlier);
        return v instanceof Double ? null : (BigFraction) v;
    }

    /** Whether a bound is a constant (evaluates without the earlier binders). */
    private static boolean constant(ClaimEvaluator ce, Expr e) {
        try {
            ce.bound(e, Map.of());
            return true;
        } catch (IllegalArgumentException x) {
            return false;
        }
    }

    private static Dom dom(SourceFile source, ClaimEvaluator ce, Domain d, Map<String, Input> earlier) {
        if (d instanceof Domain.IntRange r) {
            Object lo = ce.bound(r.lo(), earlier);
            Object hi = ce.bound(r.hi(), earlier);
            return new Dom.Ints(lo instanceof BigFraction q ? ceil(q) : null, hi instanceof BigFraction q ? floor(q) : null);
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
            return new Dom.Fns(real(ce, f.lo(), earlier), real(ce, f.hi(), earlier));
        } else if (d instanceof Domain.KernelDomain k) {
            BigInteger min = intBound(ce, k.minOutputs(), earlier, true);
            return new Dom.Kernels(min == null ? BigInteger.ONE : min, intBound(ce, k.maxOutputs(), earlier, false));
        }
        throw new IllegalArgumentException("unsupported domain " + d.getClass().getSimpleName());
    }

    private static BigInteger ceil(BigFraction q) {
        BigInteger[] qr = num(q).divideAndRemainder(den(q));
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    private static BigInteger floor(BigFraction q) {
        BigInteger[] qr = num(q).divideAndRemainder(den(q));
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static BigInteger num(BigFraction q) {
        return q.getDenominator().signum() < 0 ? q.getNumerator().negate() : q.getNumerator();
    }

    private static BigInteger den(BigFraction q) {
        return q.getDenominator().abs();
    }
}
