package org.infobound.engine.prove;

import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;

/**
 * One relation {@code lhs op rhs} with {@code op} one of {@code <=, <, ==} (goals written with
 * {@code >=} or {@code >} are flipped on the way in).
 *
 * @param lhs the left side
 * @param op  LE, LT or EQ
 * @param rhs the right side
 */
record Relation(Expr lhs, RelOp op, Expr rhs) {

    /** The relation as a formula (a two-operand chain). */
    Expr toExpr() {
        return new Expr.Chain(lhs.span(), java.util.List.of(lhs, rhs), java.util.List.of(op));
    }

    String text() {
        return ExprPrinter.print(lhs) + " " + op.symbol() + " " + ExprPrinter.print(rhs);
    }

    String canon() {
        return Exprs.canon(lhs) + " " + op.symbol() + " " + Exprs.canon(rhs);
    }
}
