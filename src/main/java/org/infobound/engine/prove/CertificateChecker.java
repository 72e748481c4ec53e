package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;

/**
 * Replays a {@link ProofCertificate} independently of the search: every step must follow from
 * its premises by its rule (theorem instances are re-instantiated from the library with the
 * recorded substitution and their domains and hypothesis re-checked; numeric steps are replayed
 * by {@link NumericChecker}; evaluations are recomputed), premises must come earlier, and the
 * last step must establish the certificate's formula.
 */
public final class CertificateChecker {

    private CertificateChecker() {
    }

    /**
     * Checks a certificate against a library.
     *
     * @return empty if valid, else the first problem found
     *
     * Requires: cert != null && library != null.
     * Ensures: result != null.
     */
    public static Optional<String> check(ProofCertificate cert, TheoremLibrary library) {
        if (cert == null || library == null) {
            throw new IllegalArgumentException("certificate and library are required");
        }
        try {
            Context ctx = Context.parse(cert.binders(), Optional.ofNullable(cert.assuming()));
            // the binder texts must be the effective domains: one shared alphabet for every dist binder
            if (!Context.text(Domains.effective(ctx.binders)).equals(cert.binders())) {
                return Optional.of("the binder domains are not the effective ones (every dist binder lives on the"
                        + " shared alphabet of the first): " + cert.binders());
            }
            Expr formula = Facts.parse(cert.formula());
            Optional<String> side = SideConditions.claimProblem(formula, ctx);
            if (side.isPresent()) {
                return Optional.of("a side condition is not discharged over the whole domain: " + side.get());
            }
            Expr goal = Facts.consequent(formula, ctx);
            if (goal == null) {
                return Optional.of("the premise of an implication may be undefined");
            }
            if (cert.steps().isEmpty()) {
                return Optional.of("no steps");
            }
            List<Expr> facts = new ArrayList<>();
            for (int i = 0; i < cert.steps().size(); i++) {
                ProofStep s = cert.steps().get(i);
                if (s.id() != i) {
                    return Optional.of("step " + i + " has id " + s.id());
                }
                Expr fact = Facts.parse(s.fact());
                List<Expr> premises = new ArrayList<>();
                for (int p : s.premises()) {
                    if (p < 0 || p >= i) {
                        return Optional.of("step " + i + " uses a premise that is not earlier: " + p);
                    }
                    premises.add(facts.get(p));
                }
                String problem = step(s, fact, premises, ctx, library);
                if (problem != null) {
                    return Optional.of("step " + i + " (" + s.kind() + ") " + s.fact() + ": " + problem);
                }
                facts.add(fact);
            }
            String last = Facts.normal(facts.get(facts.size() - 1));
            if (!last.equals(Facts.normal(goal))) {
                return Optional.of("the last step does not establish the formula " + cert.formula());
            }
            return Optional.empty();
        } catch (NotCertified e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of("malformed certificate: " + e);
        }
    }

    /**
     * Checks a certificate for a checked claim: besides {@link #check(ProofCertificate,
     * TheoremLibrary)}, its binder texts must be the claim's effective domains (every dist binder
     * on the claim's alphabet, {@code CheckedClaim.alphabet()}) in the claim's binder order.
     *
     * Requires: cert != null && library != null && claim != null.
     * Ensures: result != null.
     */
    public static Optional<String> check(ProofCertificate cert, TheoremLibrary library, org.infobound.lang.check.CheckedClaim claim) {
        if (claim == null) {
            throw new IllegalArgumentException("claim is required");
        }
        Map<String, String> want = Context.text(Prover.effectiveBinders(claim));
        if (!want.equals(cert.binders()) || !new ArrayList<>(want.keySet()).equals(new ArrayList<>(cert.binders().keySet()))) {
            return Optional.of("the certificate's binder domains " + cert.binders() + " are not the claim's effective domains " + want);
        }
        Optional<String> defs = Prover.definitionProblem(claim);
        if (defs.isPresent()) {
            return Optional.of("a side condition is not discharged over the whole domain: " + defs.get());
        }
        // the certificate proves the checked claim itself: its formula and hypothesis are the
        // claim's (where definitions inlined), compared as normal forms of the parsed texts
        Prover.Goal goal = Prover.goal(claim);
        try {
            if (!Facts.normal(Facts.parse(cert.formula())).equals(Facts.normal(goal.formula()))) {
                return Optional.of("the certificate's formula " + cert.formula() + " is not the claim's formula "
                        + ExprPrinter.print(goal.formula()));
            }
            Context mine = new Context(Prover.effectiveBinders(claim), goal.assuming());
            if (!java.util.Objects.equals(mine.assumingText().orElse(null), cert.assuming())) {
                return Optional.of("the certificate's hypothesis " + cert.assuming() + " is not the claim's "
                        + mine.assumingText().orElse("(none)"));
            }
        } catch (NotCertified | IllegalArgumentException e) {
            return Optional.of("cannot compare the certificate with the claim: " + e.getMessage());
        }
        return check(cert, library);
    }

