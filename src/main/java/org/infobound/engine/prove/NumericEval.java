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
final class NumericEval {

    private final Map<String, Dual> env;

    NumericEval(Map<String, Dual> env) {
        this.env = env;
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
            case DIV:
                return l.div(eval(b.right()));
            case POW:
                Integer k = smallInteger(b.right());
                return k != null ? l.pow(k) : l.pow(eval(b.right()));
            default:
                throw new NotCertified("not a numeric operator: " + b.op().symbol());
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
