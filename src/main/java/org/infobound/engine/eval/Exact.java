package org.infobound.engine.eval;

import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.verdict.Enclosure;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.RelOp;

/** Exact rational arithmetic and comparison for literals, integer binders and rational reals. */
final class Exact {

    private Exact() {
    }

    /** {@code x op y} exactly, or null when it is not exact (division by 0, non-integer power). */
    static Object apply(BinaryOp op, BigFraction x, BigFraction y, long maxPow) {
        switch (op) {
            case ADD:
                return simplify(x.add(y));
            case SUB:
                return simplify(x.subtract(y));
            case MUL:
                return simplify(x.multiply(y));
            case DIV:
                return y.signum() == 0 ? null : simplify(x.divide(y));
            case POW:
                if (!y.isInteger() || y.abs().compareTo(new BigFraction(maxPow)) > 0) {
                    return null;
                }
                int k = y.intValue();
                if (k < 0 && x.signum() == 0) {
                    return null;
                }
                if (x.getNumerator().bitLength() * (long) Math.abs(k) > 4096
                        || x.getDenominator().bitLength() * (long) Math.abs(k) > 4096) {
                    return null;
                }
                BigFraction p = x.pow(Math.abs(k));
                return simplify(k < 0 ? p.reciprocal() : p);
            default:
                throw new AssertionError(op);
        }
    }

    /** An integer that fits a long becomes a Long. */
    static Object simplify(BigFraction q) {
        if (q.isInteger() && q.getNumerator().bitLength() < 63) {
            return q.getNumerator().longValue();
        }
        return q;
    }

    static Truth relate(BigFraction a, RelOp op, BigFraction b, String text) {
        int c = a.compareTo(b);
        boolean holds;
        switch (op) {
            case LE:
                holds = c <= 0;
                break;
            case LT:
                holds = c < 0;
                break;
            case GE:
                holds = c >= 0;
                break;
            case GT:
                holds = c > 0;
                break;
            case EQ:
                holds = c == 0;
                break;
            case NE:
                holds = c != 0;
                break;
            default:
                throw new AssertionError(op);
        }
        double d = b.subtract(a).doubleValue();
        double margin = switch (op) {
            case LE, LT -> d;
            case GE, GT -> -d;
            case EQ -> -Math.abs(d);
            case NE -> Math.abs(d);
        };
        double x = a.doubleValue();
        double y = b.doubleValue();
        return new Truth(Tri.of(holds), margin, text,
                new Enclosure(Math.nextDown(x), Math.nextUp(x), x), new Enclosure(Math.nextDown(y), Math.nextUp(y), y));
    }
}
