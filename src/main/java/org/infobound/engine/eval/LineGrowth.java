package org.infobound.engine.eval;

import org.infobound.engine.prove.NumericEval;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.math.line.CertifiedLineMean;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * A syntactic polynomial (times exponential) growth bound of a numeric expression X of the reward r on a tail T
 * ({@link CertifiedLineMean.Growth}): {C, d} with {@code |X(x)| <= C (1 + |x|)^d} for every x in
 * T. Each subexpression whose interval extension on T is finite gets {@code (max |range|, 0)};
 * otherwise: {@code r -> (1, 1)}; {@code -e}, {@code abs(e) -> e}; {@code e1 +- e2 ->
 * (C1 + C2, max d)} (as {@code 1 + |x| >= 1}); {@code e1 e2 -> (C1 C2, d1 + d2)};
 * {@code e / c} with c's range on T finite and away from 0 {@code -> (C / min |c|, d)};
 * {@code e^k} (k a small non-negative integer) {@code -> (C^k, k d)}; {@code e^y} (y a constant
 * with range in [0, inf)) {@code -> (max(1, C)^y_hi, d y_hi)}; {@code sqrt(e) -> (sqrt C, d/2)};
 * {@code min}, {@code max -> (max C, max d)}; every rule also certifies that its node is
 * defined on T (a non-integer power and sqrt need a base with range in [0, inf), a quotient a
 * denominator away from 0, log an argument &gt;= m &gt; 0), so a bound is also a proof that X
 * has a finite value at every point of T; {@code log(e)} with e &gt;= m &gt; 0 on T
 * {@code -> (|log m| + |log C| + d + k, 1)} (as {@code log(1 + |x|) <= 1 + |x|}), log1p likewise
 * with {@code 1 + e}. Bounds carry an exponential factor: {C, d, k} means
 * {@code |X(x)| <= C (1 + |x|)^d e^(k|x|)} (k adds under products, scales under powers and sqrt,
 * takes the max under sums); {@code exp(e)} with e of growth (C, d &lt;= 1, 0) is
 * {@code (e^C, 0, C)}, expm1 {@code (e^C + 1, 0, C)}. Anything else ({@code exp(r^2)}): no bound,
 * and the tail of {@code E(p, X)} stays infinite. Constants are rounded up (interval upper ends).
 */
final class LineGrowth implements CertifiedLineMean.Growth {

    private final Expr x;
    private final java.util.Map<String, Dual> constants;

    /** X with its other variables bound to the given constants (enclosures of their values). */
    LineGrowth(Expr x, java.util.Map<String, Dual> constants) {
        this.x = x;
        this.constants = constants;
    }

