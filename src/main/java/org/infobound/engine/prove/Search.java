package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;

/**
 * Bounded-depth proof search. For {@code A r B}: reflexivity, the claim's hypothesis, certified
 * evaluation (closed), branch and bound (numeric), then chaining through library theorems
 * ({@code A r1 C} by an instance, then {@code C r2 B}; equalities used both ways), then a
 * monotone context, then a case split on a finite-set binder. Steps of failed attempts are
 * rolled back, so the certificate holds only the proof found.
 */
final class Search {

    /** Cell budget of a range reduction's branch and bound (never a soundness matter). */
    private static final int RANGE_CELLS = 600;
    /** The same with two or more atoms. */
    private static final int RANGE_CELLS_JOINT = 200;

    /** The dimensions of a range reduction's goal that are claim binders, not atoms. */
    private int numericDims(JointRange.Abstraction a) {
        return (int) a.goal().dims().stream().filter(d -> ctx.binders.containsKey(d.name())).count();
    }

    private final TheoremLibrary library;
    private final Context ctx;
    private final ProverOptions options;
    private final String exclude;
    final List<ProofStep> steps = new ArrayList<>();
    private final Map<String, Integer> proved = new HashMap<>();
    /** Relations that failed, with the largest depth they failed at (never a soundness matter). */
    private final Map<String, Integer> failed = new HashMap<>();
    /** Range-reduction goals whose branch and bound failed (the same goal fails again). */
    private final java.util.Set<NumericGoal> failedRanges = new java.util.HashSet<>();

    /**
     * A failed use of a theorem, kept for {@code explain} only (never part of a certificate): the
     * goal, the theorem, the instance established (or null), the subgoal left open or the reason
     * the instance was not usable, and the depth left when it was tried.
     */
    record Attempt(String goal, String theorem, String instance, String open, String why, int depth) {
    }

    /** Failed theorem uses, in the order tried (bounded). */
    final List<Attempt> attempts = new ArrayList<>();
    private static final int MAX_ATTEMPTS = 2000;

    private void attempt(Relation goal, Theorem t, String instance, String open, String why, int depth) {
        if (attempts.size() < MAX_ATTEMPTS) {
            attempts.add(new Attempt(ExprPrinter.print(goal.toExpr()), t.name(), instance, open, why, depth));
        }
    }

    Search(TheoremLibrary library, Context ctx, ProverOptions options, String exclude) {
        this.library = library;
        this.ctx = ctx;
        this.options = options;
        this.exclude = exclude;
    }

    /** The search's context (binders, hypothesis). */
    Context context() {
        return ctx;
    }

    int add(StepKind kind, Expr fact, List<Integer> premises, String theorem, Map<String, String> subst,
            String caseBinder, NumericCertificate numeric, String note) {
        Integer known = proved.get(Facts.normal(fact));
        if (known != null && kind == StepKind.THEOREM) {
            return known;
        }
        int id = steps.size();
        steps.add(new ProofStep(id, kind, ExprPrinter.print(fact), premises, theorem, subst, caseBinder, numeric, note));
        proved.put(Facts.normal(fact), id);
        return id;
    }

    void rollback(int mark) {
        while (steps.size() > mark) {
            steps.remove(steps.size() - 1);
        }
        proved.values().removeIf(id -> id >= mark);
    }

    /** Proves a formula; returns the id of the step establishing it. */
    Optional<Integer> formula(Expr f, int depth) {
        Integer known = proved.get(Facts.normal(f));
        if (known != null) {
            return Optional.of(known);
        }
        int mark = steps.size();
        Optional<Integer> r = formulaUncached(f, depth);
        if (r.isEmpty()) {
            rollback(mark);
        }
        return r;
    }

