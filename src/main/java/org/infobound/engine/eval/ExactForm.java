package org.infobound.engine.eval;

import java.math.BigInteger;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;

/**
 * Exact rational value of a rational expression: literals, the given variables, unary minus,
 * {@code + - * /} and {@code ^} with an integer exponent; null for anything else (a function,
 * a let, a division by 0) or for a result of more than {@link #MAX_BITS} bits in numerator or
 * denominator. Used where the evaluator's own exact path gives up early ({@code 10^-400}: its
 * power limit sends such a value to an enclosure): domain bounds and closed claims.
 */
final class ExactForm {

    /** Largest numerator or denominator kept (bits); beyond it, null (the caller's own route). */
    static final int MAX_BITS = 1 << 16;

    private ExactForm() {
    }

    /** The exact value of {@code e}, or null. */
    static BigFraction value(Expr e, Map<String, BigFraction> vars) {
        try {
            return eval(e, vars);
        } catch (ArithmeticException x) {
            return null;
        }
    }

    private static BigFraction eval(Expr e, Map<String, BigFraction> vars) {
        if (e instanceof Expr.IntLit i) {
            return new BigFraction(i.value());
        } else if (e instanceof Expr.RealLit r) {
            return Evaluator.exactDecimal(r.value());
        } else if (e instanceof Expr.Var v) {
            return vars.get(v.name());
        } else if (e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            BigFraction x = eval(u.operand(), vars);
            return x == null ? null : x.negate();
        } else if (e instanceof Expr.Binary b) {
            BigFraction x = eval(b.left(), vars);
            if (x == null) {
                return null;
            }
            BigFraction y = eval(b.right(), vars);
            if (y == null) {
                return null;
            }
            BigFraction r;
            switch (b.op()) {
                case ADD -> r = x.add(y);
                case SUB -> r = x.subtract(y);
                case MUL -> r = x.multiply(y);
                case DIV -> r = y.signum() == 0 ? null : x.divide(y);
                case POW -> r = pow(x, y);
                default -> r = null;
            }
            return r == null || r.getNumerator().bitLength() > MAX_BITS
                    || r.getDenominator().bitLength() > MAX_BITS ? null : r;
        }
        return null;
    }

    private static BigFraction pow(BigFraction x, BigFraction y) {
        if (!y.isInteger() || y.getNumerator().bitLength() > 31) {
            return null;
        }
        int k = y.getNumerator().intValue();
        if (k < 0 && x.signum() == 0) {
            return null;
        }
        long bits = Math.max(x.getNumerator().bitLength(), x.getDenominator().bitLength());
        if (bits * Math.abs((long) k) > MAX_BITS + 64) {
            return null;
        }
        BigInteger n = x.getNumerator().pow(Math.abs(k));
        BigInteger d = x.getDenominator().pow(Math.abs(k));
        return k < 0 ? new BigFraction(d, n) : new BigFraction(n, d);
    }

    /**
     * The exact truth of a relation chain whose operands are all exact (every link must hold),
     * or null. A false link gives its own truth (the first false one); else the link of least
     * margin.
     */
    static Truth chain(Expr f, Map<String, BigFraction> vars, String text) {
        if (!(f instanceof Expr.Chain c)) {
            return null;
        }
        BigFraction[] v = new BigFraction[c.operands().size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = value(c.operands().get(i), vars);
            if (v[i] == null) {
                return null;
            }
        }
        Truth best = null;
        for (int i = 0; i < c.ops().size(); i++) {
            RelOp op = c.ops().get(i);
            Truth t = Exact.relate(v[i], op, v[i + 1], text);
            if (t.truth() == Tri.FALSE) {
                return t;
            }
            if (best == null || t.margin() < best.margin()) {
                best = t;
            }
        }
        return best;
    }
}
