package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.NamedArg;
import org.infobound.lang.ast.RelOp;
import org.infobound.num.Interval;

/**
 * The side conditions of the builtins (spec/LANGUAGE.md section 7, the same rules the front end
 * applies to constant arguments in {@code lang/check/Ranges.java} via {@code LawRules}), discharged
 * over the whole domain of the claim's binders. A proof, and the replay of its certificate, needs
 * every condition of every call in the formula, the hypothesis, the binder domains and every
 * library instance discharged; a condition that cannot be discharged means "not proved".
 *
 * <table>
 *   <caption>conditions</caption>
 *   <tr><td>{@code bernoulli(p)}</td><td>0 &lt;= p &lt;= 1</td></tr>
 *   <tr><td>{@code categorical(ps, rewards = rs)}</td><td>each p_i &gt;= 0, sum p_i == 1 exactly (exact
 *       rationals, or exact algebra), each r_i finite</td></tr>
 *   <tr><td>{@code normal(mu, sigma)}, {@code laplace(mu, b)}, {@code logistic(mu, s)},
 *       {@code gumbel(mu, beta)}</td><td>mu finite, scale &gt; 0 finite</td></tr>
 *   <tr><td>{@code exponential(rate)}</td><td>rate &gt; 0 finite</td></tr>
 *   <tr><td>{@code uniform(a, b)}</td><td>a, b finite, b - a &gt; 0</td></tr>
 *   <tr><td>{@code beta(a, b)}, {@code gamma(shape, scale)}, {@code pareto(xm, alpha)}</td><td>both
 *       &gt; 0 finite</td></tr>
 *   <tr><td>{@code bon(p, n)}</td><td>n an integer expression, n &gt;= 1</td></tr>
 *   <tr><td>{@code tilt(p, beta)}</td><td>beta &gt; 0 finite, and E exp(X / beta) finite
 *       ({@link #tiltExists}: exponential(rate) needs rate * beta &gt; 1; gamma, laplace, logistic,
 *       gumbel need scale &lt; beta; pareto and {@code continuous} binders never)</td></tr>
 *   <tr><td>{@code mix(p, q, w)}</td><td>0 &lt;= w &lt;= 1</td></tr>
 *   <tr><td>{@code renyi(p || q, alpha)}</td><td>alpha in [0, inf]</td></tr>
 *   <tr><td>{@code Df(p || q, f)}</td><td>f a lambda (or a finite set of lambdas) proved convex on
 *       (0, inf) with f(1) = 0 exactly ({@link Convexity})</td></tr>
 *   <tr><td>{@code quantile(p, u)}</td><td>0 &lt;= u &lt;= 1</td></tr>
 *   <tr><td>{@code cgf(p, l)}, {@code cdf(p, x)}</td><td>l, x finite</td></tr>
 *   <tr><td>{@code sqrt, log, log2 (x)}</td><td>x &gt;= 0</td></tr>
 *   <tr><td>{@code lgamma, digamma (x)}</td><td>x &gt; 0 finite (poles at 0, -1, ...)</td></tr>
 *   <tr><td>{@code log1p(x)}</td><td>x &gt;= -1</td></tr>
 *   <tr><td>{@code harmonic(n)}</td><td>n an integer expression, n &gt;= 0</td></tr>
 *   <tr><td>{@code x ^ y} for a non-integer constant y</td><td>x &gt;= 0</td></tr>
 * </table>
 *
 * <p>A numeric condition is discharged by the certified enclosure of the argument over the
 * binders' ranges (finite-set binders expanded element by element) and, where the enclosure is
 * too wide, by interval branch and bound ({@link BranchAndBound}) with a fixed cell budget; an
 * argument that is not a numeric expression of the binders is discharged only by a sign fact
 * ({@link SignFacts#nonnegative}) for the conditions "&gt;= 0". Both the search and the
 * certificate checker run this same code, so the decision is replayed. Division by zero and
 * other undefined arithmetic are not listed: numeric steps enclose every numeric sub-expression
 * and fail where it is undefined.
 */