    @Override
    public double[] on(Interval tail) {
        try {
            double[] cd = growth(x, tail, 0, constants);
            return cd != null && Double.isFinite(cd[0]) && Double.isFinite(cd[1]) && Double.isFinite(cd[2]) ? cd : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The interval range of e on T, or null when it cannot be evaluated. */
    private static Interval range(Expr e, Interval tail, java.util.Map<String, Dual> k) {
        try {
            return NumericEval.univariate(e, "r", k).apply(Dual.variable(tail)).value();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static double up(Interval v) {
        return v.hi();
    }

    private static double[] growth(Expr e, Interval tail, int depth, java.util.Map<String, Dual> k) {
        if (depth > 64) {
            return null;
        }
        Interval r = range(e, tail, k);
        if (r != null && r.isFinite()) {
            return new double[] {r.abs().hi(), 0, 0};
        }
        if (e instanceof Expr.Var v) {
            return v.name().equals("r") ? new double[] {1, 1, 0} : null;
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return growth(u.operand(), tail, depth + 1, k);
        }
        if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case ADD:
                case SUB: {
                    double[] l = growth(b.left(), tail, depth + 1, k);
                    double[] g = l == null ? null : growth(b.right(), tail, depth + 1, k);
                    return g == null ? null : new double[] {up(Interval.of(l[0]).add(Interval.of(g[0]))),
                        Math.max(l[1], g[1]), Math.max(l[2], g[2])};
                }
                case MUL: {
                    double[] l = growth(b.left(), tail, depth + 1, k);
                    double[] g = l == null ? null : growth(b.right(), tail, depth + 1, k);
                    return g == null ? null : new double[] {up(Interval.of(l[0]).mul(Interval.of(g[0]))),
                        up(Interval.of(l[1]).add(Interval.of(g[1]))), up(Interval.of(l[2]).add(Interval.of(g[2])))};
                }
                case DIV: {
                    Interval c = range(b.right(), tail, k);
                    if (c == null || !c.isFinite() || !(c.lo() > 0 || c.hi() < 0)) {
                        return null;
                    }
                    double[] l = growth(b.left(), tail, depth + 1, k);
                    return l == null ? null : new double[] {up(Interval.of(l[0]).div(c.abs())), l[1], l[2]};
                }
                case POW: {
                    double[] l = growth(b.left(), tail, depth + 1, k);
                    Interval y = range(b.right(), Interval.of(0), k);
                    if (l == null || y == null || !y.isFinite() || !(y.lo() >= 0) || !constant(b.right(), k)) {
                        return null;
                    }
                    // defined on T: a positive integer power, or a positive power of a base >= 0
                    boolean integer = b.right() instanceof Expr.IntLit lit && lit.value().signum() > 0;
                    Interval base = integer ? null : range(b.left(), tail, k);
                    if (!integer && (!(y.lo() > 0) || base == null || !(base.lo() >= 0))) {
                        return null;
                    }
                    // |e|^y <= max(1, C)^y_hi (1 + |x|)^(d y_hi) for every y in [0, y_hi]
                    Interval yh = Interval.of(y.hi());
                    return new double[] {up(Interval.of(Math.max(1, l[0])).pow(yh)), up(Interval.of(l[1]).mul(yh)),
                        up(Interval.of(l[2]).mul(yh))};
                }
                default:
                    return null;
            }
        }
        if (e instanceof Expr.Call c && c.named().isEmpty()) {
            String f = c.name();
            if (c.args().size() == 2 && (f.equals("min") || f.equals("max"))) {
                double[] l = growth(c.args().get(0), tail, depth + 1, k);
                double[] g = l == null ? null : growth(c.args().get(1), tail, depth + 1, k);
                return g == null ? null : new double[] {Math.max(l[0], g[0]), Math.max(l[1], g[1]), Math.max(l[2], g[2])};
            }
            if (c.args().size() != 1) {
                return null;
            }
            Expr a = c.args().get(0);
            switch (f) {
                case "abs":
                    return growth(a, tail, depth + 1, k);
                case "sqrt": {
                    Interval v = range(a, tail, k);
                    double[] l = v == null || !(v.lo() >= 0) ? null : growth(a, tail, depth + 1, k);
                    return l == null ? null : new double[] {up(Interval.of(l[0]).sqrt()), l[1] / 2 == 0 ? 0
                        : Math.nextUp(l[1] / 2), l[2] / 2 == 0 ? 0 : Math.nextUp(l[2] / 2)};
                }
                case "log":
                case "log1p": {
                    Interval v = range(a, tail, k);
                    if (v == null) {
                        return null;
                    }
                    Interval lower = f.equals("log") ? v : v.add(1);
                    double[] l = growth(a, tail, depth + 1, k);
                    if (l == null || !(lower.lo() > 0)) {
                        return null;
                    }
                    // log y in [log m, log(C' (1 + |x|)^d e^(k|x|))], C' = C (+ 1 for log1p);
                    // |log y| <= (|log m| + |log C'| + d + k) (1 + |x|)
                    Interval cc = f.equals("log") ? Interval.of(l[0]) : Interval.of(l[0]).add(1);
                    Interval bound = Interval.of(lower.lo()).log().abs().add(cc.log().abs()).add(Interval.of(l[1]))
                            .add(Interval.of(l[2]));
                    return new double[] {up(bound), 1, 0};
                }
                case "exp":
                case "expm1": {
                    // e <= |e| <= C (1 + |x|) = C + C |x| when d <= 1 and k = 0:
                    // exp(e) <= e^C e^(C|x|), |expm1(e)| <= exp(e) + 1 <= (e^C + 1) e^(C|x|)
                    double[] l = growth(a, tail, depth + 1, k);
                    if (l == null || !(l[1] <= 1) || l[2] != 0) {
                        return null;
                    }
                    Interval ec = Interval.of(l[0]).exp();
                    return new double[] {up(f.equals("exp") ? ec : ec.add(1)), 0, l[0]};
                }
                default:
                    return null;
            }
        }
        return null;
    }

    /** True when e is built from literals and bound constants only (its value does not depend on r). */
    private static boolean constant(Expr e, java.util.Map<String, Dual> k) {
        if (e instanceof Expr.IntLit || e instanceof Expr.RealLit) {
            return true;
        }
        if (e instanceof Expr.Var v) {
            return !v.name().equals("r") && k.containsKey(v.name());
        }
        if (e instanceof Expr.Unary u) {
            return constant(u.operand(), k);
        }
        if (e instanceof Expr.Binary b) {
            return constant(b.left(), k) && constant(b.right(), k);
        }
        return false;
    }
}
