package org.infobound.engine.eval;

import org.infobound.engine.verdict.Enclosure;
import org.infobound.lang.ast.RelOp;
import org.infobound.num.Interval;
import org.infobound.num.UndefinedValueException;

/**
 * Relations on enclosures: TRUE or FALSE only when the enclosures decide them, else UNKNOWN.
 * {@code ==} is TRUE only for equal point enclosures (it can otherwise only be refuted).
 */
final class CertRelations {

    private CertRelations() {
    }

    static Truth relate(Interval a, RelOp op, Interval b, String text) {
        Tri t;
        double margin;
        switch (op) {
            case LE:
                t = a.hi() <= b.lo() ? Tri.TRUE : a.lo() > b.hi() ? Tri.FALSE : Tri.UNKNOWN;
                margin = a.lo() - b.hi();
                break;
            case LT:
                t = a.hi() < b.lo() ? Tri.TRUE : a.lo() >= b.hi() ? Tri.FALSE : Tri.UNKNOWN;
                margin = a.lo() - b.hi();
                break;
            case GE:
                t = a.lo() >= b.hi() ? Tri.TRUE : a.hi() < b.lo() ? Tri.FALSE : Tri.UNKNOWN;
                margin = b.lo() - a.hi();
                break;
            case GT:
                t = a.lo() > b.hi() ? Tri.TRUE : a.hi() <= b.lo() ? Tri.FALSE : Tri.UNKNOWN;
                margin = b.lo() - a.hi();
                break;
            case EQ:
                t = disjoint(a, b) ? Tri.FALSE : a.isPoint() && a.equals(b) ? Tri.TRUE : Tri.UNKNOWN;
                margin = Math.max(a.lo() - b.hi(), b.lo() - a.hi());
                break;
            case NE:
                t = disjoint(a, b) ? Tri.TRUE : a.isPoint() && a.equals(b) ? Tri.FALSE : Tri.UNKNOWN;
                margin = 0;
                break;
            default:
                throw new AssertionError(op);
        }
        return new Truth(t, t == Tri.FALSE ? -nonNegative(margin) : Double.NaN, text, enc(a), enc(b));
    }

    private static double nonNegative(double m) {
        return Double.isNaN(m) ? 0 : Math.max(0, m);
    }

    private static boolean disjoint(Interval a, Interval b) {
        return a.hi() < b.lo() || b.hi() < a.lo();
    }

    static Truth approx(Interval a, Interval b, Interval tol, String text) {
        if (a.isPoint() && a.equals(b) && !a.isFinite()) {
            return new Truth(Tri.TRUE, Double.NaN, text, enc(a), enc(b));
        }
        Interval d;
        try {
            d = a.sub(b).abs();
        } catch (UndefinedValueException e) {
            throw new Undefined("inf - inf in ~=");
        }
        Tri t = d.hi() <= tol.lo() ? Tri.TRUE : d.lo() > tol.hi() ? Tri.FALSE : Tri.UNKNOWN;
        return new Truth(t, t == Tri.FALSE ? tol.hi() - d.lo() : Double.NaN, text, enc(a), enc(b));
    }

    private static Enclosure enc(Interval x) {
        return new Enclosure(x.lo(), x.hi(), x.mid());
    }

}
