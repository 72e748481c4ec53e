package org.infobound.lang.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Expr;

/**
 * Exact constant folding of literal arithmetic ({@code 1/2}, {@code -1}, {@code 10^6}) to
 * rationals, used only for the literal range checks. Anything else (names, functions,
 * {@code inf}, sizes beyond the caps) folds to null: the check is then left to evaluation.
 */
final class Fold {

    /** Largest decimal exponent or power exponent folded. */
    private static final int MAX_EXPONENT = 4096;
    /** Largest result size folded, in bits. */
    private static final long MAX_BITS = 1L << 16;

    private Fold() {
    }

    static BigFraction value(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return i.value().bitLength() > MAX_BITS ? null : new BigFraction(i.value());
        } else if (e instanceof Expr.RealLit r) {
            return decimal(r.value());
        } else if (e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            BigFraction v = value(u.operand());
            return v == null ? null : v.negate();
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        return null;
    }

    private static BigFraction decimal(BigDecimal d) {
        if (Math.abs((long) d.scale()) > MAX_EXPONENT || d.unscaledValue().bitLength() > MAX_BITS) {
            return null;
        }
        BigInteger unscaled = d.unscaledValue();
        return d.scale() >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(d.scale()))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-d.scale())));
    }

    private static BigFraction binary(Expr.Binary b) {
        BigFraction l = value(b.left());
        BigFraction r = l == null ? null : value(b.right());
        if (r == null) {
            return null;
        }
        switch (b.op()) {
            case ADD: return l.add(r);
            case SUB: return l.subtract(r);
            case MUL: return l.multiply(r);
            case DIV: return r.compareTo(BigFraction.ZERO) == 0 ? null : l.divide(r);
            case POW: return power(l, r);
            default: return null;
        }
    }

    private static BigFraction power(BigFraction base, BigFraction exponent) {
        if (!exponent.getDenominator().equals(BigInteger.ONE) || exponent.getNumerator().bitLength() > 31) {
            return null;
        }
        int k = exponent.getNumerator().intValue();
        long bits = (long) Math.abs(k) * Math.max(base.getNumerator().bitLength(), base.getDenominator().bitLength());
        if (Math.abs(k) > MAX_EXPONENT || bits > MAX_BITS || (k < 0 && base.compareTo(BigFraction.ZERO) == 0)) {
            return null;
        }
        return base.pow(k);
    }
}
