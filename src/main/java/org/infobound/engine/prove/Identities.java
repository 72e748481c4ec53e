package org.infobound.engine.prove;

import java.util.Set;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;

/**
 * Identities read off the outcome sums of the divergences (proofs/theorems/joint_range.md,
 * "Identities"). So far one rule: a divergence of a law against itself is 0,
 * {@code D(p || p) == 0} for D in KL, chi2, TV, H2, JS and Renyi of any order in [0, inf], where
 * the call's side conditions hold over the whole domain (p a valid law). Each outcome term is
 * {@code p_i f(p_i / p_i) = p_i f(1) = 0} (f(1) = 0 for the generators of KL, chi2, TV, H2;
 * JS(p, p) = KL(p || p) = 0 since the midpoint of p and p is p), outcomes with p_i = 0
 * contribute 0 by the conventions of spec/LANGUAGE.md section 7, and for Renyi
 * {@code sum_{p_i > 0} p_i^a p_i^(1 - a) = sum p_i = 1}, so the order 0, the orders a != 1 and
 * the order inf (log max p_i / p_i) all give log 1 = 0. Laws on the line: the same with the
 * density ratio 1.
 */
final class Identities {

    private static final Set<String> SELF_ZERO = Set.of("KL", "chi2", "TV", "H2", "JS", "renyi");
    static final String SELF_NOTE = "D(p || p) = 0: every outcome term is p_i f(1) = 0, and 0-mass outcomes contribute 0";

    private Identities() {
    }

    /** The note of a self-divergence identity {@code D(p || p) == 0}, or null if r is not one. */
    static String selfDivergence(Relation r, Context ctx) {
        if (r.op() != RelOp.EQ) {
            return null;
        }
        Expr call = zero(r.rhs()) ? r.lhs() : zero(r.lhs()) ? r.rhs() : null;
        if (!(call instanceof Expr.Call c) || !SELF_ZERO.contains(c.name()) || !c.named().isEmpty()) {
            return null;
        }
        if (c.args().size() != (c.name().equals("renyi") ? 3 : 2) || !Exprs.same(c.args().get(0), c.args().get(1))) {
            return null;
        }
        return SideConditions.holds(c, ctx) ? SELF_NOTE : null;
    }

    /**
     * The note of an identity {@code A == B} whose sides rewrite to the same expression by the
     * canonical transforms of {@link JointRange#canonical} (for instance
     * {@code renyi(p || q, 2) == log(1 + chi2(p || q))}, {@code renyi(p || q, 1/2) == -2 * log(1 - H2(p, q))}
     * where the latter is rewritten too), defined at every instance; or null.
     */
    static String canonicalForms(Relation r, Context ctx) {
        if (r.op() != RelOp.EQ) {
            return null;
        }
        Expr a = JointRange.canonical(r.lhs(), ctx);
        Expr b = JointRange.canonical(r.rhs(), ctx);
        if (!Exprs.same(a, b) || !SignFacts.defined(a, ctx)) {
            return null;
        }
        return "both sides rewrite to " + ExprPrinter.print(a) + " (transforms of one functional)";
    }

    /** The note of an identity step for r: self-divergence or canonical forms; null if neither. */
    static String identity(Relation r, Context ctx) {
        String self = selfDivergence(r, ctx);
        return self != null ? self : canonicalForms(r, ctx);
    }

    private static boolean zero(Expr e) {
        return e instanceof Expr.IntLit i && i.value().signum() == 0;
    }
}
