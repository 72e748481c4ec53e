package org.infobound.engine.prove;

import java.util.HashMap;
import java.util.Map;
import org.infobound.lang.ast.Expr;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/** Certified enclosures of numeric expressions over the whole range of the claim's binders. */
final class Ranges {

    private Ranges() {
    }

    /** The enclosure of a numeric expression with every binder at its whole range. */
    static Interval enclose(Expr e, Context ctx) {
        Map<String, Dual> env = new HashMap<>();
        Map<String, java.util.List<Expr>> excluded = new HashMap<>();
        for (String v : Exprs.freeVars(e)) {
            if (ctx.numericKind(v).isPresent()) {
                env.put(v, Dual.constant(ctx.range(v)));
                if (ctx.binders.get(v) instanceof org.infobound.lang.ast.Domain.RealInterval ri) {
                    java.util.List<Expr> ends = new java.util.ArrayList<>();
                    if (ri.loEnd() == org.infobound.lang.ast.EndKind.OPEN) {
                        ends.add(ri.lo());
                    }
                    if (ri.hiEnd() == org.infobound.lang.ast.EndKind.OPEN) {
                        ends.add(ri.hi());
                    }
                    excluded.put(v, ends);
                }
            }
        }
        return new NumericEval(env, excluded).eval(e).value();
    }

    /** Functionals with a range known from their definition (spec/LANGUAGE.md section 7). */
    private static final java.util.Set<String> UNBOUNDED_NONNEGATIVE = java.util.Set.of("KL", "chi2", "renyi", "Df",
            "sigma2", "sigma2_right", "sigma2_left", "var", "sd");
    private static final java.util.Set<String> UNIT = java.util.Set.of("TV", "H2", "BC", "collision", "pmax");

    /**
     * The enclosure of an expression whose functionals of laws are replaced by their ranges by
     * definition: KL, chi2, renyi, Df, the variance proxies, var and sd in [0, inf] (inf
     * included: a divergence may be infinite), TV, H2, BC, collision and pmax in [0, 1], JS in
     * [0, log 2]; each only where its own side conditions (laws, order, generator) hold over the
     * whole domain. The arithmetic is the extended-real interval arithmetic, which refuses every
     * form that may be undefined ({@code inf - inf}, {@code 0 * inf}, ...) on the enclosures, so a
     * result means the expression is defined at every instance, with its value inside. Throws
     * {@link NotCertified} otherwise.
     */
    static Interval encloseAbstract(Expr e, Context ctx) {
        Map<String, Dual> env = new HashMap<>();
        Expr abs = abstractCalls(e, ctx, env);
        for (String v : Exprs.freeVars(abs)) {
            if (env.containsKey(v)) {
                continue;
            }
            if (ctx.numericKind(v).isPresent()) {
                env.put(v, Dual.constant(ctx.range(v)));
            }
        }
        Map<String, java.util.List<Expr>> excluded = new HashMap<>();
        for (String v : env.keySet()) {
            if (ctx.binders.get(v) instanceof org.infobound.lang.ast.Domain.RealInterval ri) {
                java.util.List<Expr> ends = new java.util.ArrayList<>();
                if (ri.loEnd() == org.infobound.lang.ast.EndKind.OPEN) {
                    ends.add(ri.lo());
                }
                if (ri.hiEnd() == org.infobound.lang.ast.EndKind.OPEN) {
                    ends.add(ri.hi());
                }
                excluded.put(v, ends);
            }
        }
        return new NumericEval(env, excluded).eval(abs).value();
    }

    /**
     * The range by definition of a functional of laws (the one table of definitional ranges; the
     * range reduction of {@link JointRange} uses its bounded rows): KL, chi2, renyi, Df, the
     * variance proxies, var and sd in [0, inf]; TV, H2, BC, collision and pmax in [0, 1]; JS in
     * [0, log 2]. Null unless the call's side conditions hold over the whole domain.
     */
    static Interval definitional(Expr.Call c, Context ctx) {
        Interval range = UNBOUNDED_NONNEGATIVE.contains(c.name()) ? Interval.of(0, Double.POSITIVE_INFINITY)
                : UNIT.contains(c.name()) ? Interval.of(0, 1)
                : c.name().equals("JS") ? Interval.of(0, org.infobound.num.Constants.LN2.hi())
                // Shannon entropy of a law on the claim's finite alphabet: -sum p_i log p_i >= 0
                // (each term >= 0 for p_i in [0, 1]); not for a law on the line (differential
                // entropy may be negative), so only shared-alphabet laws
                : c.name().equals("entropy") && c.args().size() == 1 && c.named().isEmpty()
                        && Domains.sharedLaw(c.args().get(0), ctx) ? Interval.of(0, Double.POSITIVE_INFINITY)
                : null;
        return range != null && SideConditions.holds(c, ctx) ? range : null;
    }

    private static Expr abstractCalls(Expr e, Context ctx, Map<String, Dual> env) {
        if (e instanceof Expr.Call c && !ctx.numeric(c)) {
            Interval range = definitional(c, ctx);
            if (range != null) {
                // a name no claim can bind (not an identifier of the language)
                String name = "#f" + env.size();
                env.put(name, Dual.constant(range));
                return new Expr.Var(c.span(), name);
            }
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.span(), u.op(), abstractCalls(u.operand(), ctx, env));
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.span(), b.op(), abstractCalls(b.left(), ctx, env), abstractCalls(b.right(), ctx, env));
        }
        if (e instanceof Expr.Call c && c.named().isEmpty() && !ctx.numeric(c)) {
            java.util.List<Expr> args = c.args().stream().map(a -> abstractCalls(a, ctx, env)).toList();
            return new Expr.Call(c.span(), c.callee(), c.form(), args, c.named());
        }
        return e;
    }
}
