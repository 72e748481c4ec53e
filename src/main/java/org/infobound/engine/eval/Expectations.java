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
                java.util.function.UnaryOperator<org.infobound.num.Dual> h = logSpace(x);
                if (h != null) {
                    // X = exp(h) with h a closed numeric expression of r: log space, so that
                    // neither exp(h) nor the density overflows (E(normal(0, 1), exp(0.4999 r^2)))
                    Object low = cb.lineExpectationLowerLog(l, h);
                    try {
                        Object direct = cb.lineExpectationLower(l, r -> (org.infobound.num.Interval) ev.num(
                                ev.eval(x, env.atOutcome(new Env.Outcome(l, -1, r.mid())))));
                        double a = ((org.infobound.num.Interval) low).lo();
                        return a >= ((org.infobound.num.Interval) direct).lo() ? low : direct;
                    } catch (RuntimeException e) {
                        return low;
                    }
                }
                // a certified lower bound [L, inf] where X >= 0 on the support (a divergent
                // E(exponential(0.75), exp(r)) <= 100 is FALSIFIED); no upper bound
                return cb.lineExpectationLower(l, r -> (org.infobound.num.Interval) ev.num(
                        ev.eval(x, env.atOutcome(new Env.Outcome(l, -1, r.mid())))));
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
