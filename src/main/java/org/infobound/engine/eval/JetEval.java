package org.infobound.engine.eval;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.num.Interval;
import org.infobound.num.Jet;
import org.infobound.num.UndefinedValueException;

/**
 * The Taylor jet ({@link Jet}) of a one-parameter lambda of a claim, for certified quadrature of
 * integrals of the lambda: arithmetic, integer and constant real powers and the elementary
 * functions {@code sqrt exp log log1p expm1 log2 abs min max} of the parameter. A sub-expression
 * free of the parameter is a constant, evaluated by the claim's own certified evaluator (so
 * constants, outer variables and lets mean what they mean elsewhere). Anything else throws
 * {@link UndefinedValueException}: the caller then uses the lambda's interval value alone.
 */
final class JetEval {

    private final String param;
    private final Function<Expr, Interval> constant;
    private final java.util.Map<Expr, Interval> constants = new java.util.IdentityHashMap<>();

    private JetEval(String param, Function<Expr, Interval> constant) {
        this.param = param;
        this.constant = constant;
    }

    /** The jet function of {@code param -> body}, constants evaluated by {@code constant}. */
    static UnaryOperator<Jet> of(Expr.Lambda l, Function<Expr, Interval> constant) {
        JetEval j = new JetEval(l.param().name(), constant);
        return t -> j.eval(l.body(), t);
    }

    private static UndefinedValueException unsupported(String what) {
        return new UndefinedValueException("jet", "no Taylor jet for " + what);
    }

    private boolean depends(Expr e) {
        if (e instanceof Expr.Var v) {
            return v.name().equals(param);
        }
        if (e instanceof Expr.IntLit || e instanceof Expr.RealLit) {
            return false;
        }
        if (e instanceof Expr.Unary u) {
            return depends(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return depends(b.left()) || depends(b.right());
        }
        if (e instanceof Expr.Call c) {
            if (!c.named().isEmpty()) {
                throw unsupported("named arguments");
            }
            for (Expr a : c.args()) {
                if (depends(a)) {
                    return true;
                }
            }
            return false;
        }
        // binders and anything else: not handled (the parameter may occur inside)
        throw unsupported(e.getClass().getSimpleName());
    }

    private Jet eval(Expr e, Jet t) {
        if (!depends(e)) {
            Interval c = constants.computeIfAbsent(e, constant);
            return Jet.constant(c, t.order());
        }
        if (e instanceof Expr.Var) {
            return t;
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return eval(u.operand(), t).neg();
        }
        if (e instanceof Expr.Binary b) {
            Jet l = eval(b.left(), t);
            switch (b.op()) {
                case ADD:
                    return l.add(eval(b.right(), t));
                case SUB:
                    return l.sub(eval(b.right(), t));
                case MUL:
                    return l.mul(eval(b.right(), t));
                case DIV:
                    return l.div(eval(b.right(), t));
                case POW: {
                    Integer k = smallInteger(b.right());
                    if (k != null) {
                        return l.pow(k);
                    }
                    if (!depends(b.right())) {
                        return l.pow(constants.computeIfAbsent(b.right(), constant));
                    }
                    return eval(b.right(), t).mul(l.log()).exp();
                }
                default:
                    throw unsupported(b.op().symbol());
            }
        }
        if (e instanceof Expr.Call c) {
            String f = c.name();
            if (c.args().size() == 2 && (f.equals("min") || f.equals("max"))) {
                Jet a = eval(c.args().get(0), t);
                Jet b = eval(c.args().get(1), t);
                return f.equals("min") ? a.min(b) : a.max(b);
            }
            if (c.args().size() != 1) {
                throw unsupported(f);
            }
            Jet x = eval(c.args().get(0), t);
            return switch (f) {
                case "sqrt" -> x.sqrt();
                case "exp" -> x.exp();
                case "log" -> x.log();
                case "log1p" -> x.log1p();
                case "expm1" -> x.expm1();
                case "abs" -> x.abs();
                case "log2" -> x.log().scale(Interval.ONE.div(Interval.of(2).log()));
                default -> throw unsupported(f);
            };
        }
        throw unsupported(e.getClass().getSimpleName());
    }

    private static Integer smallInteger(Expr e) {
        if (e instanceof Expr.IntLit i && i.value().bitLength() < 31) {
            return i.value().intValue();
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            Integer k = smallInteger(u.operand());
            return k == null ? null : -k;
        }
        return null;
    }
}
