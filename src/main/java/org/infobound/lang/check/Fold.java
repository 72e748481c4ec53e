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
        return value(e, java.util.Map.of());
    }

    /**
     * As {@link #value(Expr)}, with the names in {@code env} bound to exact values and the
     * exactly known function values {@code log(1) = 0}, {@code exp(0) = 1}, {@code abs},
     * {@code min}, {@code max} (used to check a {@code Df} generator at t = 1).
     */
    static BigFraction value(Expr e, java.util.Map<String, BigFraction> env) {
        if (e instanceof Expr.Var v) {
            return env.get(v.name());
        } else if (e instanceof Expr.Call c && c.form() == org.infobound.lang.ast.CallForm.PLAIN && c.named().isEmpty()) {
            return call(c, env);
        } else if (e instanceof Expr.IntLit i) {
            return i.value().bitLength() > MAX_BITS ? null : new BigFraction(i.value());
        } else if (e instanceof Expr.RealLit r) {
            return decimal(r.value());
        } else if (e instanceof Expr.Unary u && u.op() == org.infobound.lang.ast.UnaryOp.NEG) {
            BigFraction v = value(u.operand(), env);
            return v == null ? null : v.negate();
        } else if (e instanceof Expr.Binary b) {
            return binary(b, env);
        }
        return null;
    }

    private static BigFraction call(Expr.Call c, java.util.Map<String, BigFraction> env) {
        java.util.List<BigFraction> args = new java.util.ArrayList<>();
        for (Expr a : c.args()) {
            BigFraction v = value(a, env);
            if (v == null) {
                return null;
            }
            args.add(v);
        }
        if (args.isEmpty()) {
            return null;
        }
        BigFraction x = args.get(0);
        switch (c.name()) {
            case "abs": return args.size() == 1 ? x.abs() : null;
            case "log": return args.size() == 1 && x.equals(BigFraction.ONE) ? BigFraction.ZERO : null;
            case "exp": return args.size() == 1 && x.compareTo(BigFraction.ZERO) == 0 ? BigFraction.ONE : null;
            case "min": return args.size() >= 2 ? args.stream().min(BigFraction::compareTo).orElseThrow() : null;
            case "max": return args.size() >= 2 ? args.stream().max(BigFraction::compareTo).orElseThrow() : null;
            default: return null;
        }
    }

    private static BigFraction decimal(BigDecimal d) {
        if (Math.abs((long) d.scale()) > MAX_EXPONENT || d.unscaledValue().bitLength() > MAX_BITS) {
            return null;
        }
        BigInteger unscaled = d.unscaledValue();
        return d.scale() >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(d.scale()))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-d.scale())));
    }

    private static BigFraction binary(Expr.Binary b, java.util.Map<String, BigFraction> env) {
        BigFraction l = value(b.left(), env);
        BigFraction r = l == null ? null : value(b.right(), env);
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
