package org.infobound.engine.prove;

import java.util.Optional;
import java.util.Set;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;
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
            "sigma2", "sigma2_right", "sigma2_left", "var", "sd", "collision", "pmax", "sqrt", "exp", "abs",
            // a distribution function, in [0, 1] where its law is valid and its argument finite
            "cdf");
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
            // 0 * inf is undefined: both factors finite, or one an exact rational constant > 0 (no
            // binders), which times a value in [0, inf] is defined and in [0, inf] (c * inf = inf)
            return nonnegative(b.left(), ctx) && nonnegative(b.right(), ctx) && finite(b.left(), ctx) && finite(b.right(), ctx)
                    || positiveRational(b.left()) && nonnegative(b.right(), ctx)
                    || positiveRational(b.right()) && nonnegative(b.left(), ctx);
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.DIV) {
            return nonnegative(b.left(), ctx) && positiveNumber(b.right(), ctx);
        }
        if (ctx.numeric(e)) {
            return enclosure(e, ctx).lo() >= 0;
        }
        Interval a = abstractEnclosure(e, ctx);
        return a != null && a.lo() >= 0;
    }

    /**
     * {@link Ranges#encloseAbstract}: functionals of laws replaced by their ranges by definition
     * (defined at every instance when it exists), or null.
     */
    static Interval abstractEnclosure(Expr e, Context ctx) {
        try {
            return Ranges.encloseAbstract(e, ctx);
        } catch (NotCertified | ArithmeticException | IllegalArgumentException ex) {
            return null;
        }
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
        if (ctx.numeric(e)) {
            return enclosure(e, ctx).lo() >= 0;
        }
        Interval a = abstractEnclosure(e, ctx);
        return a != null && a.lo() >= 0;
    }

    /** A numeric expression certainly in (0, inf). */
    /** An exact rational constant in (0, inf) written without binders ({@code 2}, {@code 1 / 2}). */
    private static boolean positiveRational(Expr e) {
        if (!Exprs.freeVars(e).isEmpty()) {
            return false;
        }
        try {
            return Exprs.rational(e).signum() > 0;
        } catch (NotCertified | ArithmeticException | IllegalArgumentException ex) {
            return false;
        }
    }

    static boolean positiveNumber(Expr e, Context ctx) {
        if (!ctx.numeric(e)) {
            return false;
        }
        Interval v = enclosure(e, ctx);
        return v.lo() > 0 && (v.isFinite() || pointwiseFinite(e, ctx, 0)) || positivePointwise(e, ctx, 0);
    }

    /**
     * Defined at every instance (no {@code inf - inf}, {@code 0 * inf}, ... possible): numeric
     * expressions whose enclosure over the binders' ranges exists, functionals of laws, and sums,
     * differences, products and quotients whose operands cannot meet in an undefined form.
     */
    static boolean defined(Expr e, Context ctx) {
        if (pointwiseFinite(e, ctx, 0)) {
            return true;
        }
        if (ctx.numeric(e)) {
            try {
                Ranges.enclose(e, ctx);
                return true;
            } catch (NotCertified ex) {
                // not a numeric expression after all (a functional of laws with numeric
                // parameters), or undefined on the ranges: the rules below decide
            }
        }
        if (e instanceof Expr.Call c && (NONNEGATIVE.contains(c.name()) || FINITE_ON_ALPHABET.contains(c.name()))
                && !Set.of("sqrt", "exp", "abs").contains(c.name())) {
            // a functional is defined only where its laws, order and generator are valid; E(p, X)
            // also needs its outcome expression defined and finite at every outcome
            return SideConditions.holds(c, ctx) && outcomeOk(c, ctx);
        }
        if (e instanceof Expr.Call c && c.args().size() == 1 && c.named().isEmpty()) {
            Expr x = c.args().get(0);
            return switch (c.name()) {
                case "exp", "abs", "expm1" -> defined(x, ctx);
                case "sqrt", "log", "log1p" -> nonnegative(x, ctx);
                default -> false;
            };
        }
        if (!ctx.numeric(e) && abstractEnclosure(e, ctx) != null) {
            return true; // certified with its functionals at their definitional ranges
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
        if (e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            return defined(u.operand(), ctx);
        }
        // functionals abstracted by their ranges: the extended-real interval arithmetic refuses
        // every possibly undefined form, so an enclosure means defined everywhere
        return !ctx.numeric(e) && abstractEnclosure(e, ctx) != null;
    }

    static boolean finite(Expr e, Context ctx) {
        if (e instanceof Expr.Call c && FINITE_ON_ALPHABET.contains(c.name()) && !c.args().isEmpty()
                && onAlphabet(c.args().get(0), ctx)) {
            return SideConditions.holds(c, ctx) && outcomeOk(c, ctx);
        }
        if (e instanceof Expr.Call c && (c.name().equals("E") && c.args().size() == 1 || c.name().equals("var")
                || c.name().equals("sd")) && c.args().size() == 1 && c.named().isEmpty() && momentsFinite(c.args().get(0), ctx, 0)) {
            return SideConditions.holds(c, ctx);
        }
        if (assumedFinite(e, ctx)) {
            return true;
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.MUL || b.op() == BinaryOp.SUB)) {
            return finite(b.left(), ctx) && finite(b.right(), ctx);
        }
        if (ctx.numeric(e)) {
            Interval v = enclosure(e, ctx);
            return v.isFinite() || pointwiseFinite(e, ctx, 0);
        }
        Interval a = abstractEnclosure(e, ctx);
        return a != null && a.isFinite();
    }

    /**
     * A numeric expression that is a finite real at every instance, although its enclosure over
     * an unbounded binder range ({@code n in 1..inf}, {@code x in (0, inf)}) has an infinite end:
     * every binder value is a finite number (spec/LANGUAGE.md section 5: {@code inf} is only an
     * excluded, open end), and {@code + - *}, negation, {@code exp}, {@code abs}, {@code expm1}
     * map finite numbers to finite numbers; a quotient, {@code log}, {@code sqrt}, {@code log1p}
     * and a power need their operand's certified enclosure strictly inside the operation's
     * finite domain (denominator away from 0, log argument > 0, ...). The enclosure's infinite end
     * is only an over-approximation there, never a value. Constant {@code inf} is not finite.
     */
    static boolean pointwiseFinite(Expr e, Context ctx, int depth) {
        if (depth > 64 || !ctx.numeric(e)) {
            return false;
        }
        if (e instanceof Expr.IntLit || e instanceof Expr.RealLit) {
            return true;
        }
        if (e instanceof Expr.Var v) {
            return v.name().equals("pi") || v.name().equals("e") || ctx.numericKind(v.name()).isPresent();
        }
        if (e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            return pointwiseFinite(u.operand(), ctx, depth + 1);
        }
        if (e instanceof Expr.Binary b) {
            boolean both = pointwiseFinite(b.left(), ctx, depth + 1) && pointwiseFinite(b.right(), ctx, depth + 1);
            if (!both) {
                return false;
            }
            return switch (b.op()) {
                case ADD, SUB, MUL -> true;
                case DIV -> awayFromZero(b.right(), ctx);
                case POW -> powFinite(b.left(), b.right(), ctx);
                default -> false;
            };
        }
        if (e instanceof Expr.Call c && c.named().isEmpty()) {
            if (c.args().size() == 2 && (c.name().equals("min") || c.name().equals("max"))) {
                return pointwiseFinite(c.args().get(0), ctx, depth + 1) && pointwiseFinite(c.args().get(1), ctx, depth + 1);
            }
            if (c.args().size() != 1 || !pointwiseFinite(c.args().get(0), ctx, depth + 1)) {
                return false;
            }
            Interval x = strictEnclosure(c.args().get(0), ctx);
            return switch (c.name()) {
                case "exp", "abs", "expm1" -> true;
                case "sqrt" -> x != null && x.lo() >= 0 || positivePointwise(c.args().get(0), ctx, depth + 1);
                case "log", "log2", "lgamma" -> x != null && x.lo() > 0 || positivePointwise(c.args().get(0), ctx, depth + 1);
                case "log1p" -> x != null && x.lo() > -1;
                default -> false;
            };
        }
        Interval r = ctx.numeric(e) ? null : abstractEnclosure(e, ctx);
        return r != null && r.isFinite();
    }

    private static boolean powFinite(Expr base, Expr exponent, Context ctx) {
        if (exponent instanceof Expr.IntLit k) {
            // x^k, k >= 0 an integer: a finite product; k < 0: 1 / x^|k| needs x != 0
            return k.value().signum() >= 0 || awayFromZero(base, ctx);
        }
        Interval b = strictEnclosure(base, ctx);
        // x^y = exp(y log x) for x > 0 and finite y
        return b != null && b.lo() > 0;
    }

    private static boolean awayFromZero(Expr e, Context ctx) {
        Interval v = strictEnclosure(e, ctx);
        return v != null && (v.lo() > 0 || v.hi() < 0) || positivePointwise(e, ctx, 0);
    }

    /**
     * A numeric expression that is a finite number > 0 at every instance, where an enclosure
     * alone cannot tell because 0 is an excluded open end of a binder's range ({@code x in (0, inf)}):
     * such a binder, a certified enclosure with lower end > 0, sums, products and quotients of
     * positive finite terms, and {@code exp} of a finite term.
     */
    static boolean positivePointwise(Expr e, Context ctx, int depth) {
        if (depth > 64 || !ctx.numeric(e) || !pointwiseFiniteNoPositivity(e, ctx)) {
            return false;
        }
        Interval v = strictEnclosure(e, ctx);
        if (v != null && v.lo() > 0) {
            return true;
        }
        if (e instanceof Expr.Var x && ctx.binders.get(x.name()) instanceof Domain.RealInterval ri) {
            // (0, hi): every value is > 0
            return ri.loEnd() == org.infobound.lang.ast.EndKind.OPEN && Context.constant(ri.lo())
                    && ResolvedGoal.constant(ExprPrinter.print(ri.lo())).lo() >= 0;
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV)) {
            return positivePointwise(b.left(), ctx, depth + 1) && positivePointwise(b.right(), ctx, depth + 1);
        }
        if (e instanceof Expr.Call c && c.name().equals("exp") && c.args().size() == 1 && c.named().isEmpty()) {
            return true; // the argument is finite (checked above)
        }
        return false;
    }

    /** Guards the mutual recursion: pointwiseFinite may ask positivePointwise of a sub-term only. */
    private static boolean pointwiseFiniteNoPositivity(Expr e, Context ctx) {
        return pointwiseFinite(e, ctx, 0);
    }

    private static Interval strictEnclosure(Expr e, Context ctx) {
        try {
            return Ranges.enclose(e, ctx);
        } catch (NotCertified ex) {
            return null;
        }
    }

    /**
     * A hypothesis conjunct {@code e < inf} (or {@code e < c}, {@code -inf < e}, ... with a
     * finite numeric c) makes e finite wherever the hypothesis holds, i.e. at every instance the
     * claim quantifies over. Only {@code e < c} and {@code c < e} / {@code c <= e} with c a
     * certified finite number or {@code inf} / {@code -inf} as the strict bound are used: e is
     * below a finite number or strictly below inf, and e itself must be nonnegative (so not -inf)
     * for the upper-bound forms.
     */
    private static boolean assumedFinite(Expr e, Context ctx) {
        for (Expr a : ctx.assumptions) {
            Optional<Relation> r = Relations.of(a);
            if (r.isEmpty() || r.get().op() == RelOp.EQ || !Exprs.same(r.get().lhs(), e)) {
                continue;
            }
            Expr bound = r.get().rhs();
            boolean below = bound instanceof Expr.Var v && v.name().equals("inf") && r.get().op() == RelOp.LT
                    || !(bound instanceof Expr.Var) && ctx.numeric(bound) && enclosure(bound, ctx).isFinite();
            if (below && nonnegative(e, ctx)) {
                return true;
            }
        }
        return false;
    }

    /**
     * E(p, X): X is defined and finite at every outcome (so the sum over the outcomes with
     * positive mass is a finite number). Accepted outcome expressions: numbers with a finite
     * enclosure, the reward {@code r} (a real reward), {@code prob(q)} (in [0, 1]), Fn binders
     * with finite bounds, and {@code + - *}, negation, {@code exp}, {@code abs} of such terms and
     * quotients by a positive numeric denominator. Anything else ({@code r / r} is 0 / 0 at a
     * reward 0, {@code 1 / prob(q)} is inf where q has no mass, {@code log(prob(q))} is -inf) is
     * not defined for a proof. Every other functional: true.
     */
    private static boolean outcomeOk(Expr.Call c, Context ctx) {
        if (!c.name().equals("E") || c.args().size() < 2) {
            return true;
        }
        return outcomeFinite(c.args().get(1), ctx);
    }

    private static boolean outcomeFinite(Expr x, Context ctx) {
        if (x instanceof Expr.Var v && v.name().equals("r") && !ctx.binders.containsKey("r")) {
            return true;
        }
        if (x instanceof Expr.Var v && ctx.binders.get(v.name()) instanceof Domain.FnDomain f) {
            return ctx.numeric(f.lo()) && ctx.numeric(f.hi()) && enclosure(f.lo(), ctx).isFinite()
                    && enclosure(f.hi(), ctx).isFinite();
        }
        if (ctx.numeric(x)) {
            return enclosure(x, ctx).isFinite();
        }
        if (x instanceof Expr.Call c && c.named().isEmpty() && c.args().size() == 1) {
            return switch (c.name()) {
                case "prob" -> true;
                case "exp", "abs" -> outcomeFinite(c.args().get(0), ctx);
                default -> false;
            };
        }
        if (x instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            return outcomeFinite(u.operand(), ctx);
        }
        if (x instanceof Expr.Binary b) {
            return switch (b.op()) {
                case ADD, SUB, MUL -> outcomeFinite(b.left(), ctx) && outcomeFinite(b.right(), ctx);
                case DIV -> outcomeFinite(b.left(), ctx) && positiveNumber(b.right(), ctx);
                default -> false;
            };
        }
        return false;
    }

    /**
     * Every relation in a formula has both sides defined at every instance ({@link #defined});
     * conjunctions, disjunctions, negations, implications and chains of such relations. Used for
     * the hypothesis: an instance where a hypothesis conjunct is undefined is not excluded by it
     * (claims-language section 8), so a proof may not use it there.
     */
    static boolean definedFormula(Expr f, Context ctx) {
        if (f instanceof Expr.Chain ch) {
            return ch.operands().stream().allMatch(x -> defined(x, ctx));
        }
        if (f instanceof Expr.Approx a) {
            return defined(a.left(), ctx) && defined(a.right(), ctx) && defined(a.tolerance(), ctx);
        }
        if (f instanceof Expr.Binary b && (b.op() == BinaryOp.AND || b.op() == BinaryOp.OR || b.op() == BinaryOp.IMPLIES)) {
            return definedFormula(b.left(), ctx) && definedFormula(b.right(), ctx);
        }
        if (f instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NOT) {
            return definedFormula(u.operand(), ctx);
        }
        return false;
    }

    /**
     * A law with finite mean and variance wherever its parameters are valid (the caller checks
     * the side conditions): finite-alphabet laws, the normal, uniform, beta, exponential, gamma,
     * laplace, logistic and gumbel families (moment generating function finite near 0), a tilt
     * of such a law (where the tilt exists, SideConditions requires E exp(X / beta) finite with a
     * strict margin, so the tilted law's moment generating function is finite near 0 too), bon
     * (|max of n| &lt;= sum of the |X_i|) and mix of such laws. Not pareto, not a {@code continuous}
     * binder.
     */
    private static boolean momentsFinite(Expr law, Context ctx, int depth) {
        if (depth > 8) {
            return false;
        }
        if (law instanceof Expr.Var v) {
            Domain d = ctx.binders.get(v.name());
            if (d instanceof Domain.DistDomain) {
                return true;
            }
            if (d instanceof Domain.Law l) {
                return momentsFinite(l.law(), ctx, depth + 1);
            }
            return d instanceof Domain.FiniteSet s && s.elements().stream().allMatch(x -> momentsFinite(x, ctx, depth + 1));
        }
        if (!(law instanceof Expr.Call c)) {
            return false;
        }
        return switch (c.name()) {
            case "bernoulli", "categorical", "normal", "uniform", "beta", "exponential", "gamma", "laplace", "logistic",
                    "gumbel" -> true;
            case "tilt", "bon" -> c.args().size() == 2 && momentsFinite(c.args().get(0), ctx, depth + 1);
            case "mix" -> c.args().size() == 3 && momentsFinite(c.args().get(0), ctx, depth + 1)
                    && momentsFinite(c.args().get(1), ctx, depth + 1);
            default -> false;
        };
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

    /**
     * {@code quantile(P, u)} with P a law on the claim's finite alphabet (a dist binder, or bon,
     * tilt, mix of such laws) and u certainly in (0, 1]: the generalised inverse
     * inf{x : F(x) >= u} is then one of P's rewards (spec/LANGUAGE.md section 7), a finite real.
     * (At u = 0 the infimum is -inf, so 0 must be excluded.)
     */
    static boolean finiteQuantile(Expr e, Context ctx) {
        if (!(e instanceof Expr.Call c) || !c.name().equals("quantile") || c.args().size() != 2 || !c.named().isEmpty()
                || !Domains.sharedLaw(c.args().get(0), ctx) || !SideConditions.holds(c, ctx)) {
            return false;
        }
        return inHalfOpenUnit(c.args().get(1), ctx);
    }

    /** u certainly in (0, 1] at every instance. */
    private static boolean inHalfOpenUnit(Expr u, Context ctx) {
        if (u instanceof Expr.Var v && ctx.binders.get(v.name()) instanceof org.infobound.lang.ast.Domain.RealInterval ri
                && Context.constant(ri.lo()) && Context.constant(ri.hi())) {
            Interval lo = ResolvedGoal.constant(ExprPrinter.print(ri.lo()));
            Interval hi = ResolvedGoal.constant(ExprPrinter.print(ri.hi()));
            boolean loOk = lo.lo() > 0 || lo.lo() >= 0 && ri.loEnd() == org.infobound.lang.ast.EndKind.OPEN;
            return loOk && hi.hi() <= 1;
        }
        if (!ctx.numeric(u)) {
            return false;
        }
        Interval v = enclosure(u, ctx);
        return v.lo() > 0 && v.hi() <= 1;
    }
}
