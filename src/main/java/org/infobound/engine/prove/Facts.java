package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infobound.engine.eval.ClosedValue;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;
import org.infobound.lang.parse.ExpressionResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.infobound.num.Interval;

/** Formulas as facts: normal form, conjuncts, closedness, certified evaluation, parsing. */
final class Facts {

    private Facts() {
    }

    /** Canonical text, with a single relation normalised to {@code <=, <, ==}. */
    static String normal(Expr f) {
        return Relations.of(f).map(Relation::canon).orElseGet(() -> Exprs.canon(f));
    }

    /** The conjuncts of {@code a and b} and the links of a chain {@code a r b r c}. */
    static List<Expr> conjuncts(Expr f) {
        List<Expr> out = new ArrayList<>();
        if (f instanceof Expr.Binary b && b.op() == BinaryOp.AND) {
            out.addAll(conjuncts(b.left()));
            out.addAll(conjuncts(b.right()));
        } else if (f instanceof Expr.Chain c && c.ops().size() > 1) {
            for (int i = 0; i < c.ops().size(); i++) {
                out.add(new Expr.Chain(c.span(), List.of(c.operands().get(i), c.operands().get(i + 1)), List.of(c.ops().get(i))));
            }
        } else {
            out.add(f);
        }
        return out;
    }

    /** True if the fact mentions none of the claim's binders. */
    static boolean closed(Expr f, Context ctx) {
        return Exprs.freeVars(f).stream().noneMatch(ctx.binders::containsKey);
    }

    /**
     * Certified evaluation of a closed relation {@code <=} or {@code <}: the enclosures as
     * evidence, or empty. Each side is evaluated by the engine's certified evaluator
     * ({@link ClosedValue#enclosure}, Mode.CERTIFIED), re-parsed from its printed text so that
     * spans and source agree; the relation holds when the enclosures are ordered. Never
     * {@code ==} (enclosures cannot show an equality), and never an expression naming a file
     * (a string literal: the certificate has no directory to resolve it against).
     */
    static Optional<String> evaluate(Relation r) {
        if (r.op() != RelOp.LE && r.op() != RelOp.LT) {
            return Optional.empty();
        }
        Optional<Interval> a = enclosure(r.lhs());
        Optional<Interval> b = a.isEmpty() ? Optional.empty() : enclosure(r.rhs());
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        boolean holds = r.op() == RelOp.LE ? a.get().hi() <= b.get().lo() : a.get().hi() < b.get().lo();
        return holds ? Optional.of("left side in " + a.get() + ", right side in " + b.get()) : Optional.empty();
    }

    /** The certified enclosure of a closed side by the engine's evaluator, or empty. */
    static Optional<Interval> enclosure(Expr side) {
        String text = ExprPrinter.print(side);
        if (text.indexOf('"') >= 0) {
            return Optional.empty();
        }
        ExpressionResult parsed = Parser.parseExpression(SourceFile.of("<closed relation>", text));
        if (parsed.expr().isEmpty() || !parsed.diagnostics().isEmpty()) {
            return Optional.empty();
        }
        return ClosedValue.enclosure(parsed.source(), parsed.expr().get());
    }

    /** {@code 0 <= e} with e nonnegative by a sign fact. */
    static boolean signFact(Relation r, Context ctx) {
        boolean zero = r.lhs() instanceof Expr.IntLit i && i.value().signum() == 0
                || r.lhs() instanceof Expr.RealLit d && d.value().signum() == 0;
        if (zero && r.op() == RelOp.LE && SignFacts.nonnegative(r.rhs(), ctx)) {
            return true;
        }
        // A <= B (A < B) by enclosures over the whole domain, functionals of laws taken at their
        // ranges by definition (Ranges.encloseAbstract: TV <= 1, 1 - exp(-KL) <= 1, 1 / n <= 1
        // for n in 1..inf); an enclosure exists only where the side is defined at every instance
        if (r.op() == RelOp.EQ) {
            return false;
        }
        Interval a = SignFacts.abstractEnclosure(r.lhs(), ctx);
        Interval b = a == null ? null : SignFacts.abstractEnclosure(r.rhs(), ctx);
        return b != null && (r.op() == RelOp.LT ? a.hi() < b.lo() : a.hi() <= b.lo());
    }

    /**
     * Peels {@code A implies B}: adds A to the context's hypotheses and returns B (repeatedly);
     * null if a premise is not a relation with sides defined at every instance.
     */
    static Expr consequent(Expr formula, Context ctx) {
        Expr f = formula;
        while (f instanceof Expr.Binary b && b.op() == BinaryOp.IMPLIES) {
            Optional<Relation> premise = Relations.of(b.left());
            if (premise.isEmpty() || !SignFacts.defined(premise.get().lhs(), ctx) || !SignFacts.defined(premise.get().rhs(), ctx)) {
                return null;
            }
            ctx.assumptions.add(b.left());
            f = b.right();
        }
        return f;
    }

    static Expr parse(String text) {
        return ResolvedGoal.parse(text);
    }
}
