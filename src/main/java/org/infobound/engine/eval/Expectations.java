package org.infobound.engine.eval;

import org.infobound.lang.ast.Expr;
import org.infobound.math.line.LineLaw;

/** {@code E(p, X)} with an outcome-level expression X (spec/LANGUAGE.md sections 7-8). */
final class Expectations {

    private Expectations() {
    }

    /**
     * {@code E(p, X)}: the sum over outcomes with positive mass of p_i X_i (section 5). In
     * certified mode an outcome whose mass may be 0 and where X is undefined cannot be settled.
     */
    static <N, D> Object of(Evaluator<N, D> ev, Expr.Call c, Env env) {
        Backend<N, D> b = ev.backend;
        Object law = ev.eval(c.args().get(0), env);
        Expr x = c.args().get(1);
        if (law instanceof LineLaw l) {
            if (b instanceof CertBackend cb) {
                return certifiedLine(ev, cb, l, x, env);
            }
            if (b.certified()) {
                throw new Uncertified("E(p, X) for a law on the line");
            }
            return b.lineExpectation(l, r -> b.estimate(ev.num(ev.eval(x, env.atOutcome(new Env.Outcome(l, -1, r))))));
        }
        D p = ev.castLaw(law);
        N sum = b.num(0.0);
        for (int i = 0; i < b.size(p); i++) {
            if (b.isNull(p, i)) {
                continue;
            }
            N pi = b.prob(p, i);
            N xi;
            try {
                xi = ev.num(ev.eval(x, env.atOutcome(new Env.Outcome(p, i, b.reward(p, i)))));
            } catch (Undefined u) {
                if (b.certified() && b.estimate(pi) >= 0 && !certainlyPositive(pi)) {
                    throw new Uncertified("E(p, X) at an outcome of possibly zero mass");
                }
                throw u;
            }
            sum = b.add(sum, b.mul(pi, xi));
        }
        return sum;
    }

    /**
     * {@code E(p, X)} for a law p on the line, certified: the two-sided enclosure
     * ({@link CertBackend#lineExpectationTwoSided}) intersected with the lower-bound routes
     * ({@code [L, +inf]} where X is certainly >= 0 on the support, in log space where X is
     * {@code exp(h)}), which are tighter for integrals with an infinite upper end.
     */
    private static <N, D> Object certifiedLine(Evaluator<N, D> ev, CertBackend cb, LineLaw l, Expr x, Env env) {
        java.util.function.UnaryOperator<org.infobound.num.Interval> gx = r -> (org.infobound.num.Interval) ev.num(
                ev.eval(x, env.atOutcome(new Env.Outcome(l, -1, r.mid()))));
        java.util.Map<String, org.infobound.num.Dual> constants = constants(ev, x, env);
        org.infobound.num.Interval two = cb.lineExpectationTwoSided(l, gx,
                org.infobound.engine.prove.NumericEval.univariate(x, "r", constants), new LineGrowth(x, constants));
        org.infobound.num.Interval low = null;
        Uncertified why = null;
        try {
            low = lowerRoutes(ev, cb, l, x, env, gx);
        } catch (Uncertified u) {
            why = u;
        }
        if (two == null) {
            if (why != null) {
                throw why;
            }
            return low;
        }
        if (low == null) {
            return two;
        }
        if (!two.intersects(low)) {
            throw new InternalFailure("two enclosures of E(" + l.describe() + ", X) are disjoint: " + two + ", " + low);
        }
        return two.intersect(low);
    }

    /**
     * The numeric variables of X other than r bound in env, as Dual constants (enclosures of
     * their values), so that X is a Dual function of r alone ({@code (r - c)^2} under a binder c).
     */
    private static <N, D> java.util.Map<String, org.infobound.num.Dual> constants(Evaluator<N, D> ev, Expr x, Env env) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        variables(x, names, 0);
        java.util.Map<String, org.infobound.num.Dual> out = new java.util.HashMap<>();
        for (String name : names) {
            if (name.equals("r")) {
                continue;
            }
            Object v = env.lookup(name);
            if (v == null) {
                continue;
            }
            try {
                if (ev.num(v) instanceof org.infobound.num.Interval iv) {
                    out.put(name, org.infobound.num.Dual.constant(iv));
                }
            } catch (RuntimeException e) {
                // not a number (a law, a function): X is not a numeric expression of r
            }
        }
        return out;
    }

    private static void variables(Expr e, java.util.Set<String> out, int depth) {
        if (depth > 200) {
            return;
        }
        if (e instanceof Expr.Var v) {
            out.add(v.name());
        } else if (e instanceof Expr.Unary u) {
            variables(u.operand(), out, depth + 1);
        } else if (e instanceof Expr.Binary b) {
            variables(b.left(), out, depth + 1);
            variables(b.right(), out, depth + 1);
        } else if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) {
                variables(a, out, depth + 1);
            }
        }
    }

    /** The lower-bound routes {@code [L, +inf]}: Uncertified where none applies. */
    private static <N, D> org.infobound.num.Interval lowerRoutes(Evaluator<N, D> ev, CertBackend cb, LineLaw l,
            Expr x, Env env, java.util.function.UnaryOperator<org.infobound.num.Interval> gx) {
        java.util.function.UnaryOperator<org.infobound.num.Dual> h = logSpace(x);
        if (h != null) {
            // X = exp(h) with h a closed numeric expression of r: log space, so that
            // neither exp(h) nor the density overflows (E(normal(0, 1), exp(0.4999 r^2)))
            org.infobound.num.Interval low = cb.lineExpectationLowerLog(l, h);
            try {
                org.infobound.num.Interval direct = cb.lineExpectationLower(l, gx);
                return low.lo() >= direct.lo() ? low : direct;
            } catch (RuntimeException e) {
                return low;
            }
        }
        // a certified lower bound [L, inf] where X >= 0 on the support (a divergent
        // E(exponential(0.75), exp(r)) <= 100 is FALSIFIED)
        return cb.lineExpectationLower(l, gx);
    }

    /**
     * When X is {@code exp(h)} and h a numeric expression of r alone (arithmetic and elementary
     * functions, {@link org.infobound.engine.prove.NumericEval}), h as a Dual function of r; else null.
     */
    private static java.util.function.UnaryOperator<org.infobound.num.Dual> logSpace(Expr x) {
        if (!(x instanceof Expr.Call c && c.name().equals("exp") && c.args().size() == 1 && c.named().isEmpty())) {
            return null;
        }
        java.util.function.UnaryOperator<org.infobound.num.Dual> h =
                org.infobound.engine.prove.NumericEval.univariate(c.args().get(0), "r");
        try {
            h.apply(org.infobound.num.Dual.variable(org.infobound.num.Interval.of(0.5)));
            return h;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static <N> boolean certainlyPositive(N x) {
        return x instanceof org.infobound.num.Interval iv ? iv.lo() > 0 : ((Double) x) > 0;
    }

}
