package org.infobound.report;

import java.util.ArrayList;
import java.util.List;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.source.SourceFile;

/**
 * The atomic relations of a formula, through its connectives ({@code not, and, or, implies}):
 * each adjacent pair {@code a op b} of a chain and each {@code a ~= b within t}, with its source
 * text.
 */
final class Chains {

    /** One relation: its two sides and its source text. */
    record Relation(Expr left, Expr right, String text) {
    }

    private Chains() {
    }

    static List<Relation> relations(SourceFile src, Expr formula) {
        List<Relation> out = new ArrayList<>();
        collect(src, formula, out);
        return out;
    }

    private static void collect(SourceFile src, Expr e, List<Relation> out) {
        if (e instanceof Expr.Chain c) {
            for (int i = 0; i + 1 < c.operands().size(); i++) {
                Expr a = c.operands().get(i);
                Expr b = c.operands().get(i + 1);
                out.add(new Relation(a, b, src.text(a.span().to(b.span()))));
            }
        } else if (e instanceof Expr.Approx a) {
            out.add(new Relation(a.left(), a.right(), src.text(a.span())));
        } else if (e instanceof Expr.Unary u) {
            collect(src, u.operand(), out);
        } else if (e instanceof Expr.Binary b) {
            collect(src, b.left(), out);
            collect(src, b.right(), out);
        }
    }

    /**
     * Whether two relation texts are the same relation: equal once whitespace and parentheses
     * are dropped (operand spans and the engine's relation texts may differ in both).
     */
    static boolean same(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String s) {
        return s.replaceAll("[\\s()]+", "");
    }
}
