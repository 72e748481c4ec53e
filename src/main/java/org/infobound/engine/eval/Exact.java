package org.infobound.engine.eval;

import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.verdict.Enclosure;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.RelOp;

/** Exact rational arithmetic and comparison for literals, integer binders and rational reals. */
final class Exact {

    /**
     * Largest numerator or denominator (bits) kept exact. Beyond it the value goes to the
     * backend's numbers (a double, or the tight interval enclosure of the rational on the
     * certified route, so soundness is kept): {@code sum(k in 1..1000, 1 / k^2)} in rationals has
     * denominators near lcm(1..1000)^2 (about 2^2900) and its gcds dominated a whole check run.
     * It was 1024, which sent {@code 1/10^320} and {@code 1 - 10^-320} (about 1063 bits) to
     * enclosures, so a bernoulli with such a mass had no certified value.
     */
    static final int MAX_BITS = 2048;

    private Exact() {
    }

    /**
     * {@code x op y} exactly, or null when it is not exact (division by 0, non-integer power) or
     * too large ({@link #MAX_BITS}).
     */
    static Object apply(BinaryOp op, BigFraction x, BigFraction y, long maxPow) {
        switch (op) {
            case ADD:
                return bounded(x.add(y));
            case SUB:
                return bounded(x.subtract(y));
            case MUL:
                return bounded(x.multiply(y));
            case DIV:
                return y.signum() == 0 ? null : bounded(x.divide(y));
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

    /**
     * The fast path of {@link #apply} for two longs: the same exact value without BigFraction
     * (a Long, or a BigFraction for a non-integer quotient), or null when a long overflows or the
     * operation is not exact, and the caller takes the general route.
     */
    static Object applyLong(BinaryOp op, long x, long y) {
        try {
            switch (op) {
                case ADD:
                    return Math.addExact(x, y);
                case SUB:
                    return Math.subtractExact(x, y);
                case MUL:
                    return Math.multiplyExact(x, y);
                case DIV:
                    if (y == 0 || y == Long.MIN_VALUE || x == Long.MIN_VALUE) {
                        return null;
                    }
                    return x % y == 0 ? (Object) (x / y) : fraction(x, y);
                case POW:
                    if (y < 0 || y > 62) {
                        return null;
                    }
                    long p = 1;
                    for (long i = 0; i < y; i++) {
                        p = Math.multiplyExact(p, x);
                    }
                    return p;
                default:
                    throw new AssertionError(op);
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** A quotient of longs remembered by its operands (immutable entries, so races are harmless). */
    private record Quotient(long x, long y, BigFraction value) {
    }

    private static final Quotient[] QUOTIENTS = new Quotient[1024];

    /**
     * {@code x / y} as a reduced fraction; a small direct-mapped cache spares the BigInteger gcd
     * when a search evaluates the same quotient (e.g. {@code (n - 1) / n}) again and again.
     */
    private static BigFraction fraction(long x, long y) {
        int slot = (int) ((x * 0x9E3779B97F4A7C15L + y) >>> 54);
        Quotient q = QUOTIENTS[slot];
        if (q != null && q.x() == x && q.y() == y) {
            return q.value();
        }
        BigFraction f = new BigFraction(x, y);
        QUOTIENTS[slot] = new Quotient(x, y, f);
        return f;
    }

    private static Object bounded(BigFraction q) {
        if (q.getNumerator().bitLength() > MAX_BITS || q.getDenominator().bitLength() > MAX_BITS) {
            return null;
        }
        return simplify(q);
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
        double d = org.infobound.num.Rationals.toDouble(b.subtract(a));
        double margin = switch (op) {
            case LE, LT -> d;
            case GE, GT -> -d;
            case EQ -> -Math.abs(d);
            case NE -> Math.abs(d);
        };
        double x = org.infobound.num.Rationals.toDouble(a);
        double y = org.infobound.num.Rationals.toDouble(b);
        return new Truth(Tri.of(holds), margin, text,
                new Enclosure(Math.nextDown(x), Math.nextUp(x), x), new Enclosure(Math.nextDown(y), Math.nextUp(y), y));
    }
}