    private Optional<Integer> formulaUncached(Expr f, int depth) {
        if (ctx.assumed(f)) {
            return Optional.of(add(StepKind.ASSUMPTION, f, List.of(), null, null, null, null, null));
        }
        if (f instanceof Expr.Approx a) {
            Optional<Integer> eq = relation(new Relation(a.left(), RelOp.EQ, a.right()), depth);
            if (eq.isPresent() && SignFacts.nonnegative(a.tolerance(), ctx)) {
                return Optional.of(add(StepKind.APPROX, f, List.of(eq.get()), null, null, null, null, null));
            }
            return Optional.empty();
        }
        List<Expr> parts = Facts.conjuncts(f);
        if (parts.size() > 1) {
            List<Integer> ids = new ArrayList<>();
            for (Expr p : parts) {
                Optional<Integer> id = formula(p, depth);
                if (id.isEmpty()) {
                    return Optional.empty();
                }
                ids.add(id.get());
            }
            return Optional.of(add(StepKind.CONJUNCTION, f, ids, null, null, null, null, null));
        }
        Optional<Relation> r = Relations.of(f);
        return r.isEmpty() ? Optional.empty() : relation(r.get(), depth);
    }

    Optional<Integer> relation(Relation r, int depth) {
        Expr fact = r.toExpr();
        String key = Facts.normal(fact);
        Integer known = proved.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        if (failed.getOrDefault(key, -1) >= depth) {
            return Optional.empty();
        }
        int mark = steps.size();
        Optional<Integer> out = relationUncached(r, fact, depth);
        if (out.isEmpty()) {
            rollback(mark);
            failed.merge(key, depth, Math::max);
        }
        return out;
    }

    private Optional<Integer> relationUncached(Relation r, Expr fact, int depth) {
        if (Exprs.same(r.lhs(), r.rhs()) && r.op() != RelOp.LT && SignFacts.defined(r.lhs(), ctx)) {
            return Optional.of(add(StepKind.REFLEXIVITY, fact, List.of(), null, null, null, null, null));
        }
        if (ctx.assumed(fact)) {
            return Optional.of(add(StepKind.ASSUMPTION, fact, List.of(), null, null, null, null, null));
        }
        String identity = Identities.identity(r, ctx);
        if (identity != null) {
            return Optional.of(add(StepKind.IDENTITY, fact, List.of(), null, null, null, null, identity));
        }
        if (r.op() != RelOp.LT) {
            Optional<String> form = Algebra.sameForm(r.lhs(), r.rhs(), ctx);
            if (form.isPresent()) {
                String note = CertificateChecker.algebraNote(form.get());
                return Optional.of(add(StepKind.ALGEBRA, fact, List.of(), null, null, null, null, note));
            }
        }
        if (Facts.signFact(r, ctx)) {
            return Optional.of(add(StepKind.SIGN, fact, List.of(), null, null, null, null, null));
        }
        if (Facts.closed(fact, ctx) && r.op() != RelOp.EQ) {
            Optional<String> note = Facts.evaluate(r);
            if (note.isPresent()) {
                return Optional.of(add(StepKind.EVALUATION, fact, List.of(), null, null, null, null, note.get()));
            }
        }
        Optional<NumericGoal> goal = NumericGoals.of(r, ctx);
        if (goal.isPresent()) {
            Optional<NumericCertificate> cert = BranchAndBound.prove(goal.get(), options.maxCells());
            if (cert.isPresent()) {
                return Optional.of(add(StepKind.NUMERIC, fact, List.of(), null, null, null, cert.get(), null));
            }
        }
        Optional<JointRange.Abstraction> abs = r.op() == RelOp.EQ ? Optional.empty() : JointRange.of(r, ctx);
        if (abs.isPresent() && !failedRanges.contains(abs.get().goal())) {
            // a smaller budget than a numeric goal's: the box is an outer bound of the joint range,
            // and a relation that needs the joint range fails on it only after the whole budget
            // several atoms: the box is rarely the joint range, so fail fast
            int budget = abs.get().goal().dims().size() > 1 + numericDims(abs.get()) ? RANGE_CELLS_JOINT : RANGE_CELLS;
            Optional<NumericCertificate> cert = BranchAndBound.prove(abs.get().goal(), Math.min(options.maxCells(), budget));
            if (cert.isPresent()) {
                return Optional.of(add(StepKind.RANGE_REDUCTION, fact, List.of(), null, null, null, cert.get(), abs.get().note()));
            }
            failedRanges.add(abs.get().goal());
        }
        if (depth <= 0) {
            return Optional.empty();
        }
        // a squared side first: its premise is usually a library theorem's own form (Pinsker)
        Optional<Integer> viaTransform = transform(r, fact, depth);
        if (viaTransform.isPresent()) {
            return viaTransform;
        }
        Optional<Integer> viaTheorem = chain(r, depth);
        if (viaTheorem.isPresent()) {
            return viaTheorem;
        }
        Optional<Integer> viaContext = monotone(r, fact, depth);
        if (viaContext.isPresent()) {
            return viaContext;
        }
        Optional<Integer> viaRewrite = new Rewriting(this, library, exclude).relation(r, depth);
        if (viaRewrite.isPresent()) {
            return viaRewrite;
        }
        Optional<Integer> viaLinear = linear(r, fact, depth);
        if (viaLinear.isPresent()) {
            return viaLinear;
        }
        return cases(fact, depth);
    }

