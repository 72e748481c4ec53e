package org.infobound.engine.prove;

import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Expr;
import org.infobound.num.Constants;
import org.infobound.num.Dual;
import org.infobound.num.Interval;
import org.infobound.num.UndefinedValueException;

/**
 * Certified evaluation of a numeric expression of the claims language (arithmetic and the elementary
 * functions) over a box: the variables are bound to {@link Dual}s. Anything else (divergences,
 * laws, aggregates) is {@link NotCertified}: numeric discharge only sees numbers.
 */
public final class NumericEval {

    private final Map<String, Dual> env;
    /** Per variable, the open ends of its domain (points that are not instances). */
    private final Map<String, java.util.List<Expr>> excluded;

    NumericEval(Map<String, Dual> env) {
        this(env, Map.of());
    }

    NumericEval(Map<String, Dual> env, Map<String, java.util.List<Expr>> excluded) {
        this.env = env;
        this.excluded = excluded;
    }

    /**
     * The expression as a function of one variable (bound to the Dual argument); the function
     * throws a RuntimeException where the expression is not numeric in that variable alone or
     * is undefined on the argument.
     */
    public static java.util.function.UnaryOperator<Dual> univariate(Expr e, String var) {
        return d -> new NumericEval(Map.of(var, d)).eval(e);
    }

    /**
     * As {@link #univariate(Expr, String)} with other variables bound to the given constants
     * (enclosures of their values).
     */
    public static java.util.function.UnaryOperator<Dual> univariate(Expr e, String var, Map<String, Dual> constants) {
        return d -> {
            Map<String, Dual> m = new java.util.HashMap<>(constants);
            m.put(var, d);
            return new NumericEval(m).eval(e);
        };
    }

    Dual eval(Expr e) {
        try {
            return evalChecked(e);
        } catch (UndefinedValueException ex) {
            throw new NotCertified("undefined on the box: " + ex.getMessage());
        }
    }

    private Dual constant(Interval v) {
        return Dual.constant(v);
    }

    private Dual evalChecked(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return constant(Interval.of(new BigFraction(i.value())));
        }
        if (e instanceof Expr.RealLit r) {
            return constant(Interval.ofDecimal(r.text()));
        }
        if (e instanceof Expr.Var v) {
            Dual d = env.get(v.name());
            if (d != null) {
                return d;
            }
            return switch (v.name()) {
                case "pi" -> constant(Constants.PI);
                case "e" -> constant(Interval.ONE.exp());
                case "inf" -> constant(Interval.POSITIVE_INFINITY);
                default -> throw new NotCertified("not a numeric variable: " + v.name());
            };
        }
        if (e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            return eval(u.operand()).neg();
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        throw new NotCertified("not a numeric expression: " + ExprPrinter.print(e));
    }

    private Dual binary(Expr.Binary b) {
        Dual l = eval(b.left());
        switch (b.op()) {
            case ADD:
                return l.add(eval(b.right()));
            case SUB:
                return l.sub(eval(b.right()));
            case MUL:
                return l.mul(eval(b.right()));
            case DIV: {
                Dual d = eval(b.right());
                if (!avoidsZero(b.right(), 0)) {
                    nonzero(d, "division");
                }
                return l.div(d);
            }
            case POW:
                Integer k = smallInteger(b.right());
                if (k != null && k < 0 && !avoidsZero(b.left(), 0)) {
                    nonzero(l, "a negative integer power");
                }
                if (k != null) {
                    return l.pow(k);
                }
                Dual e = eval(b.right());
                if (!(e.value().lo() >= 0) && !avoidsZero(b.left(), 0)) {
                    // 0 to a negative power has no value, like x / 0
                    nonzero(l, "a negative power");
                }
                return l.pow(e);
            default:
                throw new NotCertified("not a numeric operator: " + b.op().symbol());
        }
    }

    /**
     * x / 0 is undefined (claims-language section 8; the certified evaluator encloses it by
     * [-inf, inf]): a denominator whose enclosure over the box contains 0 makes the box not
     * certified. The one-sided limit of interval division ([1, 1] / [a, 0] = [-inf, 1/a]) is
     * not the value at the point 0, and binder ranges are taken closed, so the point may be in
     * the domain.
     */
    private static void nonzero(Dual d, String what) {
        Interval v = d.value();
        if (!(v.lo() > 0 || v.hi() < 0)) {
            throw new NotCertified("undefined on the box: " + what + " by an enclosure " + v + " that contains 0");
        }
    }