    private static String step(ProofStep s, Expr fact, List<Expr> premises, Context ctx, TheoremLibrary library) {
        Optional<Relation> rel = Relations.of(fact);
        switch (s.kind()) {
            case THEOREM:
                return theorem(s, fact, premises, ctx, library);
            case ASSUMPTION:
                return ctx.assumed(fact) ? null : "not a conjunct of the hypothesis";
            case SYMMETRY: {
                Optional<Relation> p = one(premises).flatMap(Relations::of);
                boolean ok = p.isPresent() && rel.isPresent() && p.get().op() == RelOp.EQ && rel.get().op() == RelOp.EQ
                        && Exprs.same(p.get().lhs(), rel.get().rhs()) && Exprs.same(p.get().rhs(), rel.get().lhs());
                return ok ? null : "not the symmetric of its premise";
            }
            case TRANSITIVITY: {
                if (premises.size() != 2 || rel.isEmpty()) {
                    return "needs two premises and a relation";
                }
                Optional<Relation> a = Relations.of(premises.get(0));
                Optional<Relation> b = Relations.of(premises.get(1));
                boolean ok = a.isPresent() && b.isPresent() && Exprs.same(a.get().rhs(), b.get().lhs())
                        && Exprs.same(a.get().lhs(), rel.get().lhs()) && Exprs.same(b.get().rhs(), rel.get().rhs())
                        && Relations.implies(Relations.compose(a.get().op(), b.get().op()), rel.get().op());
                return ok ? null : "premises do not chain to the fact";
            }
            case MONOTONE:
                return monotone(fact, premises, ctx);
            case SIGN:
                return rel.isPresent() && Facts.signFact(rel.get(), ctx) ? null : "not a certain sign fact";
            case REFLEXIVITY:
                return rel.isPresent() && rel.get().op() != RelOp.LT && Exprs.same(rel.get().lhs(), rel.get().rhs())
                        && SignFacts.defined(rel.get().lhs(), ctx) ? null : "not reflexive, or a side may be undefined";
            case NUMERIC: {
                Optional<NumericGoal> goal = rel.flatMap(r -> NumericGoals.of(r, ctx));
                if (goal.isEmpty() || s.numeric() == null || !goal.get().equals(s.numeric().goal())) {
                    return "the numeric certificate is not for this fact";
                }
                return NumericChecker.check(s.numeric()).orElse(null);
            }
            case RANGE_REDUCTION: {
                if (rel.isEmpty() || !premises.isEmpty() || s.numeric() == null) {
                    return "needs a relation, no premises and a numeric certificate";
                }
                Optional<JointRange.Abstraction> abs = JointRange.of(rel.get(), ctx);
                if (abs.isEmpty() || !abs.get().goal().equals(s.numeric().goal())) {
                    return "the numeric certificate is not for the range reduction of this fact";
                }
                if (!abs.get().note().equals(s.note())) {
                    return "the recorded abstraction is not " + abs.get().note();
                }
                return NumericChecker.check(s.numeric()).orElse(null);
            }
            case IDENTITY: {
                String note = rel.isPresent() && premises.isEmpty() ? Identities.identity(rel.get(), ctx) : null;
                return note != null && note.equals(s.note()) ? null : "not an identity (D(p || p) == 0, or equal canonical forms) with its side conditions";
            }
            case THEOREM_AT_INF:
                return ExtendedInstance.check(s, fact, premises, ctx, library);
            case MONOTONE_TRANSFORM:
                return MonotoneTransform.check(fact, premises, s.note(), ctx);
            case EVALUATION:
                return rel.isPresent() && Facts.closed(fact, ctx) && Facts.evaluate(rel.get()).isPresent()
                        ? null : "certified evaluation does not confirm it";
            case CASES:
                return cases(s, fact, premises, ctx);
            case ALGEBRA: {
                if (rel.isEmpty() || rel.get().op() == RelOp.LT || !premises.isEmpty()) {
                    return "needs an equality or <= and no premises";
                }
                Optional<String> form = Algebra.sameForm(rel.get().lhs(), rel.get().rhs(), ctx);
                if (form.isEmpty()) {
                    return "the sides do not normalise to the same form";
                }
                return algebraNote(form.get()).equals(s.note()) ? null : "the recorded normal form is not " + form.get();
            }
            case LINEAR: {
                if (rel.isEmpty()) {
                    return "needs a relation";
                }
                // an equality has no relation premise: its premises are finiteness facts only; an
                // inequality's premises are relations (added up) followed by finiteness facts t < inf
                boolean eq = rel.get().op() == RelOp.EQ;
                List<Relation> haves = new ArrayList<>();
                for (Expr p : premises) {
                    Optional<Relation> pr = Relations.of(p);
                    if (pr.isEmpty()) {
                        return "a premise is not a relation";
                    }
                    boolean finiteness = pr.get().op() == RelOp.LT && pr.get().rhs() instanceof Expr.Var v && v.name().equals("inf");
                    if (!eq && !finiteness) {
                        haves.add(pr.get());
                    }
                }
                Optional<String> note = Linear.note(rel.get(), haves, ctx, Linear.facts(ctx, premises));
                return note.isPresent() && note.get().equals(s.note()) ? null
                        : "not a linear rearrangement of its premise (forms over finite atoms)";
            }
            case APPROX: {
                if (!(fact instanceof Expr.Approx a) || premises.size() != 1) {
                    return "not an approximate equality with one premise";
                }
                boolean ok = Facts.normal(premises.get(0)).equals(Facts.normal(new Relation(a.left(), RelOp.EQ, a.right()).toExpr()))
                        && SignFacts.nonnegative(a.tolerance(), ctx);
                return ok ? null : "premise is not the equality, or the tolerance is not nonnegative";
            }
            case CONJUNCTION: {
                List<Expr> parts = Facts.conjuncts(fact);
                if (parts.size() < 2 || parts.size() != premises.size()) {
                    return "wrong number of conjuncts";
                }
                for (int i = 0; i < parts.size(); i++) {
                    if (!Facts.normal(parts.get(i)).equals(Facts.normal(premises.get(i)))) {
                        return "conjunct " + i + " is not its premise";
                    }
                }
                return null;
            }
            default:
                return "unknown rule";
        }
    }

