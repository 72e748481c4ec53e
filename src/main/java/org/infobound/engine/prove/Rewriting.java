package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.NamedArg;
import org.infobound.lang.ast.RelOp;

/**
 * Rewriting inside a term with library equalities that strictly reduce the number of law and
 * functional calls (closed forms such as {@code E(tilt(normal(m, s), beta)) == m + s^2 / beta}),
 * one occurrence at a time, outermost first. Each rewrite is a theorem instance {@code x == y}
 * (domains and hypothesis checked by {@link Search#instance}) lifted to {@code C[x] == C[y]} by
 * a MONOTONE (congruence) step, chained by TRANSITIVITY. The strict decrease of the measure
 * bounds the number of rewrites, so an equality such as Renyi skew symmetry never loops.
 */
final class Rewriting {

    private static final int MAX_REWRITES = 32;
    /** Calls on numbers; everything else (laws, divergences, moments) counts in the measure. */
    private static final Set<String> ELEMENTARY = Set.of("sqrt", "exp", "log", "log1p", "expm1", "log2", "abs", "min",
            "max", "lgamma", "digamma", "harmonic", "floor", "ceil");

    private final Search search;
    private final TheoremLibrary library;
    private final String exclude;

    Rewriting(Search search, TheoremLibrary library, String exclude) {
        this.search = search;
        this.library = library;
        this.exclude = exclude;
    }

    /** {@code A r B} from {@code A == A'} and {@code B == B'} (closed forms rewritten inside) and {@code A' r B'}. */
    Optional<Integer> relation(Relation r, int depth) {
        Optional<Integer> left = side(r.lhs(), depth);
        Optional<Integer> right = side(r.rhs(), depth);
        if (left.isEmpty() && right.isEmpty()) {
            return Optional.empty();
        }
        Expr a = left.map(search::rhsOf).orElse(r.lhs());
        Expr b = right.map(search::rhsOf).orElse(r.rhs());
        Optional<Integer> core = search.relation(new Relation(a, r.op(), b), depth - 1);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        int id = core.get();
        if (left.isPresent()) {
            id = search.add(StepKind.TRANSITIVITY, new Relation(r.lhs(), r.op(), b).toExpr(), List.of(left.get(), id), null, null, null, null, null);
        }
        if (right.isPresent()) {
            int sym = search.add(StepKind.SYMMETRY, new Relation(b, RelOp.EQ, r.rhs()).toExpr(), List.of(right.get()), null, null, null, null, null);
            id = search.add(StepKind.TRANSITIVITY, r.toExpr(), List.of(id, sym), null, null, null, null, null);
        }
        return Optional.of(id);
    }

    /** The id of a step proving {@code e == e'} with e' fully rewritten; empty if nothing rewrites. */
    Optional<Integer> side(Expr e, int depth) {
        Integer proof = null;
        Expr cur = e;
        for (int n = 0; n < MAX_REWRITES; n++) {
            Optional<Integer> step = once(cur, depth);
            if (step.isEmpty()) {
                break;
            }
            Expr next = search.rhsOf(step.get());
            proof = proof == null ? step.get()
                    : search.add(StepKind.TRANSITIVITY, new Relation(e, RelOp.EQ, next).toExpr(), List.of(proof, step.get()),
                            null, null, null, null, null);
            cur = next;
        }
        return Optional.ofNullable(proof);
    }

    /** The number of law and functional calls in e. */
    static int weight(Expr e) {
        int w = e instanceof Expr.Call c && !ELEMENTARY.contains(c.name()) ? 1 : 0;
        for (Expr k : Exprs.children(e)) {
            w += weight(k);
        }
        return w;
    }