    /**
     * The expression is nonzero at every instance because it is a product of factors
     * {@code v}, {@code v - c}, {@code c - v}, {@code v + c}, their negations and positive integer
     * powers, each vanishing only at an open end of v's domain (so at no instance). Then interval
     * division by an enclosure with 0 at an end is the one-sided limit, which encloses the values
     * at the instances of the box.
     */
    private boolean avoidsZero(Expr f, int depth) {
        if (depth > 16) {
            return false;
        }
        if (f instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            return avoidsZero(u.operand(), depth + 1);
        }
        if (f instanceof Expr.Var v) {
            return excludedAt(v.name(), BigFraction.ZERO);
        }
        if (f instanceof Expr.Binary b) {
            switch (b.op()) {
                case MUL:
                    return avoidsZero(b.left(), depth + 1) && avoidsZero(b.right(), depth + 1);
                case POW: {
                    Integer k = smallInteger(b.right());
                    return k != null && k > 0 && avoidsZero(b.left(), depth + 1);
                }
                case SUB:
                    if (b.left() instanceof Expr.Var v) {
                        return excludedAt(v.name(), constantOf(b.right()));
                    }
                    return b.right() instanceof Expr.Var v && excludedAt(v.name(), constantOf(b.left()));
                case ADD: {
                    BigFraction c;
                    if (b.left() instanceof Expr.Var v) {
                        c = constantOf(b.right());
                        return c != null && excludedAt(v.name(), c.negate());
                    }
                    if (b.right() instanceof Expr.Var v) {
                        c = constantOf(b.left());
                        return c != null && excludedAt(v.name(), c.negate());
                    }
                    return false;
                }
                default:
                    return false;
            }
        }
        return false;
    }

    private boolean excludedAt(String var, BigFraction point) {
        if (point == null || !env.containsKey(var)) {
            return false;
        }
        for (Expr end : excluded.getOrDefault(var, java.util.List.of())) {
            BigFraction e = constantOf(end);
            if (e != null && e.equals(point)) {
                return true;
            }
        }
        return false;
    }

    private static BigFraction constantOf(Expr e) {
        if (!Context.constant(e)) {
            return null;
        }
        try {
            return Exprs.rational(e);
        } catch (NotCertified | ArithmeticException ex) {
            return null;
        }
    }

    private static Integer smallInteger(Expr e) {
        if (e instanceof Expr.IntLit i && i.value().bitLength() < 31) {
            return i.value().intValue();
        }
        if (e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            Integer k = smallInteger(u.operand());
            return k == null ? null : -k;
        }
        return null;
    }

    private Dual call(Expr.Call c) {
        String f = c.name();
        if (!c.named().isEmpty()) {
            throw new NotCertified("named arguments in a numeric goal: " + f);
        }
        if (c.args().size() == 2 && (f.equals("min") || f.equals("max"))) {
            Dual a = eval(c.args().get(0));
            Dual b = eval(c.args().get(1));
            return f.equals("min") ? a.min(b) : a.max(b);
        }
        if (c.args().size() != 1) {
            throw new NotCertified("not a numeric function: " + f);
        }
        Dual x = eval(c.args().get(0));
        return switch (f) {
            case "sqrt" -> x.sqrt();
            case "exp" -> x.exp();
            case "log" -> x.log();
            case "log1p" -> x.log1p();
            case "expm1" -> x.expm1();
            case "abs" -> x.abs();
            case "log2" -> x.log().div(constant(Constants.LN2));
            case "lgamma" -> x.lgamma();
            case "harmonic" -> Dual.withoutDerivative(harmonic(x.value()), x);
            default -> throw new NotCertified("not a numeric function: " + f);
        };
    }

    /** H_n is increasing in the integer n: the hull of its values at integer ends (no derivative). */
    private static Interval harmonic(Interval n) {
        Long a = ResolvedGoal.integer(Interval.of(n.lo()));
        Long b = ResolvedGoal.integer(Interval.of(n.hi()));
        if (a == null || b == null || a < 0) {
            throw new NotCertified("harmonic needs integer arguments");
        }
        return Interval.harmonic(a).hull(Interval.harmonic(b));
    }
}