final class SideConditions {

    /** Cells per branch-and-bound discharge of one condition. */
    private static final int CELLS = 4_000;
    /** Finite-set expansions per condition. */
    private static final int MAX_EXPANSIONS = 256;

    private SideConditions() {
    }

    /** True if every side condition of every call in e is discharged over the context. */
    static boolean holds(Expr e, Context ctx) {
        return problem(e, ctx).isEmpty();
    }

    /** The first side condition of e that cannot be discharged, or empty. */
    static Optional<String> problem(Expr e, Context ctx) {
        String key = Exprs.canon(e);
        Optional<String> known = ctx.sideConditions.get(key);
        if (known != null) {
            return known;
        }
        Optional<String> out;
        try {
            out = Optional.ofNullable(walk(e, ctx));
        } catch (NotCertified ex) {
            out = Optional.of(ex.getMessage());
        } catch (ArithmeticException | IllegalArgumentException ex) {
            out = Optional.of("side condition not decided: " + ex.getMessage());
        }
        ctx.sideConditions.put(key, out);
        return out;
    }

    /**
     * The first undischarged condition of a claim: its binder domains (laws, finite sets of laws),
     * its hypothesis conjuncts and its formula.
     */
    static Optional<String> claimProblem(Expr formula, Context ctx) {
        for (Map.Entry<String, Domain> b : ctx.binders.entrySet()) {
            List<Expr> parts = new ArrayList<>();
            if (b.getValue() instanceof Domain.Law l) {
                parts.add(l.law());
            } else if (b.getValue() instanceof Domain.FiniteSet s) {
                s.elements().stream().filter(x -> !(x instanceof Expr.Lambda)).forEach(parts::add);
            }
            for (Expr p : parts) {
                Optional<String> pr = problem(p, ctx);
                if (pr.isPresent()) {
                    return Optional.of("binder " + b.getKey() + ": " + pr.get());
                }
            }
        }
        // the hypothesis's relations must have both sides defined at every instance, judged
        // without the hypothesis itself: an instance where a conjunct is undefined is not
        // excluded by it (claims-language section 8), and the proof would use it as a fact there
        Context bare = new Context(ctx.binders, Optional.empty());
        for (Expr a : ctx.assumptions) {
            Optional<String> pr = problem(a, ctx);
            if (pr.isPresent()) {
                return Optional.of("hypothesis: " + pr.get());
            }
            if (!SignFacts.definedFormula(a, bare)) {
                return Optional.of("hypothesis: " + ExprPrinter.print(a) + " may be undefined on part of the domain");
            }
        }
        return problem(formula, ctx);
    }

