package org.infobound.engine.prove;

import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Expr;

/**
 * Monotone-transform normal form of a relation with a squared side (spec/CHECK.md, "Proofs").
 * On the extended half-line {@code [0, inf]} the map {@code phi(x) = c x^2} (c an exact positive
 * rational constant, {@code inf^2 = inf}) is a strictly increasing bijection onto {@code [0, inf]}
 * with inverse {@code psi(y) = sqrt(y / c)}. Hence, for X and B defined and in {@code [0, inf]} at
 * every instance and r one of {@code <=, <, ==}:
 * <pre>
 *   X r sqrt(B / c)   gives   c * X^2 r B        (apply phi: phi(psi(B)) = B)
 *   sqrt(A / c) r Y   gives   A r c * Y^2        (apply phi: phi(psi(A)) = A)
 * </pre>
 * The squared side may be written {@code c * X^2}, {@code X^2 * c}, {@code X^2 / d} (c = 1/d) or
 * {@code X^2}; the exponent is the literal 2 and c folds to an exact rational in (0, inf). The
 * premise is written {@code sqrt(B)} when c = 1. So {@code 2 * TV(p, q)^2 <= KL(p || q)} reduces
 * to Pinsker's {@code TV(p, q) <= sqrt(KL(p || q) / 2)}. Nonnegativity and definedness of X and
 * of the other side are {@link SignFacts#nonnegative} facts (definitional ranges, side conditions
 * over the whole domain); a term that may be negative (x^2 with x in [-1, 1]) is refused, since
 * x -> x^2 is not monotone there.
 */
final class MonotoneTransform {

    /** The premise that gives the goal, and the transform's description (the step's note). */
    record Reduction(Relation premise, String note) {
    }

    private MonotoneTransform() {
    }

    /** A squared side {@code c * X^2}: the base X and the exact constant c > 0. */
    private record Square(Expr base, BigFraction c) {
    }

    /**
     * The premise of the goal under the transform, or empty when neither side is a certified
     * square of a nonnegative term, or the other side is not certainly defined and nonnegative.
     */
    static Optional<Reduction> of(Relation goal, Context ctx) {
        try {
            Square left = square(goal.lhs(), ctx);
            if (left != null && SignFacts.nonnegative(goal.rhs(), ctx)) {
                String premise = ExprPrinter.print(left.base()) + " " + goal.op().symbol() + " " + root(goal.rhs(), left.c());
                return reduction(premise, left, "left");
            }
            Square right = square(goal.rhs(), ctx);
            if (right != null && SignFacts.nonnegative(goal.lhs(), ctx)) {
                String premise = root(goal.lhs(), right.c()) + " " + goal.op().symbol() + " " + ExprPrinter.print(right.base());
                return reduction(premise, right, "right");
            }
        } catch (NotCertified | ArithmeticException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Reduction> reduction(String premise, Square s, String side) {
        Optional<Relation> r = Relations.of(Facts.parse(premise));
        String note = "x -> " + text(s.c()) + " * x^2 is strictly increasing on [0, inf] with inverse y -> sqrt(y / "
                + text(s.c()) + "); the " + side + " side squared, both sides certainly in [0, inf]";
        return r.map(p -> new Reduction(p, note));
    }

    /** {@code sqrt(e / c)}, or {@code sqrt(e)} when c = 1. */
    private static String root(Expr e, BigFraction c) {
        // a positive rational factor of e moves into c: sqrt((k * B) / c) = sqrt(B / (c / k)) on
        // [0, inf] (k * inf = inf), so 4 * TV^2 <= 2 * KL reduces to Pinsker's TV <= sqrt(KL / 2)
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV)) {
            BigFraction right = positiveConstant(b.right());
            BigFraction left = b.op() == BinaryOp.MUL ? positiveConstant(b.left()) : null;
            if (right != null) {
                return root(b.left(), b.op() == BinaryOp.MUL ? c.divide(right) : c.multiply(right));
            }
            if (left != null) {
                return root(b.right(), c.divide(left));
            }
        }
        String inner = "(" + ExprPrinter.print(e) + ")";
        return c.equals(BigFraction.ONE) ? "sqrt" + inner : "sqrt(" + inner + " / " + text(c) + ")";
    }

    private static String text(BigFraction c) {
        return c.getDenominator().equals(java.math.BigInteger.ONE) ? c.getNumerator().toString()
                : "(" + c.getNumerator() + " / " + c.getDenominator() + ")";
    }

    private static Square square(Expr e, Context ctx) {
        if (e instanceof Expr.Binary b) {
            if (b.op() == BinaryOp.POW) {
                return isTwo(b.right()) && SignFacts.nonnegative(b.left(), ctx) ? new Square(b.left(), BigFraction.ONE) : null;
            }
            if (b.op() == BinaryOp.MUL) {
                Square s = square(b.right(), ctx);
                BigFraction c = positiveConstant(b.left());
                if (s == null || c == null) {
                    s = square(b.left(), ctx);
                    c = positiveConstant(b.right());
                }
                return s == null || c == null ? null : new Square(s.base(), s.c().multiply(c));
            }
            if (b.op() == BinaryOp.DIV) {
                Square s = square(b.left(), ctx);
                BigFraction d = positiveConstant(b.right());
                return s == null || d == null ? null : new Square(s.base(), s.c().divide(d));
            }
        }
        return null;
    }

    private static boolean isTwo(Expr e) {
        return (e instanceof Expr.IntLit || e instanceof Expr.RealLit) && Exprs.literal(e).equals(new BigFraction(2));
    }

    /** An exact rational constant in (0, inf) (no binders), or null. */
    private static BigFraction positiveConstant(Expr e) {
        if (!Exprs.freeVars(e).isEmpty()) {
            return null;
        }
        try {
            BigFraction v = Exprs.rational(e);
            return v.signum() > 0 ? v : null;
        } catch (NotCertified | ArithmeticException | IllegalArgumentException ex) {
            return null;
        }
    }

    /** The checker's replay: the recorded premise and note are the ones the transform gives. */
    static String check(Expr fact, java.util.List<Expr> premises, String note, Context ctx) {
        Optional<Relation> rel = Relations.of(fact);
        if (rel.isEmpty() || premises.size() != 1) {
            return "needs a relation and one premise";
        }
        Optional<Reduction> red = of(rel.get(), ctx);
        if (red.isEmpty()) {
            return "no side is c * X^2 with X and the other side certainly in [0, inf]";
        }
        if (!Facts.normal(red.get().premise().toExpr()).equals(Facts.normal(premises.get(0)))) {
            return "the premise is not " + red.get().premise().text();
        }
        return red.get().note().equals(note) ? null : "the recorded transform is not " + red.get().note();
    }
}
