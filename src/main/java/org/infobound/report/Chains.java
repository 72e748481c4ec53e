package org.infobound.report;

import java.util.List;
import org.infobound.lang.ast.Expr;

/** The relation chains of a formula, through its connectives ({@code not, and, or, implies}). */
final class Chains {

    private Chains() {
    }

    static void collect(Expr e, List<Expr.Chain> out) {
        if (e instanceof Expr.Chain c) {
            out.add(c);
        } else if (e instanceof Expr.Unary u) {
            collect(u.operand(), out);
        } else if (e instanceof Expr.Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        }
    }
}