    private static String walk(Expr e, Context ctx) {
        if (e instanceof Expr.Lambda) {
            return null; // generators are checked where they are used (Df)
        }
        if (e instanceof Expr.Aggregate a) {
            Map<String, Domain> extended = new LinkedHashMap<>(ctx.binders);
            extended.put(a.var().name(), a.domain());
            return problem(a.body(), new Context(extended, Optional.empty())).orElse(null);
        }
        if (e instanceof Expr.Call c) {
            String own = call(c, ctx);
            if (own != null) {
                return ExprPrinter.print(c) + ": " + own;
            }
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.POW && !integerConstant(b.right())) {
            if (!nonnegative(b.left(), ctx)) {
                return ExprPrinter.print(e) + ": the base of a non-integer power must be >= 0";
            }
        }
        for (Expr k : Exprs.children(e)) {
            String p = walk(k, ctx);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static String call(Expr.Call c, Context ctx) {
        List<Expr> a = c.args();
        switch (c.name()) {
            case "bernoulli":
                return a.size() == 1 && within(a.get(0), 0, 1, ctx) ? null : "p must be in [0, 1] on the whole domain";
            case "categorical":
                return categorical(c, ctx);
            case "normal":
            case "laplace":
            case "logistic":
            case "gumbel":
                return a.size() == 2 && finite(a.get(0), ctx) && positive(a.get(1), ctx) ? null
                        : "the location must be finite and the scale > 0 on the whole domain";
            case "exponential":
                return a.size() == 1 && positive(a.get(0), ctx) ? null : "rate must be > 0 on the whole domain";
            case "uniform":
                return a.size() == 2 && finite(a.get(0), ctx) && finite(a.get(1), ctx)
                        && positive(new Expr.Binary(c.span(), BinaryOp.SUB, a.get(1), a.get(0)), ctx) ? null
                        : "uniform(a, b) needs a < b on the whole domain";
            case "beta":
            case "gamma":
            case "pareto":
                return a.size() == 2 && positive(a.get(0), ctx) && positive(a.get(1), ctx) ? null
                        : "both parameters must be > 0 on the whole domain";
            case "bon":
                return a.size() == 2 && integerValued(a.get(1), ctx) && atLeast(a.get(1), Interval.ONE, false, ctx) ? null
                        : "n must be an integer >= 1 on the whole domain";
            case "tilt":
                if (a.size() != 2 || !positive(a.get(1), ctx)) {
                    return "beta must be > 0 on the whole domain";
                }
                return tiltExists(a.get(0), a.get(1), ctx, 0) ? null
                        : "E exp(X / beta) is not certainly finite on the whole domain (the tilted law may not exist)";
            case "mix":
                return a.size() == 3 && within(a.get(2), 0, 1, ctx) ? null : "w must be in [0, 1] on the whole domain";
            case "renyi":
                return a.size() == 3 && atLeast(a.get(2), Interval.ZERO, false, ctx) ? null
                        : "the order must be in [0, inf] on the whole domain";
            case "Df":
                return a.size() == 3 ? generator(a.get(2), ctx) : "Df needs a generator";
            case "quantile":
                return a.size() == 2 && within(a.get(1), 0, 1, ctx) ? null : "u must be in [0, 1] on the whole domain";
            case "cgf":
            case "cdf":
                return a.size() == 2 && finite(a.get(1), ctx) ? null : "the argument must be finite on the whole domain";
            case "sqrt":
            case "log":
            case "log2":
                return a.size() == 1 && nonnegative(a.get(0), ctx) ? null : "the argument must be >= 0 on the whole domain";
            case "lgamma":
            case "digamma":
                // poles at 0, -1, -2, ...: the evaluator rejects non-positive arguments
                return a.size() == 1 && positive(a.get(0), ctx) ? null : "the argument must be > 0 on the whole domain";
            case "log1p":
                return a.size() == 1 && atLeast(a.get(0), Interval.ONE.neg(), false, ctx) ? null
                        : "the argument must be >= -1 on the whole domain";
            case "harmonic":
                return a.size() == 1 && integerValued(a.get(0), ctx) && atLeast(a.get(0), Interval.ZERO, false, ctx) ? null
                        : "n must be an integer >= 0 on the whole domain";
            default:
                return null;
        }
    }

    /**
     * The tilt of {@code law} by {@code beta} exists: E exp(X / beta) is finite. Laws on a finite
     * alphabet (dist binders, bernoulli, categorical) always; normal, uniform and beta laws always
     * (their moment generating functions are finite everywhere); exponential(rate) needs
     * 1/beta &lt; rate; gamma(shape, scale), laplace(mu, b), logistic(mu, s) and gumbel(mu, b) need
     * the scale &lt; beta; pareto never (no exponential moment); an arbitrary {@code continuous}
     * law never (its family is unknown). bon(p, n) has an exponential moment exactly where p does
     * (max of n copies: p's moment &lt;= it &lt;= n times p's), mix(p, q, w) where both do; a tilt of
     * a tilt is not decided.
     */
    private static boolean tiltExists(Expr law, Expr beta, Context ctx, int depth) {
        if (depth > 8) {
            return false;
        }
        if (law instanceof Expr.Var v) {
            Domain d = ctx.binders.get(v.name());
            if (d instanceof Domain.DistDomain) {
                return true;
            }
            if (d instanceof Domain.Law l) {
                return tiltExists(l.law(), beta, ctx, depth + 1);
            }
            if (d instanceof Domain.FiniteSet s) {
                return s.elements().stream().allMatch(x -> tiltExists(x, beta, ctx, depth + 1));
            }
            return false; // continuous, or unknown
        }
        if (!(law instanceof Expr.Call c)) {
            return false;
        }
        List<Expr> a = c.args();
        Expr one = new Expr.IntLit(c.span(), java.math.BigInteger.ONE);
        switch (c.name()) {
            case "bernoulli":
            case "categorical":
            case "normal":
            case "uniform":
            case "beta":
                return true;
            case "exponential":
                // 1/beta < rate  <=>  rate * beta - 1 > 0 (beta > 0)
                return a.size() == 1 && positive(new Expr.Binary(c.span(), BinaryOp.SUB,
                        new Expr.Binary(c.span(), BinaryOp.MUL, a.get(0), beta), one), ctx);
            case "gamma":
            case "laplace":
            case "logistic":
            case "gumbel":
                // 1/beta < 1/scale  <=>  beta - scale > 0 (both > 0)
                return a.size() == 2 && positive(new Expr.Binary(c.span(), BinaryOp.SUB, beta, a.get(1)), ctx);
            case "bon":
                return a.size() == 2 && tiltExists(a.get(0), beta, ctx, depth + 1);
            case "mix":
                return a.size() == 3 && tiltExists(a.get(0), beta, ctx, depth + 1) && tiltExists(a.get(1), beta, ctx, depth + 1);
            default:
                return false; // pareto, tilt of a tilt, anything else
        }
    }

    private static String categorical(Expr.Call c, Context ctx) {
        if (c.args().size() != 1 || !(c.args().get(0) instanceof Expr.ListLit ps)) {
            return "the probabilities must be a list";
        }
        Optional<NamedArg> rewards = c.named().stream().filter(n -> n.name().name().equals("rewards")).findFirst();
        if (rewards.isEmpty() || !(rewards.get().value() instanceof Expr.ListLit rs) || rs.elements().size() != ps.elements().size()) {
            return "one reward per probability is required";
        }
        for (Expr r : rs.elements()) {
            if (!finite(r, ctx)) {
                return "every reward must be finite on the whole domain";
            }
        }
        Expr sum = null;
        for (Expr p : ps.elements()) {
            if (!atLeast(p, Interval.ZERO, false, ctx)) {
                return "every probability must be >= 0 on the whole domain";
            }
            sum = sum == null ? p : new Expr.Binary(c.span(), BinaryOp.ADD, sum, p);
        }
        if (sum == null) {
            return "no outcomes";
        }
        try {
            if (Exprs.rational(sum).equals(BigFraction.ONE)) {
                return null;
            }
            return "the probabilities do not sum to 1";
        } catch (NotCertified | ArithmeticException notConstant) {
            // symbolic: exact algebra over the binders
        }
        Expr one = new Expr.IntLit(c.span(), java.math.BigInteger.ONE);
        return Algebra.sameForm(sum, one, ctx).isPresent() ? null : "the probabilities are not certainly summing to 1";
    }

    private static String generator(Expr f, Context ctx) {
        List<Expr> candidates = new ArrayList<>();
        if (f instanceof Expr.Var v && ctx.binders.get(v.name()) instanceof Domain.FiniteSet s) {
            candidates.addAll(s.elements());
        } else {
            candidates.add(f);
        }
        for (Expr g : candidates) {
            Optional<String> p = Convexity.problem(g);
            if (p.isPresent()) {
                return p.get();
            }
        }
        return null;
    }

    /**
     * x >= 0 wherever x is defined (the function's own condition; definedness of the arithmetic
     * around it is the business of the numeric and monotone steps): a numeric bound, sums,
     * products and quotients of such terms, divergences and moments whose own side conditions
     * hold, and {@code E(p, X)} of a nonnegative outcome expression.
     */
    private static boolean nonnegative(Expr x, Context ctx) {
        if (expandable(x, ctx)) {
            return atLeast(x, Interval.ZERO, false, ctx)
                    || expansions(x, ctx).stream().allMatch(i -> SignFacts.positivePointwise(i, ctx, 0));
        }
        if (x instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV)) {
            return nonnegative(b.left(), ctx) && nonnegative(b.right(), ctx);
        }
        if (x instanceof Expr.Call c && c.name().equals("prob") && c.args().size() == 1) {
            return true; // a mass
        }
        if (x instanceof Expr.Call c && c.name().equals("E") && c.args().size() == 2 && c.named().isEmpty()) {
            return outcomeNonnegative(c.args().get(1), ctx) && holds(c, ctx);
        }
        return SignFacts.signNonnegative(x, ctx);
    }

    /** An outcome expression that is >= 0 at every outcome. */
    private static boolean outcomeNonnegative(Expr x, Context ctx) {
        if (x instanceof Expr.Call c && c.args().size() == 1
                && (c.name().equals("exp") || c.name().equals("abs") || c.name().equals("prob") || c.name().equals("sqrt"))) {
            return true;
        }
        if (x instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV)) {
            return outcomeNonnegative(b.left(), ctx) && outcomeNonnegative(b.right(), ctx);
        }
        return expandable(x, ctx) && atLeast(x, Interval.ZERO, false, ctx);
    }