    /** {@code A r B} from an instance {@code A r1 C} (or {@code C r1 B}) and a proof of the rest. */
    private Optional<Integer> chain(Relation goal, int depth) {
        for (Expr a : ctx.assumptions) {
            int mark = steps.size();
            Optional<Integer> r = chainAssumption(a, goal, depth);
            if (r.isPresent()) {
                return r;
            }
            rollback(mark);
        }
        // pass 0: instances that close the goal outright; pass 1: forward use; pass 2: equalities right to left
        for (int pass = 0; pass < 3; pass++) {
            for (Theorem t : library.theorems()) {
                if (t.name().equals(exclude)) {
                    continue;
                }
                Relation tr = Relations.of(t.formula()).orElseThrow();
                for (boolean flipped : new boolean[] {false, true}) {
                    if (flipped && tr.op() != RelOp.EQ || pass == 1 && flipped || pass == 2 && !flipped) {
                        continue;
                    }
                    Relation oriented = flipped ? new Relation(tr.rhs(), RelOp.EQ, tr.lhs()) : tr;
                    if (goal.op() == RelOp.EQ && oriented.op() != RelOp.EQ) {
                        continue;
                    }
                    for (boolean onLeft : new boolean[] {true, false}) {
                        int mark = steps.size();
                        Optional<Integer> r = chainWith(t, oriented, flipped, onLeft, goal, depth, pass == 0);
                        if (r.isPresent()) {
                            return r;
                        }
                        rollback(mark);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> chainWith(Theorem t, Relation oriented, boolean flipped, boolean onLeft, Relation goal, int depth,
            boolean direct) {
        Expr pattern = onLeft ? oriented.lhs() : oriented.rhs();
        Expr target = onLeft ? goal.lhs() : goal.rhs();
        if (!direct && pattern instanceof Expr.Var v && t.binders().containsKey(v.name())) {
            // a side that is a bare binder (log(1 + x) <= x) matches every term: used only when
            // the instance closes the goal outright (a search budget, never a soundness matter)
            return Optional.empty();
        }
        Optional<Map<String, Expr>> sigma = Matcher.match(pattern, target, t.binders().keySet(), Map.of());
        if (sigma.isPresent() && direct) {
            sigma = Matcher.match(onLeft ? oriented.rhs() : oriented.lhs(), onLeft ? goal.rhs() : goal.lhs(),
                    t.binders().keySet(), sigma.get());
        }
        if (sigma.isEmpty()) {
            return Optional.empty();
        }
        if (!sigma.get().keySet().containsAll(t.binders().keySet())) {
            // a middle term with a free Renyi order (renyi_monotone_in_order: D_a <= D_b with only
            // b matched): try the orders the canonical rewrites know (a search choice; the
            // instance, its hypothesis and the rest are proved and replayed as usual)
            Optional<String> free = Orders.freeOrder(t, sigma.get());
            if (free.isEmpty()) {
                return Optional.empty();
            }
            for (Expr order : Orders.candidates()) {
                Map<String, Expr> full = new HashMap<>(sigma.get());
                full.put(free.get(), order);
                int mark = steps.size();
                Optional<Integer> r = chainInstance(t, full, oriented, flipped, onLeft, goal, depth);
                if (r.isPresent()) {
                    return r;
                }
                rollback(mark);
            }
            return Optional.empty();
        }
        return chainInstance(t, sigma.get(), oriented, flipped, onLeft, goal, depth);
    }

    private Optional<Integer> chainInstance(Theorem t, Map<String, Expr> subst, Relation oriented, boolean flipped, boolean onLeft,
            Relation goal, int depth) {
        Optional<Map<String, Expr>> sigma = Optional.of(subst);
        Optional<Integer> inst = instance(t, sigma.get(), flipped, depth);
        if (inst.isEmpty()) {
            attempt(goal, t, null, null, instanceProblem(t, sigma.get()), depth);
            return Optional.empty();
        }
        Relation got = Relations.of(Facts.parse(steps.get(inst.get()).fact())).orElseThrow();
        Relation rest = onLeft ? new Relation(got.rhs(), goal.op(), goal.rhs()) : new Relation(goal.lhs(), goal.op(), got.lhs());
        if (goal.op() == RelOp.LT && got.op() == RelOp.LT) {
            rest = new Relation(rest.lhs(), RelOp.LE, rest.rhs());
        }
        if (!Relations.implies(Relations.compose(got.op(), rest.op()), goal.op())) {
            return Optional.empty();
        }
        if (Exprs.same(rest.lhs(), rest.rhs()) && rest.op() != RelOp.LT && got.op() == goal.op()) {
            return Optional.of(inst.get());
        }
        // an equality instance for a <= goal still needs C <= C (reflexivity: C defined) and transitivity
        Optional<Integer> second = relation(rest, depth - 1);
        if (second.isEmpty()) {
            attempt(goal, t, steps.get(inst.get()).fact(), ExprPrinter.print(rest.toExpr()), null, depth);
            return Optional.empty();
        }
        List<Integer> premises = onLeft ? List.of(inst.get(), second.get()) : List.of(second.get(), inst.get());
        return Optional.of(add(StepKind.TRANSITIVITY, goal.toExpr(), premises, null, null, null, null, null));
    }

    /** {@code A r B} from a hypothesis {@code A r1 C} and a proof of {@code C r2 B}. */
    private Optional<Integer> chainAssumption(Expr assumption, Relation goal, int depth) {
        Optional<Relation> ar = Relations.of(assumption);
        if (ar.isEmpty() || !Exprs.same(ar.get().lhs(), goal.lhs()) || goal.op() == RelOp.EQ && ar.get().op() != RelOp.EQ) {
            return Optional.empty();
        }
        RelOp restOp = goal.op() == RelOp.LT && ar.get().op() == RelOp.LT ? RelOp.LE : goal.op();
        if (!Relations.implies(Relations.compose(ar.get().op(), restOp), goal.op())) {
            return Optional.empty();
        }
        Optional<Integer> rest = relation(new Relation(ar.get().rhs(), restOp, goal.rhs()), depth - 1);
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        int hyp = add(StepKind.ASSUMPTION, ar.get().toExpr(), List.of(), null, null, null, null, null);
        return Optional.of(add(StepKind.TRANSITIVITY, goal.toExpr(), List.of(hyp, rest.get()), null, null, null, null, null));
    }

    /** Why an instance of t under sigma is not usable (for explain; the search itself does not need it). */
    private String instanceProblem(Theorem t, Map<String, Expr> sigma) {
        Optional<String> domain = Domains.instanceProblem(t, sigma, ctx);
        if (domain.isPresent()) {
            return domain.get();
        }
        if (t.assuming().isPresent()) {
            Expr hyp = Exprs.substitute(t.assuming().get(), sigma);
            if (!proved.containsKey(Facts.normal(hyp))) {
                return "its hypothesis " + ExprPrinter.print(hyp) + " is not proved";
            }
        }
        Relation tr = Relations.of(t.formula()).orElseThrow();
        for (Expr side : List.of(tr.lhs(), tr.rhs())) {
            Optional<String> p = SideConditions.problem(Exprs.substitute(side, sigma), ctx);
            if (p.isPresent()) {
                return "a side condition of the instance is not discharged: " + p.get();
            }
        }
        return "the instance is not usable";
    }

    /** The instance step of a theorem (hypothesis proved first), with SYMMETRY when used right to left. */
    Optional<Integer> instance(Theorem t, Map<String, Expr> sigma, boolean flipped, int depth) {
        if (Domains.instanceProblem(t, sigma, ctx).isPresent()) {
            // a one-variable theorem on [lo, inf) at a value that may be inf (a divergence)
            Optional<ExtendedInstance.Instance> ext = flipped ? Optional.empty()
                    : ExtendedInstance.binder(t).filter(sigma::containsKey).flatMap(x -> ExtendedInstance.of(t, sigma.get(x), ctx));
            if (ext.isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> text = Map.of(ext.get().binder(), ExprPrinter.print(sigma.get(ext.get().binder())));
            return Optional.of(add(StepKind.THEOREM_AT_INF, ext.get().relation().toExpr(), List.of(), t.name(), text, null, null,
                    ext.get().note()));
        }
        List<Integer> premises = new ArrayList<>();
        if (t.assuming().isPresent()) {
            Optional<Integer> hyp = formula(Exprs.substitute(t.assuming().get(), sigma), depth - 1);
            if (hyp.isEmpty()) {
                return Optional.empty();
            }
            premises.add(hyp.get());
        }
        Relation tr = Relations.of(t.formula()).orElseThrow();
        Relation inst = new Relation(Exprs.substitute(tr.lhs(), sigma), tr.op(), Exprs.substitute(tr.rhs(), sigma));
        if (!SideConditions.holds(inst.lhs(), ctx) || !SideConditions.holds(inst.rhs(), ctx)) {
            return Optional.empty();
        }
        Map<String, String> text = new LinkedHashMap<>();
        t.binders().keySet().forEach(k -> text.put(k, ExprPrinter.print(sigma.get(k))));
        int id = add(StepKind.THEOREM, inst.toExpr(), premises, t.name(), text, null, null, null);
        if (!flipped) {
            return Optional.of(id);
        }
        Relation sym = new Relation(inst.rhs(), RelOp.EQ, inst.lhs());
        return Optional.of(add(StepKind.SYMMETRY, sym.toExpr(), List.of(id), null, null, null, null, null));
    }

    /** {@code c * X^2 r B} from {@code X r sqrt(B / c)} ({@link MonotoneTransform}). */
    private Optional<Integer> transform(Relation r, Expr fact, int depth) {
        Optional<MonotoneTransform.Reduction> t = MonotoneTransform.of(r, ctx);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> inner = relation(t.get().premise(), depth - 1);
        return inner.map(id -> add(StepKind.MONOTONE_TRANSFORM, fact, List.of(id), null, null, null, null, t.get().note()));
    }

    private Optional<Integer> monotone(Relation r, Expr fact, int depth) {
        Monotone.Hole h = Monotone.hole(r.lhs(), r.rhs());
        if (h == null || h.x() == r.lhs() || r.op() == RelOp.LT) {
            return Optional.empty();
        }
        if (r.op() == RelOp.LE && !Monotone.increasing(r.lhs(), r.rhs(), ctx)) {
            return Optional.empty();
        }
        if (r.op() == RelOp.EQ && !Monotone.congruenceDefined(r.lhs(), r.rhs(), ctx)) {
            return Optional.empty();
        }
        Optional<Integer> inner = relation(new Relation(h.x(), r.op(), h.y()), depth - 1);
        return inner.map(id -> add(StepKind.MONOTONE, fact, List.of(id), null, null, null, null, null));
    }

    /** The right side of the relation a step established. */
    Expr rhsOf(int id) {
        return Relations.of(Facts.parse(steps.get(id).fact())).orElseThrow().rhs();
    }

    /** Splits on the first finite-set binder the fact mentions. */
    private Optional<Integer> cases(Expr fact, int depth) {
        for (Map.Entry<String, Domain> b : ctx.binders.entrySet()) {
            if (b.getValue() instanceof Domain.FiniteSet s && Exprs.freeVars(fact).contains(b.getKey())
                    && s.elements().size() <= options.maxCases()) {
                List<Integer> ids = new ArrayList<>();
                for (Expr e : s.elements()) {
                    Optional<Integer> id = formula(Exprs.substitute(fact, Map.of(b.getKey(), e)), depth - 1);
                    if (id.isEmpty()) {
                        return Optional.empty();
                    }
                    ids.add(id.get());
                }
                return Optional.of(add(StepKind.CASES, fact, ids, null, null, b.getKey(), null, null));
            }
        }
        return Optional.empty();
    }



    /** True while a LINEAR step's second link is being proved. */
    private boolean closingGap;

    /** Possibly infinite functionals (divergences) whose finiteness a LINEAR step may need. */
    private static final java.util.Set<String> MAYBE_INFINITE = java.util.Set.of("KL", "chi2", "renyi", "Df");

    /**
     * A LINEAR step ({@link Linear}): the goal as a linear rearrangement on its own, or of an
     * inequality theorem instance matched on a sub-term of the goal (its hypothesis proved first),
     * with finiteness facts {@code t < inf} proved for the divergences involved.
     */
    private Optional<Integer> linear(Relation r, Expr fact, int depth) {
        if (ctx.numeric(r.lhs()) && ctx.numeric(r.rhs())) {
            return Optional.empty();
        }
        Optional<String> alone = Linear.note(r, (Relation) null, ctx, Linear.facts(ctx, List.of()));
        if (alone.isPresent()) {
            return Optional.of(add(StepKind.LINEAR, fact, List.of(), null, null, null, null, alone.get()));
        }
        if (r.op() == RelOp.EQ) {
            // the same with finiteness facts t < inf proved for the divergences of the goal
            int mark = steps.size();
            List<Integer> premises = new ArrayList<>();
            List<Expr> finite = new ArrayList<>();
            finiteness(List.of(r.lhs(), r.rhs()), depth, premises, finite);
            if (!premises.isEmpty()) {
                Optional<String> note = Linear.note(r, (Relation) null, ctx, Linear.facts(ctx, finite));
                if (note.isPresent()) {
                    return Optional.of(add(StepKind.LINEAR, fact, premises, null, null, null, null, note.get()));
                }
            }
            rollback(mark);
        }
        if (r.op() == RelOp.EQ) {
            return Optional.empty();
        }
        List<Expr> subterms = new ArrayList<>();
        collect(r.lhs(), subterms);
        collect(r.rhs(), subterms);
        java.util.Set<String> tried = new java.util.HashSet<>();
        for (Theorem t : library.theorems()) {
            if (t.name().equals(exclude)) {
                continue;
            }
            Relation tr = Relations.of(t.formula()).orElseThrow();
            if (tr.op() == RelOp.EQ) {
                continue;
            }
            for (Expr pattern : List.of(tr.rhs(), tr.lhs())) {
                if (pattern instanceof Expr.Var || Exprs.freeVars(pattern).stream().noneMatch(v -> t.binders().get(v) instanceof Domain.DistDomain)) {
                    continue;
                }
                for (Expr sub : subterms) {
                    Optional<Map<String, Expr>> sigma = Matcher.match(pattern, sub, t.binders().keySet(), Map.of());
                    if (sigma.isPresent() && !sigma.get().keySet().containsAll(t.binders().keySet())) {
                        // a side matched that does not bind every binder (E(p, g) in NWJ leaves q):
                        // complete the substitution from another subterm of the theorem matched on
                        // another subterm of the goal (a search choice; the instance is checked as usual)
                        sigma = complete(t, tr, sigma.get(), subterms);
                    }
                    if (sigma.isEmpty() || !sigma.get().keySet().containsAll(t.binders().keySet())
                            || !tried.add(t.name() + sigma.get())) {
                        continue;
                    }
                    int mark = steps.size();
                    Optional<Integer> inst = instance(t, sigma.get(), false, depth);
                    if (inst.isPresent()) {
                        Relation have = Relations.of(Facts.parse(steps.get(inst.get()).fact())).orElseThrow();
                        List<Integer> premises = new ArrayList<>(List.of(inst.get()));
                        List<Expr> finite = new ArrayList<>();
                        finiteness(List.of(r.lhs(), r.rhs(), have.lhs(), have.rhs()), depth, premises, finite);
                        Optional<String> note = Linear.note(r, have, ctx, Linear.facts(ctx, finite));
                        if (note.isPresent()) {
                            return Optional.of(add(StepKind.LINEAR, fact, premises, null, null, null, null, note.get()));
                        }
                        // one more link: the difference left is P - N, so prove N <= P
                        Optional<Relation> gap = Linear.missing(r, have, ctx, Linear.facts(ctx, finite));
                        if (gap.isPresent() && !closingGap) {
                            // the link gets the goal's depth (it is a different, smaller relation); no
                            // nested link inside it, so this cannot recurse without bound
                            closingGap = true;
                            Optional<Integer> link;
                            try {
                                link = relation(gap.get(), depth);
                            } finally {
                                closingGap = false;
                            }
                            if (link.isPresent()) {
                                Relation second = Relations.of(Facts.parse(steps.get(link.get()).fact())).orElseThrow();
                                Optional<String> both = Linear.note(r, List.of(have, second), ctx, Linear.facts(ctx, finite));
                                if (both.isPresent()) {
                                    List<Integer> all = new ArrayList<>(List.of(inst.get(), link.get()));
                                    all.addAll(premises.subList(1, premises.size()));
                                    return Optional.of(add(StepKind.LINEAR, fact, all, null, null, null, null, both.get()));
                                }
                            }
                        }
                    }
                    rollback(mark);
                }
            }
        }
        return Optional.empty();
    }

    /** sigma extended to every binder of t by matching one more call of t's relation on a goal subterm, or empty. */
    private static Optional<Map<String, Expr>> complete(Theorem t, Relation tr, Map<String, Expr> sigma, List<Expr> subterms) {
        List<Expr> parts = new ArrayList<>();
        collect(tr.lhs(), parts);
        collect(tr.rhs(), parts);
        for (Expr part : parts) {
            if (!(part instanceof Expr.Call)) {
                continue;
            }
            for (Expr sub : subterms) {
                Optional<Map<String, Expr>> more = Matcher.match(part, sub, t.binders().keySet(), sigma);
                if (more.isPresent() && more.get().keySet().containsAll(t.binders().keySet())) {
                    return more;
                }
            }
        }
        return Optional.empty();
    }

    /** Proves {@code t < inf} for the divergences t of the terms that the hypothesis does not make finite. */
    private void finiteness(List<Expr> terms, int depth, List<Integer> premises, List<Expr> finite) {
        List<Expr> functionals = new ArrayList<>();
        for (Expr e : terms) {
            collect(e, functionals);
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr k : functionals) {
            if (k instanceof Expr.Call c && MAYBE_INFINITE.contains(c.name()) && seen.add(Exprs.canon(k))
                    && !Linear.facts(ctx, List.of()).test(k)) {
                Relation fin = new Relation(k, RelOp.LT, new Expr.Var(k.span(), "inf"));
                Optional<Integer> f = relation(fin, depth - 1);
                if (f.isPresent()) {
                    premises.add(f.get());
                    finite.add(fin.toExpr());
                }
            }
        }
    }

    private static void collect(Expr e, List<Expr> out) {
        if (e instanceof Expr.Call || e instanceof Expr.Binary) {
            out.add(e);
        }
        for (Expr k : Exprs.children(e)) {
            collect(k, out);
        }
    }
}
