package org.infobound.engine.prove;

import java.util.Set;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.num.Interval;

/**
 * Sign and finiteness facts used by monotone contexts: divergences and variance proxies are
 * nonnegative by definition where every side condition of the call is discharged over the
 * whole domain ({@link SideConditions}: valid law parameters, a Renyi order in [0, inf], a
 * generator proved convex with f(1) = 0); a numeric expression's sign comes from its certified enclosure
 * over the binders' ranges. Unknown means "no" (the step is then not taken).
 */
final class SignFacts {

    /** Nonnegative by definition (spec/LANGUAGE.md sections 7-8; divergences in [0, inf]). */
    private static final Set<String> NONNEGATIVE = Set.of("KL", "chi2", "TV", "H2", "BC", "JS", "Df", "renyi",
            "sigma2", "sigma2_right", "sigma2_left", "var", "sd", "collision", "pmax", "sqrt", "exp", "abs");
    /** Finite for a law on a finite alphabet. */
    private static final Set<String> FINITE_ON_ALPHABET = Set.of("sigma2", "sigma2_right", "sigma2_left", "var", "sd",
            "E", "TV", "H2", "BC", "JS", "collision", "pmax");

    private SignFacts() {
    }

    /** Nonnegative (and defined) at every instance. */
    static boolean nonnegative(Expr e, Context ctx) {
        if (e instanceof Expr.Call c && NONNEGATIVE.contains(c.name())) {
            // a divergence is >= 0 only where it is one: valid laws, order in [0, inf], a convex
            // generator with f(1) = 0 (SideConditions), over the whole domain
            return c.name().equals("sqrt") || c.name().equals("abs") || c.name().equals("exp")
                    ? defined(c.args().get(0), ctx) && (!c.name().equals("sqrt") || nonnegative(c.args().get(0), ctx))
                    : SideConditions.holds(c, ctx);
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.ADD) {
            return nonnegative(b.left(), ctx) && nonnegative(b.right(), ctx);
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.MUL) {
            // 0 * inf is undefined: both factors finite
            return nonnegative(b.left(), ctx) && nonnegative(b.right(), ctx) && finite(b.left(), ctx) && finite(b.right(), ctx);
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.DIV) {
            return nonnegative(b.left(), ctx) && positiveNumber(b.right(), ctx);
        }
        return ctx.numeric(e) && enclosure(e, ctx).lo() >= 0;
    }

    /**
     * Nonnegative wherever defined (a sign fact only): products and quotients of nonnegative
     * terms included. Used on the inner sides of monotone contexts, whose definedness is
     * guaranteed by the context rules themselves.
     */
    static boolean signNonnegative(Expr e, Context ctx) {
        if (e instanceof Expr.Call c && NONNEGATIVE.contains(c.name())) {
            return SideConditions.holds(c, ctx);
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV)) {
            return signNonnegative(b.left(), ctx) && signNonnegative(b.right(), ctx);
        }
        return ctx.numeric(e) && enclosure(e, ctx).lo() >= 0;
    }

    /** A numeric expression certainly in (0, inf). */
    static boolean positiveNumber(Expr e, Context ctx) {
        if (!ctx.numeric(e)) {
            return false;
        }
        Interval v = enclosure(e, ctx);
        return v.lo() > 0 && v.isFinite();
    }

    /**
     * Defined at every instance (no {@code inf - inf}, {@code 0 * inf}, ... possible): numeric
     * expressions whose enclosure over the binders' ranges exists, functionals of laws, and sums,
     * differences, products and quotients whose operands cannot meet in an undefined form.
     */
    static boolean defined(Expr e, Context ctx) {
        if (ctx.numeric(e)) {
            try {
                Ranges.enclose(e, ctx);
                return true;
            } catch (NotCertified ex) {
                return false;
            }
        }
        if (e instanceof Expr.Call c && (NONNEGATIVE.contains(c.name()) || FINITE_ON_ALPHABET.contains(c.name()))
                && !Set.of("sqrt", "exp", "abs").contains(c.name())) {
            // a functional is defined only where its laws, order and generator are valid
            return SideConditions.holds(c, ctx);
        }
        if (e instanceof Expr.Call c && c.args().size() == 1 && c.named().isEmpty()) {
            Expr x = c.args().get(0);
            return switch (c.name()) {
                case "exp", "abs", "expm1" -> defined(x, ctx);
                case "sqrt", "log", "log1p" -> nonnegative(x, ctx);
                default -> false;
            };
        }
        if (e instanceof Expr.Binary b) {
            boolean both = defined(b.left(), ctx) && defined(b.right(), ctx);
            return switch (b.op()) {
                case ADD -> both && (finite(b.left(), ctx) || finite(b.right(), ctx)
                        || nonnegative(b.left(), ctx) && nonnegative(b.right(), ctx));
                case SUB -> both && (finite(b.left(), ctx) || finite(b.right(), ctx));
                case MUL -> both && finite(b.left(), ctx) && finite(b.right(), ctx);
                case DIV -> both && positiveNumber(b.right(), ctx);
                default -> false;
            };
        }
        return false;
    }

    static boolean finite(Expr e, Context ctx) {
        if (e instanceof Expr.Call c && FINITE_ON_ALPHABET.contains(c.name()) && !c.args().isEmpty()
                && onAlphabet(c.args().get(0), ctx)) {
            return SideConditions.holds(c, ctx);
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