    private static boolean positive(Expr x, Context ctx) {
        return atLeast(x, Interval.ZERO, true, ctx) && finite(x, ctx)
                || expandable(x, ctx) && expansions(x, ctx).stream().allMatch(i -> SignFacts.positivePointwise(i, ctx, 0));
    }

    private static boolean within(Expr x, int lo, int hi, Context ctx) {
        Expr hiExpr = new Expr.IntLit(x.span(), java.math.BigInteger.valueOf(hi));
        return atLeast(x, Interval.of(lo), false, ctx) && holdsNumeric(new Relation(x, RelOp.LE, hiExpr), ctx);
    }

    /** x > lo (strict) or x >= lo at every instance. */
    private static boolean atLeast(Expr x, Interval lo, boolean strict, Context ctx) {
        Expr loExpr = lo.equals(Interval.ZERO) ? new Expr.IntLit(x.span(), java.math.BigInteger.ZERO)
                : lo.equals(Interval.ONE) ? new Expr.IntLit(x.span(), java.math.BigInteger.ONE)
                : new Expr.Unary(x.span(), org.infobound.lang.ast.UnaryOp.NEG, new Expr.IntLit(x.span(), java.math.BigInteger.ONE));
        return holdsNumeric(new Relation(loExpr, strict ? RelOp.LT : RelOp.LE, x), ctx);
    }

