package org.infobound.engine.prove;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.EndKind;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;
import org.infobound.num.Interval;

/**
 * An instance of a one-variable library theorem at a value that may be {@code +inf}
 * (StepKind {@code THEOREM_AT_INF}; proofs/theorems/joint_range.md, section 3).
 *
 * <p><b>Statement.</b> Let t be a library theorem with exactly one binder x, a real interval
 * {@code (lo, inf)} or {@code [lo, inf)} with a constant lo, no hypothesis, and a relation
 * {@code F(x) r G(x)} with r one of {@code <=}, {@code <}. Let e be an expression of the claim
 * (typically a divergence, whose definitional range is [0, inf], inf included) that is defined
 * at every instance with its value in {@code [lo, inf]} ({@code (lo, inf]} when lo is open),
 * certified by the extended-real enclosure {@link Ranges#encloseAbstract}. If the closed
 * relation {@code F(inf) r G(inf)} holds by certified evaluation (spec/LANGUAGE.md section 8
 * arithmetic, for instance {@code log(1 + inf) = inf <= inf}), then {@code F(e) r G(e)} holds
 * at every instance.
 *
 * <p><b>Proof.</b> At an instance e has a value v. If v is finite, v lies in the theorem's
 * domain and the theorem gives {@code F(v) r G(v)}. If v = inf, the evaluator computes
 * {@code F(e)} and {@code G(e)} from the value of e by the same extended arithmetic that
 * evaluates the closed relation {@code F(inf) r G(inf)}, which holds. Either way the instance
 * relation holds; the side conditions of the instance sides are discharged as for THEOREM.
 */
final class ExtendedInstance {

    private ExtendedInstance() {
    }

    /** The binder's name, if t has the required shape (one real binder ending at inf, no hypothesis, {@code <=} or {@code <}). */
    static Optional<String> binder(Theorem t) {
        if (t.assuming().isPresent() || t.binders().size() != 1) {
            return Optional.empty();
        }
        Map.Entry<String, Domain> b = t.binders().entrySet().iterator().next();
        if (!(b.getValue() instanceof Domain.RealInterval r) || !Context.constant(r.lo()) || Exprs.freeVars(r.lo()).contains("inf")
                || !(r.hi() instanceof Expr.Var v && v.name().equals("inf"))) {
            return Optional.empty();
        }
        Optional<Relation> rel = Relations.of(t.formula());
        if (rel.isEmpty() || rel.get().op() == RelOp.EQ) {
            return Optional.empty();
        }
        return Optional.of(b.getKey());
    }

    /**
     * The instance of t at {@code value} if it is an extended instance (the value possibly inf);
     * the note (the evidence at inf) is returned with it, or empty if a hypothesis fails.
     */
    static Optional<Instance> of(Theorem t, Expr value, Context ctx) {
        Optional<String> x = binder(t);
        if (x.isEmpty()) {
            return Optional.empty();
        }
        Domain.RealInterval dom = (Domain.RealInterval) t.binders().get(x.get());
        Interval v;
        Interval lo;
        try {
            v = Ranges.encloseAbstract(value, ctx);
            lo = ResolvedGoal.constant(ExprPrinter.print(dom.lo()));
        } catch (NotCertified | IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean loOk = dom.loEnd() == EndKind.OPEN ? v.lo() > lo.hi() : v.lo() >= lo.hi();
        if (!loOk || Double.isNaN(v.hi())) {
            return Optional.empty();
        }
        Relation tr = Relations.of(t.formula()).orElseThrow();
        Map<String, Expr> sigma = Map.of(x.get(), value);
        Relation inst = new Relation(Exprs.substitute(tr.lhs(), sigma), tr.op(), Exprs.substitute(tr.rhs(), sigma));
        for (Expr side : List.of(inst.lhs(), inst.rhs())) {
            if (SideConditions.problem(side, ctx).isPresent()) {
                return Optional.empty();
            }
        }
        Expr inf = new Expr.Var(value.span(), "inf");
        Map<String, Expr> atInf = Map.of(x.get(), inf);
        Relation closed = new Relation(Exprs.substitute(tr.lhs(), atInf), tr.op(), Exprs.substitute(tr.rhs(), atInf));
        Optional<String> evidence = Facts.evaluate(closed);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        String note = "instance of " + t.name() + " at " + x.get() + " := " + ExprPrinter.print(value) + " in " + v
                + " (finite values: the theorem); at " + x.get() + " = inf: " + ExprPrinter.print(closed.toExpr()) + " holds, "
                + evidence.get();
        return Optional.of(new Instance(inst, x.get(), note));
    }

    /** An extended instance: the relation, the theorem's binder, the note recorded in the step. */
    record Instance(Relation relation, String binder, String note) {
    }

    /** Replay of a THEOREM_AT_INF step; null if valid, else the problem. */
    static String check(ProofStep s, Expr fact, List<Expr> premises, Context ctx, TheoremLibrary library) {
        if (!premises.isEmpty()) {
            return "unexpected premises";
        }
        Optional<Theorem> t = library.get(s.theorem() == null ? "" : s.theorem());
        if (t.isEmpty()) {
            return "no library theorem " + s.theorem();
        }
        Optional<String> x = binder(t.get());
        if (x.isEmpty() || !s.substitution().keySet().equals(t.get().binders().keySet())) {
            return "not a one-variable theorem on a domain ending at inf, or the substitution does not bind its binder";
        }
        Optional<Instance> inst = of(t.get(), Facts.parse(s.substitution().get(x.get())), ctx);
        if (inst.isEmpty()) {
            return "the value is not certainly in the theorem's domain or at inf, or the relation at inf does not hold";
        }
        if (!Facts.normal(inst.get().relation().toExpr()).equals(Facts.normal(fact))) {
            return "not the instance " + inst.get().relation().text();
        }
        return inst.get().note().equals(s.note()) ? null : "the recorded evidence is not " + inst.get().note();
    }
}