    /** One rewrite {@code cur == cur[sub := to]} at the first position (pre-order) where one applies. */
    private Optional<Integer> once(Expr cur, int depth) {
        List<List<Integer>> paths = new ArrayList<>();
        positions(cur, new ArrayList<>(), paths);
        for (List<Integer> path : paths) {
            Expr sub = at(cur, path);
            for (Theorem t : library.theorems()) {
                Relation tr = Relations.of(t.formula()).orElseThrow();
                if (t.name().equals(exclude) || tr.op() != RelOp.EQ) {
                    continue;
                }
                for (boolean flipped : new boolean[] {false, true}) {
                    Optional<Integer> r = attempt(t, tr, flipped, cur, path, sub, depth);
                    if (r.isPresent()) {
                        return r;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> attempt(Theorem t, Relation tr, boolean flipped, Expr cur, List<Integer> path, Expr sub, int depth) {
        Optional<Map<String, Expr>> sigma = Matcher.match(flipped ? tr.rhs() : tr.lhs(), sub, t.binders().keySet(), Map.of());
        if (sigma.isEmpty() || !sigma.get().keySet().containsAll(t.binders().keySet())) {
            return Optional.empty();
        }
        Expr to = Exprs.substitute(flipped ? tr.lhs() : tr.rhs(), sigma.get());
        if (weight(to) >= weight(sub)) {
            return Optional.empty();
        }
        int mark = search.steps.size();
        Optional<Integer> inst = search.instance(t, sigma.get(), flipped, depth);
        if (inst.isEmpty()) {
            search.rollback(mark);
            return Optional.empty();
        }
        if (path.isEmpty()) {
            return inst;
        }
        Expr got = search.rhsOf(inst.get());
        Expr next = replace(cur, path, 0, got);
        Monotone.Hole h = Monotone.hole(cur, next);
        if (h == null || !Exprs.same(h.x(), sub) || !Exprs.same(h.y(), got)) {
            search.rollback(mark);
            return Optional.empty();
        }
        if (!Monotone.congruenceDefined(cur, next, search.context())) {
            search.rollback(mark);
            return Optional.empty();
        }
        Expr fact = new Relation(cur, RelOp.EQ, next).toExpr();
        return Optional.of(search.add(StepKind.MONOTONE, fact, List.of(inst.get()), null, null, null, null, null));
    }

    /** Paths (child indices) of the calls of e that are not elementary, pre-order. */
    private static void positions(Expr e, List<Integer> path, List<List<Integer>> out) {
        if (e instanceof Expr.Call c && !ELEMENTARY.contains(c.name())) {
            out.add(List.copyOf(path));
        }
        if (!(e instanceof Expr.Unary || e instanceof Expr.Binary || e instanceof Expr.Call)) {
            return;
        }
        List<Expr> kids = Exprs.children(e);
        for (int i = 0; i < kids.size(); i++) {
            path.add(i);
            positions(kids.get(i), path, out);
            path.remove(path.size() - 1);
        }
    }

    private static Expr at(Expr e, List<Integer> path) {
        Expr x = e;
        for (int i : path) {
            x = Exprs.children(x).get(i);
        }
        return x;
    }

    private static Expr replace(Expr e, List<Integer> path, int from, Expr with) {
        if (from == path.size()) {
            return with;
        }
        int i = path.get(from);
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.span(), u.op(), replace(u.operand(), path, from + 1, with));
        }
        if (e instanceof Expr.Binary b) {
            Expr l = i == 0 ? replace(b.left(), path, from + 1, with) : b.left();
            Expr r = i == 1 ? replace(b.right(), path, from + 1, with) : b.right();
            return new Expr.Binary(b.span(), b.op(), l, r);
        }
        Expr.Call c = (Expr.Call) e;
        List<Expr> args = new ArrayList<>(c.args());
        List<NamedArg> named = new ArrayList<>(c.named());
        if (i < args.size()) {
            args.set(i, replace(args.get(i), path, from + 1, with));
        } else {
            NamedArg n = named.get(i - args.size());
            named.set(i - args.size(), new NamedArg(n.span(), n.name(), replace(n.value(), path, from + 1, with)));
        }
        return new Expr.Call(c.span(), c.callee(), c.form(), args, named);
    }
}