    private static boolean finite(Expr x, Context ctx) {
        if (SignFacts.finiteQuantile(x, ctx)) {
            return true;
        }
        if (!arithmetic(x)) {
            return false;
        }
        for (Expr inst : expansions(x, ctx)) {
            if (!ctx.numeric(inst)) {
                return false;
            }
            Interval v;
            try {
                v = Ranges.enclose(inst, ctx);
            } catch (NotCertified e) {
                return false;
            }
            // an unbounded binder range (n in 1..inf) gives an infinite enclosure end, yet every
            // value may be finite (SignFacts.pointwiseFinite)
            if (!v.isFinite() && !SignFacts.pointwiseFinite(inst, ctx, 0)) {
                return false;
            }
        }
        return true;
    }

    /** A relation between numeric expressions at every instance: enclosure, then branch and bound. */
    private static boolean holdsNumeric(Relation r, Context ctx) {
        for (Expr inst : expansions(r.toExpr(), ctx)) {
            Relation ri = Relations.of(inst).orElseThrow();
            if (!arithmetic(ri.lhs()) || !arithmetic(ri.rhs()) || !ctx.numeric(ri.lhs()) || !ctx.numeric(ri.rhs())) {
                return false;
            }
            if (byEnclosure(ri, ctx)) {
                continue;
            }
            Optional<NumericGoal> goal = NumericGoals.of(ri, ctx);
            if (goal.isEmpty() || BranchAndBound.prove(goal.get(), CELLS).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean byEnclosure(Relation r, Context ctx) {
        try {
            Interval a = Ranges.enclose(r.lhs(), ctx);
            Interval b = Ranges.enclose(r.rhs(), ctx);
            return r.op() == RelOp.LT ? a.hi() < b.lo() : a.hi() <= b.lo();
        } catch (NotCertified e) {
            return false;
        }
    }

    /** True if finite-set expansion leaves a numeric expression of the binders (no laws, no functionals). */
    private static boolean expandable(Expr x, Context ctx) {
        if (!arithmetic(x)) {
            return false;
        }
        List<Expr> xs = expansions(x, ctx);
        return !xs.isEmpty() && xs.stream().allMatch(ctx::numeric);
    }

    private static final java.util.Set<String> NUMERIC_FUNCTIONS = java.util.Set.of("sqrt", "exp", "log", "log1p", "expm1",
            "abs", "log2", "lgamma", "harmonic", "min", "max");

    /** Only numbers, variables, arithmetic and the numeric functions {@link NumericEval} knows. */
    static boolean arithmetic(Expr e) {
        if (e instanceof Expr.Call c && !NUMERIC_FUNCTIONS.contains(c.name())) {
            return false;
        }
        if (e instanceof Expr.Lambda || e instanceof Expr.Aggregate || e instanceof Expr.ListLit) {
            return false;
        }
        return Exprs.children(e).stream().allMatch(SideConditions::arithmetic);
    }

    /** e with every finite-set binder it mentions replaced by each element (all combinations). */
    private static List<Expr> expansions(Expr e, Context ctx) {
        List<Expr> out = new ArrayList<>(List.of(e));
        for (String v : Exprs.freeVars(e)) {
            if (ctx.binders.get(v) instanceof Domain.FiniteSet s) {
                List<Expr> next = new ArrayList<>();
                for (Expr x : out) {
                    for (Expr el : s.elements()) {
                        next.add(Exprs.substitute(x, Map.of(v, el)));
                    }
                }
                if (next.size() > MAX_EXPANSIONS) {
                    throw new NotCertified("too many finite-set combinations for a side condition");
                }
                out = next;
            }
        }
        return out;
    }

    /** An integer-valued expression: integer literals, integer-range binders, + - * and floor/ceil of those. */
    private static boolean integerValued(Expr e, Context ctx) {
        if (e instanceof Expr.IntLit) {
            return true;
        }
        if (e instanceof Expr.Var v) {
            Domain d = ctx.binders.get(v.name());
            return d instanceof Domain.IntRange
                    || d instanceof Domain.FiniteSet s && s.elements().stream().allMatch(x -> x instanceof Expr.IntLit);
        }
        if (e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            return integerValued(u.operand(), ctx);
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB || b.op() == BinaryOp.MUL)) {
            return integerValued(b.left(), ctx) && integerValued(b.right(), ctx);
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.POW && b.right() instanceof Expr.IntLit) {
            return integerValued(b.left(), ctx);
        }
        return e instanceof Expr.Call c && (c.name().equals("floor") || c.name().equals("ceil")) && c.args().size() == 1;
    }

    private static boolean integerConstant(Expr e) {
        if (e instanceof Expr.IntLit) {
            return true;
        }
        return e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG && u.operand() instanceof Expr.IntLit;
    }
}
