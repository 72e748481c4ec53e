package org.infobound.engine.prove;

import java.util.Set;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.num.Interval;

/**
 * Sign and finiteness facts used by monotone contexts: divergences and variance proxies are
 * nonnegative by definition; a numeric expression's sign comes from its certified enclosure
 * over the binders' ranges. Unknown means "no" (the step is then not taken).
 */
final class SignFacts {

    /** Nonnegative by definition (claims-language section 5; divergences in [0, inf]). */
    private static final Set<String> NONNEGATIVE = Set.of("KL", "chi2", "TV", "H2", "BC", "JS", "Df", "renyi",
            "sigma2", "sigma2_right", "sigma2_left", "var", "sd", "collision", "pmax", "sqrt", "exp", "abs");
    /** Finite for a law on a finite alphabet. */
    private static final Set<String> FINITE_ON_ALPHABET = Set.of("sigma2", "sigma2_right", "sigma2_left", "var", "sd",
            "E", "TV", "H2", "BC", "JS", "collision", "pmax");

    private SignFacts() {
    }

    static boolean nonnegative(Expr e, Context ctx) {
        if (e instanceof Expr.Call c && NONNEGATIVE.contains(c.name())) {
            return true;
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV)) {
            return nonnegative(b.left(), ctx) && nonnegative(b.right(), ctx);
        }
        return ctx.numeric(e) && enclosure(e, ctx).lo() >= 0;
    }

    static boolean finite(Expr e, Context ctx) {
        if (e instanceof Expr.Call c && FINITE_ON_ALPHABET.contains(c.name()) && !c.args().isEmpty()
                && onAlphabet(c.args().get(0), ctx)) {
            return true;
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.MUL || b.op() == BinaryOp.SUB)) {
            return finite(b.left(), ctx) && finite(b.right(), ctx);
        }
        if (ctx.numeric(e)) {
            Interval v = enclosure(e, ctx);
            return v.isFinite();
        }
        return false;
    }

    private static boolean onAlphabet(Expr law, Context ctx) {
        if (law instanceof Expr.Var v) {
            return ctx.binders.get(v.name()) instanceof Domain.DistDomain;
        }
        if (law instanceof Expr.Call c && (c.name().equals("bon") || c.name().equals("tilt")) && !c.args().isEmpty()) {
            return onAlphabet(c.args().get(0), ctx);
        }
        return law instanceof Expr.Call c && (c.name().equals("bernoulli") || c.name().equals("categorical"));
    }

    private static Interval enclosure(Expr e, Context ctx) {
        try {
            return Ranges.enclose(e, ctx);
        } catch (NotCertified ex) {
            return Interval.ENTIRE;
        }
    }
}
