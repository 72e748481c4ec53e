package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infobound.lang.ast.AggregateKind;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;

/**
 * The numeric goal of a relation between numeric expressions: {@code a <= b} is
 * {@code b - a >= 0}, {@code a < b} is {@code b - a > 0}, {@code a < inf} is finiteness of a.
 * The prover and the checker both derive it from the fact, so a certificate cannot swap goals.
 */
final class NumericGoals {

    private NumericGoals() {
    }

    static Optional<NumericGoal> of(Relation r, Context ctx) {
        if (r.op() == RelOp.LE && r.lhs() instanceof Expr.Aggregate a && a.kind() == AggregateKind.SUP
                && !ctx.binders.containsKey(a.var().name())
                && (a.domain() instanceof Domain.RealInterval || a.domain() instanceof Domain.IntRange)) {
            // sup(x in D, h) <= K  iff  h <= K for every x in D: one more dimension
            Map<String, Domain> extended = new LinkedHashMap<>(ctx.binders);
            extended.put(a.var().name(), a.domain());
            Context inner = new Context(extended, Optional.empty());
            return of(new Relation(a.body(), RelOp.LE, r.rhs()), inner);
        }
        if (r.op() == RelOp.EQ || !ctx.numeric(r.lhs()) || !ctx.numeric(r.rhs())) {
            return Optional.empty();
        }
        Expr g;
        GoalKind kind;
        if (r.op() == RelOp.LT && r.rhs() instanceof Expr.Var v && v.name().equals("inf")) {
            g = r.lhs();
            kind = GoalKind.FINITE;
        } else {
            g = new Expr.Binary(r.lhs().span(), BinaryOp.SUB, r.rhs(), r.lhs());
            kind = r.op() == RelOp.LE ? GoalKind.NONNEGATIVE : GoalKind.POSITIVE;
        }
        Set<String> free = Exprs.freeVars(g);
        List<NumericDim> dims = new ArrayList<>();
        for (String name : ctx.binders.keySet()) {
            if (!free.contains(name)) {
                continue;
            }
            Domain d = ctx.binders.get(name);
            if (d instanceof Domain.IntRange ir) {
                dims.add(new NumericDim(name, DimKind.INTEGER, ExprPrinter.print(ir.lo()), ExprPrinter.print(ir.hi())));
            } else if (d instanceof Domain.RealInterval ri) {
                dims.add(new NumericDim(name, DimKind.REAL, ExprPrinter.print(ri.lo()), ExprPrinter.print(ri.hi()),
                        ri.loEnd() == org.infobound.lang.ast.EndKind.OPEN, ri.hiEnd() == org.infobound.lang.ast.EndKind.OPEN));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new NumericGoal(ExprPrinter.print(g), kind, dims));
    }
}