    /** The note of an ALGEBRA step: the common normal form. */
    static String algebraNote(String form) {
        return "both sides normalise to " + form;
    }

    private static Optional<Expr> one(List<Expr> premises) {
        return premises.size() == 1 ? Optional.of(premises.get(0)) : Optional.empty();
    }

    private static String theorem(ProofStep s, Expr fact, List<Expr> premises, Context ctx, TheoremLibrary library) {
        Optional<Theorem> t = library.get(s.theorem() == null ? "" : s.theorem());
        if (t.isEmpty()) {
            return "no library theorem " + s.theorem();
        }
        if (!s.substitution().keySet().equals(t.get().binders().keySet())) {
            return "the substitution does not bind exactly the theorem's binders";
        }
        Map<String, Expr> sigma = new HashMap<>();
        s.substitution().forEach((k, v) -> sigma.put(k, Facts.parse(v)));
        Optional<String> coverage = Domains.instanceProblem(t.get(), sigma, ctx);
        if (coverage.isPresent()) {
            return coverage.get();
        }
        if (t.get().assuming().isPresent()) {
            String hyp = Facts.normal(Exprs.substitute(t.get().assuming().get(), sigma));
            if (premises.size() != 1 || !Facts.normal(premises.get(0)).equals(hyp)) {
                return "the hypothesis instance is not its premise";
            }
        } else if (!premises.isEmpty()) {
            return "unexpected premises";
        }
        Relation tr = Relations.of(t.get().formula()).orElseThrow();
        Relation inst = new Relation(Exprs.substitute(tr.lhs(), sigma), tr.op(), Exprs.substitute(tr.rhs(), sigma));
        for (Expr side : List.of(inst.lhs(), inst.rhs())) {
            Optional<String> side_ = SideConditions.problem(side, ctx);
            if (side_.isPresent()) {
                return "a side condition of the instance is not discharged: " + side_.get();
            }
        }
        return Facts.normal(inst.toExpr()).equals(Facts.normal(fact)) ? null : "not the instance " + inst.text();
    }

    private static String monotone(Expr fact, List<Expr> premises, Context ctx) {
        Optional<Relation> r = Relations.of(fact);
        Optional<Relation> p = one(premises).flatMap(Relations::of);
        if (r.isEmpty() || p.isEmpty()) {
            return "needs a relation and one premise";
        }
        Monotone.Hole h = Monotone.hole(r.get().lhs(), r.get().rhs());
        if (h == null || !Exprs.same(h.x(), p.get().lhs()) || !Exprs.same(h.y(), p.get().rhs())) {
            return "the sides do not differ exactly by the premise";
        }
        if (p.get().op() == RelOp.EQ) {
            if (r.get().op() == RelOp.LT) {
                return "an equality does not give a strict inequality";
            }
            return Monotone.congruenceDefined(r.get().lhs(), r.get().rhs(), ctx) ? null
                    : "congruence through a context that may be undefined";
        }
        return r.get().op() == RelOp.LE && Monotone.increasing(r.get().lhs(), r.get().rhs(), ctx)
                ? null : "the context is not certainly nondecreasing";
    }

    private static String cases(ProofStep s, Expr fact, List<Expr> premises, Context ctx) {
        Domain d = s.caseBinder() == null ? null : ctx.binders.get(s.caseBinder());
        if (!(d instanceof Domain.FiniteSet set) || set.elements().size() != premises.size()) {
            return "the case binder is not a finite set with one premise per element";
        }
        for (int i = 0; i < premises.size(); i++) {
            Expr want = Exprs.substitute(fact, Map.of(s.caseBinder(), set.elements().get(i)));
            if (!Facts.normal(want).equals(Facts.normal(premises.get(i)))) {
                return "case " + i + " is not the fact at " + ExprPrinter.print(set.elements().get(i));
            }
        }
        return null;
    }
}
