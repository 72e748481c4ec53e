package org.infobound.engine.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.LetDecl;
import org.infobound.lang.ast.NamedArg;
import org.infobound.math.discrete.Ties;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.math.line.ExactLineValues;
import org.infobound.math.line.LineLaw;
import org.infobound.math.line.MaxLaw;
import org.infobound.math.line.MixtureLaw;
import org.infobound.math.line.TiltedLaw;

/** The built-in functions of spec/LANGUAGE.md sections 6-8, and calls of {@code let}s. */
final class Builtins<N, D> {

    private static final Set<String> UNARY = Set.of("sqrt", "exp", "log", "log2", "log1p", "expm1", "abs",
            "lgamma", "digamma", "floor", "ceil");
    private static final Set<String> DIVERGENCES = Set.of("KL", "chi2", "TV", "H2", "BC", "JS");
    private static final Set<String> MOMENTS = Set.of("var", "sd", "sigma2", "sigma2_right", "sigma2_left",
            "entropy", "collision", "pmax");

    private final Evaluator<N, D> ev;
    private final Backend<N, D> b;
    private final Laws<N, D> laws;
    /** Divergences between laws on the line are quadratures: memoised per claim (LRU). */
    private final java.util.Map<String, Object> lineCache = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Object> e) {
            return size() > 512;
        }
    };

    Builtins(Evaluator<N, D> ev) {
        this.ev = ev;
        this.b = ev.backend;
        this.laws = new Laws<>(ev);
    }

    /** A moment builtin ({@code E}, {@code var}, ...) of one law. */
    private Object moment(String m, Object law) {
        if (law instanceof LineLaw l) {
            // a rational closed form of exact parameters is exact on every route
            org.hipparchus.fraction.BigFraction x = ExactLineValues.moment(m, l, null);
            return x != null ? Exact.simplify(x) : b.lineMoment(m, l, null);
        }
        return b.moment(m, ev.castLaw(law));
    }

    Object call(Expr.Call c, Env env) {
        String name = c.name();
        LetDecl let = ev.lets.get(name);
        if (let != null && !let.isConstant()) {
            return callLet(let, c, env);
        }
        Object bound = env.lookup(name);
        if (bound instanceof Values.LambdaVal l && c.args().size() == 1) {
            return applyLambda(l, ev.eval(c.args().get(0), env));
        }
        if (name.equals("E") && c.args().size() == 2) {
            if (c.args().get(1) instanceof Expr.Var v && v.name().equals("r") && c.named().isEmpty()) {
                // r is reserved (spec/LANGUAGE.md): E(p, r) is the mean E(p), with its exact and
                // closed-form routes (E(normal(10^6, 1), r) is exactly 10^6)
                return moment("E", ev.eval(c.args().get(0), env));
            }
            return Expectations.of(ev, c, env);
        }
        List<Object> a = new ArrayList<>();
        for (Expr x : c.args()) {
            a.add(ev.eval(x, env));
        }
        if (UNARY.contains(name)) {
            arity(c, a, 1);
            return unary(name, a.get(0));
        }
        if (DIVERGENCES.contains(name)) {
            arity(c, a, 2);
            return divergence(name, a.get(0), a.get(1), null, null);
        }
        if (MOMENTS.contains(name) || name.equals("E")) {
            arity(c, a, 1);
            return moment(name, a.get(0));
        }
        switch (name) {
            case "min":
            case "max":
                return minMax(name, c, a);
            case "harmonic":
                arity(c, a, 1);
                if (a.get(0) instanceof org.hipparchus.fraction.BigFraction hq && hq.isInteger()
                        && hq.getNumerator().bitLength() >= 63) {
                    if (hq.signum() < 0) {
                        throw new EvalFailure("harmonic of a negative integer");
                    }
                    return b.harmonic(hq.getNumerator());
                }
                return b.harmonic(integer(a.get(0), "harmonic"));
            case "renyi":
                arity(c, a, 3);
                return divergence("renyi", a.get(0), a.get(1), a.get(2), null);
            case "Df":
                arity(c, a, 3);
                return divergence("Df", a.get(0), a.get(1), null, a.get(2));
            case "cgf":
            case "cdf":
            case "quantile":
                arity(c, a, 2);
                if (name.equals("quantile")) {
                    Laws.unitInterval(a.get(1), "quantile u");
                    quantileLevel(a.get(1), c.args().get(1));
                }
                if (a.get(0) instanceof LineLaw l && !name.equals("cgf")) {
                    org.hipparchus.fraction.BigFraction x = ExactLineValues.moment(name, l, Evaluator.exact(a.get(1)));
                    if (x != null) {
                        return Exact.simplify(x);
                    }
                }
                return withArgument(name, a.get(0), ev.num(a.get(1)));
            case "winrate":
                arity(c, a, 2);
                return winrate(a.get(0), a.get(1), winTies(c, env));
            case "prob":
                arity(c, a, 1);
                return prob(a.get(0), env);
            default:
                return laws.call(name, c, a, env);
        }
    }

    private Object callLet(LetDecl let, Expr.Call c, Env env) {
        if (let.params().size() != c.args().size()) {
            throw new EvalFailure(let.name().name() + " takes " + let.params().size() + " arguments, got "
                    + c.args().size());
        }
        Env inner = Env.root().atOutcome(env.outcome());
        for (int i = 0; i < c.args().size(); i++) {
            inner.put(let.params().get(i).name(), ev.eval(c.args().get(i), env));
        }
        return ev.eval(let.body(), inner);
    }

    Object applyLambda(Values.LambdaVal l, Object arg) {
        Env inner = l.env().child();
        inner.put(l.lambda().param().name(), arg);
        return ev.eval(l.lambda().body(), inner);
    }

    private static void arity(Expr.Call c, List<Object> a, int n) {
        if (a.size() != n) {
            throw new EvalFailure(c.name() + " takes " + n + " argument(s), got " + a.size());
        }
    }

    private Object unary(String name, Object x) {
        // floor, ceil and abs of an exact rational stay exact (a bound such as floor(5/2) is the
        // integer 2, never the double 2.0)
        org.hipparchus.fraction.BigFraction q = Evaluator.exact(x);
        if (q != null) {
            switch (name) {
                case "floor":
                    return new org.hipparchus.fraction.BigFraction(floorDiv(q));
                case "ceil":
                    return new org.hipparchus.fraction.BigFraction(floorDiv(q.negate()).negate());
                case "abs":
                    return q.abs();
                default:
                    break;
            }
            if (q.signum() > 0 && outsideNormalDoubles(q)) {
                N v = b.applyExact(name, q);
                if (v != null) {
                    return v;
                }
            }
        }
        return b.apply(name, ev.num(x));
    }

    /** Whether the exact {@code q > 0} is below the normal doubles or beyond the double range. */
    static boolean outsideNormalDoubles(org.hipparchus.fraction.BigFraction q) {
        long bits = q.getNumerator().bitLength() - (long) q.getDenominator().bitLength();
        return bits < -1020 || bits > 1022;
    }

    private static java.math.BigInteger floorDiv(org.hipparchus.fraction.BigFraction q) {
        java.math.BigInteger[] qr = q.getNumerator().divideAndRemainder(q.getDenominator());
        // the denominator is positive: a negative remainder means the quotient was rounded up
        return qr[1].signum() < 0 ? qr[0].subtract(java.math.BigInteger.ONE) : qr[0];
    }

    private Object minMax(String name, Expr.Call c, List<Object> a) {
        if (a.isEmpty()) {
            throw new EvalFailure(name + " needs arguments");
        }
        boolean exact = true;
        for (Object x : a) {
            exact &= Evaluator.exact(x) != null;
        }
        if (exact) {
            org.hipparchus.fraction.BigFraction acc = Evaluator.exact(a.get(0));
            for (int i = 1; i < a.size(); i++) {
                org.hipparchus.fraction.BigFraction y = Evaluator.exact(a.get(i));
                acc = name.equals("min") ? (y.compareTo(acc) < 0 ? y : acc) : (y.compareTo(acc) > 0 ? y : acc);
            }
            return acc;
        }
        N acc = ev.num(a.get(0));
        for (int i = 1; i < a.size(); i++) {
            acc = name.equals("min") ? b.min(acc, ev.num(a.get(i))) : b.max(acc, ev.num(a.get(i)));
        }
        return acc;
    }

    long integer(Object v, String what) {
        java.math.BigInteger n = null;
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof org.hipparchus.fraction.BigFraction q && q.isInteger()) {
            n = q.getNumerator();
        }
        if (n == null) {
            throw new EvalFailure(what + " needs an integer, got " + Evaluator.describe(v));
        }
        if (n.bitLength() >= 63) {
            // an exact integer the routes that take this argument cannot carry: said, never wrapped
            throw new EvalFailure(what + " = " + n + " is beyond 2^63 - 1, which this builtin's routes do not support");
        }
        return n.longValue();
    }

    private Object divergence(String name, Object p, Object q, Object alpha, Object f) {
        if (p instanceof LineLaw lp && q instanceof LineLaw lq) {
            if (name.equals("TV") || name.equals("chi2")) {
                org.hipparchus.fraction.BigFraction x = ExactLineValues.divergence(name, lp, lq);
                if (x != null) {
                    return Exact.simplify(x);
                }
            }
            N al = alpha == null ? null : ev.num(alpha);
            // the key must determine the value: the order by its exact bounds (an Interval prints
            // 14 digits only), a lambda by its text only when that text has no free variable
            // (t -> a*(t-1)^2 under forall a is a different function for each a: not cached)
            boolean cacheable = !(f instanceof Values.LambdaVal l0) || closedLambda(l0.lambda());
            String key = name + "|" + lp + "|" + lq + "|" + exactKey(al) + "|"
                    + (f instanceof Values.LambdaVal l ? ev.source.text(l.lambda().span()) : "");
            Object cached = cacheable ? lineCache.get(key) : null;
            if (cached != null) {
                return cached;
            }
            N v;
            if (name.equals("Df") && b instanceof CertBackend cb) {
                v = certifiedLineDf(cb, lp, lq, f);
            } else {
                java.util.function.DoubleUnaryOperator g = f == null ? null : floatLambda(f);
                v = b.lineDivergence(name, lp, lq, al, g);
            }
            if (cacheable) {
                lineCache.put(key, v);
            }
            return v;
        }
        D dp = ev.castLaw(p);
        D dq = ev.castLaw(q);
        if (name.equals("renyi")) {
            return b.renyi(dp, dq, ev.num(alpha));
        }
        if (name.equals("Df")) {
            if (!(f instanceof Values.LambdaVal l)) {
                throw new EvalFailure("Df needs a lambda t -> f(t)");
            }
            checkGenerator(l);
            return b.df(dp, dq, t -> ev.num(applyLambda(l, t)), ev.source.text(l.lambda().span()));
        }
        return b.divergence(name, dp, dq);
    }

    private static String exactKey(Object x) {
        if (x instanceof org.infobound.num.Interval i) {
            return Double.toHexString(i.lo()) + "," + Double.toHexString(i.hi());
        }
        if (x instanceof Double d) {
            return Double.toHexString(d);
        }
        return String.valueOf(x);
    }

    private static final java.util.Set<String> PURE_FUNCTIONS = java.util.Set.of("sqrt", "exp", "log", "log2",
            "log1p", "expm1", "abs", "min", "max", "floor", "ceil", "lgamma", "digamma");

    /**
     * True if the lambda's body mentions no variable but its parameter and calls only the
     * elementary functions (so its text determines the function); conservative: anything else
     * (binders, other calls, outer variables, constants by name) is false.
     */
    private static boolean closedLambda(org.infobound.lang.ast.Expr.Lambda l) {
        return closed(l.body(), l.param().name());
    }

    private static boolean closed(org.infobound.lang.ast.Expr e, String param) {
        if (e instanceof org.infobound.lang.ast.Expr.IntLit || e instanceof org.infobound.lang.ast.Expr.RealLit) {
            return true;
        }
        if (e instanceof org.infobound.lang.ast.Expr.Var v) {
            return v.name().equals(param);
        }
        if (e instanceof org.infobound.lang.ast.Expr.Unary u) {
            return closed(u.operand(), param);
        }
        if (e instanceof org.infobound.lang.ast.Expr.Binary b) {
            return closed(b.left(), param) && closed(b.right(), param);
        }
        if (e instanceof org.infobound.lang.ast.Expr.Call c) {
            if (!c.named().isEmpty() || !PURE_FUNCTIONS.contains(c.name())) {
                return false;
            }
            for (org.infobound.lang.ast.Expr a : c.args()) {
                if (!closed(a, param)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Df between laws on the line on the certified route ({@link CertBackend#lineDf}): the
     * generator checked as for discrete laws (f(1) = 0 certainly), then given as the lambda's
     * certified interval value, the same on the set-based reading for the end pieces (ratios
     * near 0 or infinity, {@link CertBackend#onRealSets}) and its Taylor jet ({@link JetEval}).
     */
    @SuppressWarnings("unchecked")
    private N certifiedLineDf(CertBackend cb, LineLaw p, LineLaw q, Object f) {
        if (!(f instanceof Values.LambdaVal l)) {
            throw new EvalFailure("Df needs a lambda t -> f(t)");
        }
        checkGenerator(l);
        java.util.function.UnaryOperator<org.infobound.num.Jet> jet = JetEval.of(l.lambda(),
                e -> (org.infobound.num.Interval) ev.num(ev.eval(e, l.env())));
        // convexity on (0, inf) by the prover's recogniser (engine.prove.Convexity, the same rules
        // that admit a generator to the f-divergence theorems): only tightens the end piece
        boolean convex = org.infobound.engine.prove.Convexity.convexOnPositive(l.lambda());
        org.infobound.math.line.CertifiedBonDf.Generator g = new org.infobound.math.line.CertifiedBonDf.Generator() {
            @Override
            public org.infobound.num.Interval value(org.infobound.num.Interval t) {
                return (org.infobound.num.Interval) ev.num(applyLambda(l, t));
            }

            @Override
            public org.infobound.num.Interval valueOnEnd(org.infobound.num.Interval t) {
                return cb.onRealSets(() -> (org.infobound.num.Interval) ev.num(applyLambda(l, t)));
            }

            @Override
            public org.infobound.num.Jet jet(org.infobound.num.Jet t) {
                return jet.apply(t);
            }

            @Override
            public boolean convex() {
                return convex;
            }
        };
        return (N) cb.lineDf(p, q, g);
    }

    /**
     * Requires f(1) = 0 of a Df generator (spec/LANGUAGE.md sections 7-8), exactly where the lambda
     * evaluates exactly at 1, certainly on the certified route (an enclosure that cannot show
     * f(1) = 0 is Uncertified, so the instance is never a counterexample), and within 1e-9 on
     * the float route (a search hint only). Convexity is NOT required here: Df of a non-convex f
     * is still the number sum q f(p/q), so a claim about it can be FALSIFIED honestly; the
     * prover uses Df >= 0 and the f-divergence theorems only for generators it proves convex
     * ({@code engine.prove.Convexity}).
     */
    private void checkGenerator(Values.LambdaVal l) {
        String text = ev.source.text(l.lambda().span());
        Object at1 = applyLambda(l, 1L);
        org.hipparchus.fraction.BigFraction exact = Evaluator.exact(at1);
        if (exact != null) {
            if (exact.signum() != 0) {
                throw new EvalFailure("Df generator " + text + ": f(1) = " + exact + ", but an f-divergence needs f(1) = 0");
            }
            return;
        }
        N v = ev.num(at1);
        if (!b.certified()) {
            double d = b.estimate(v);
            if (!(Math.abs(d) <= 1e-9)) {
                throw new EvalFailure("Df generator " + text + ": f(1) = " + d + ", but an f-divergence needs f(1) = 0");
            }
            return;
        }
        Truth t = b.relate(v, org.infobound.lang.ast.RelOp.EQ, b.num(0.0), "f(1) == 0");
        if (t.truth() == Tri.FALSE) {
            throw new EvalFailure("Df generator " + text + ": f(1) is certainly not 0, but an f-divergence needs f(1) = 0");
        }
        if (t.truth() != Tri.TRUE) {
            throw new Uncertified("cannot certify that the Df generator " + text + " has f(1) = 0");
        }
    }

    private java.util.function.DoubleUnaryOperator floatLambda(Object f) {
        if (!(f instanceof Values.LambdaVal l) || b.certified()) {
            throw new Uncertified("Df between laws on the line");
        }
        return t -> b.estimate(ev.num(applyLambda(l, b.num(t))));
    }

    /**
     * {@code quantile(p, u)} is evaluated for u in (0, 1] only (spec/LANGUAGE.md section 7): at
     * u = 0 the generalised inverse {@code inf{x : F(x) >= 0}} is -inf, not the lowest reward or
     * support end, so u = 0 is refused on every route (INCONCLUSIVE), and on the certified route
     * a level whose enclosure is not certainly positive (it may be 0: {@code abs(log(3) - log(3))})
     * is not certified. An exact positive level below the doubles ({@code 10^-400}) is positive.
     */
    private void quantileLevel(Object u, Expr text) {
        org.hipparchus.fraction.BigFraction q = Evaluator.exact(u);
        if (q == null) {
            // a closed rational level the evaluator holds only as an enclosure (10^-400)
            q = ExactForm.value(text, java.util.Map.of());
        }
        if (q != null) {
            if (q.signum() == 0) {
                throw new EvalFailure("quantile: u must lie in (0, 1], got 0 (quantile(p, 0) is not implemented)");
            }
            return;
        }
        if (b.certified() && b.relate(ev.num(u), org.infobound.lang.ast.RelOp.GT, b.num(0.0), "u > 0").truth()
                != Tri.TRUE) {
            throw new Uncertified("quantile level u that may be 0 (quantile(p, 0) is not implemented)");
        }
    }

    private Object withArgument(String name, Object law, N arg) {
        if (law instanceof LineLaw l) {
            return b.lineMoment(name, l, arg);
        }
        D p = ev.castLaw(law);
        switch (name) {
            case "cgf":
                return b.cgf(p, arg);
            case "cdf":
                return b.cdf(p, arg);
            default:
                return b.quantile(p, arg);
        }
    }

    private WinRateTies winTies(Expr.Call c, Env env) {
        for (NamedArg n : c.named()) {
            if (n.name().name().equals("ties")) {
                String w = word(n.value());
                switch (w) {
                    case "strict":
                        return WinRateTies.STRICT;
                    case "weak":
                        return WinRateTies.WEAK;
                    case "half":
                    case "uniform":
                        return WinRateTies.HALF;
                    default:
                        throw new EvalFailure("winrate ties must be strict, weak or half, got " + w);
                }
            }
        }
        return WinRateTies.HALF;
    }

    static String word(Expr e) {
        if (e instanceof Expr.Var v) {
            return v.name().toLowerCase(Locale.ROOT);
        }
        throw new EvalFailure("expected a word such as index or strict");
    }

    static Ties bonTies(Expr.Call c) {
        for (NamedArg n : c.named()) {
            if (n.name().name().equals("ties")) {
                String w = word(n.value());
                if (w.equals("index")) {
                    return Ties.INDEX;
                }
                if (w.equals("uniform")) {
                    return Ties.UNIFORM;
                }
                throw new EvalFailure("bon ties must be uniform or index, got " + w);
            }
        }
        return Ties.UNIFORM;
    }

    private Object winrate(Object p, Object q, WinRateTies ties) {
        if (p instanceof LineLaw lp && q instanceof LineLaw lq) {
            // atomless laws: every tie rule gives P(X > Y); exact where the closed form is rational
            org.hipparchus.fraction.BigFraction x = ExactLineValues.winrate(lp, lq);
            return x != null ? Exact.simplify(x) : b.lineWinrate(lp, lq);
        }
        if (q instanceof LineLaw lq) {
            return discreteOverLine(ev.castLaw(p), lq);
        }
        if (p instanceof LineLaw lp) {
            return b.sub(b.num(org.hipparchus.fraction.BigFraction.ONE), discreteOverLine(ev.castLaw(q), lp));
        }
        return b.winrate(ev.castLaw(p), ev.castLaw(q), ties);
    }

    /**
     * {@code P(X > Y)} for X ~ p on a finite alphabet and an independent Y ~ q on the line:
     * {@code sum_i p_i F_q(r_i)}, since a law on the line has no atoms ({@code P(Y < r) = F_q(r)}
     * and {@code P(Y = r) = 0}), so the three tie rules agree and {@code winrate(q, p) = 1 -
     * winrate(p, q)} (spec/LANGUAGE.md, winrate). The cdf is the backend's own, on the exact
     * reward (the certified route encloses it).
     */
    private N discreteOverLine(D p, LineLaw q) {
        N s = b.num(org.hipparchus.fraction.BigFraction.ZERO);
        for (int i = 0; i < b.size(p); i++) {
            if (!b.isNull(p, i)) {
                s = b.add(s, b.mul(b.prob(p, i), b.lineMoment("cdf", q, b.rewardValue(p, i))));
            }
        }
        return s;
    }

    private Object prob(Object law, Env env) {
        if (env.outcome() == null) {
            throw new EvalFailure("prob(q) is only defined inside E(p, X)");
        }
        D q = ev.castLaw(law);
        return b.prob(q, ev.outcomeIndex(env, b.size(q)));
    }

    /** bon, tilt and mix for laws on the line (the discrete cases are in {@link Laws}). */
    static LineLaw lineOp(String name, LineLaw p, Object second, double x) {
        switch (name) {
            case "bon":
                return new MaxLaw(p, x);
            case "tilt":
                return TiltedLaw.of(p, x);
            case "mix":
                return new MixtureLaw(p, (LineLaw) second, x);
            default:
                throw new EvalFailure(name + " is not defined for laws on the line");
        }
    }
}
