package org.infobound.math.line;

import java.util.List;
import java.util.function.BiFunction;
import org.infobound.num.CertifiedQuadrature;
import org.infobound.num.Dual;
import org.infobound.num.DualFunction;
import org.infobound.num.Interval;
import org.infobound.num.IntervalFunction;
import org.infobound.num.UndefinedValueException;

/**
 * {@code int_lo^hi f} over a possibly infinite range: each infinite end is cut at a point y0
 * (reflected variable, see {@link Side}) where the certified tail masses of the laws are below
 * 1e-15, then moved out until the certified tail enclosure is narrower than tol/8 (at most
 * {@link #CUT_TRIES} times); the
 * finite middle is split into {@link #CHUNKS} chunks, each integrated by
 * {@link CertifiedQuadrature#integrateWithDerivative} to tol/(2 CHUNKS). The result contains the
 * integral; a tail that cannot be bounded makes it null (uncertified).
 */
final class LineIntegral {

    static final int CHUNKS = 32;
    static final int CUT_TRIES = 12;
    private static final int MASS_TRIES = 200;
    private static final int END_TRIES = 400;
    private static final double TAIL_LEVEL = 1e-15;

    private LineIntegral() {
    }

    /** Tail enclosure for a side and a cut y0 >= 1, or null when no certified bound applies. */
    interface Tail extends BiFunction<Side, Double, Interval> {
    }

    /** Enclosure of the integral over a short segment at a finite end, or null. */
    interface End extends BiFunction<Side, Interval, Interval> {
    }

    /**
     * A {@link DualFunction} that, where the chain rule meets an undefined form (e.g.
     * {@code 0 * inf} at a support end), falls back to the value enclosure alone (derivative
     * unknown, so the quadrature uses the naive piece form there).
     */
    static DualFunction guarded(DualFunction primary, IntervalFunction fallback) {
        return x -> {
            try {
                return primary.apply(x);
            } catch (UndefinedValueException e) {
                return Dual.of(fallback.apply(x.value()), Interval.ENTIRE);
            }
        };
    }

    /** The enclosure, or null (uncertified). */
    static Interval integrate(double lo, double hi, List<FamilyLaw> laws, DualFunction f, Tail tail,
            End end, double tol) {
        Interval left = Interval.ZERO;
        Interval right = Interval.ZERO;
        double a = lo;
        double b = hi;
        if (lo == Double.NEGATIVE_INFINITY) {
            double y0 = chooseCut(Side.LEFT, Side.LEFT.reflect(hi), laws, tail, tol);
            left = Double.isNaN(y0) ? null : tail.apply(Side.LEFT, y0);
            a = -y0;
        }
        if (hi == Double.POSITIVE_INFINITY) {
            double y0 = chooseCut(Side.RIGHT, lo, laws, tail, tol);
            right = Double.isNaN(y0) ? null : tail.apply(Side.RIGHT, y0);
            b = y0;
        }
        if (left == null || right == null) {
            return null;
        }
        if (end != null && Double.isFinite(lo) && singular(laws, Side.LEFT, lo)) {
            Interval[] cut = endCut(Side.LEFT, a, b, end, tol);
            if (cut == null) {
                return null;
            }
            left = left.add(cut[0]);
            a = cut[1].hi();
        }
        if (end != null && Double.isFinite(hi) && singular(laws, Side.RIGHT, hi)) {
            Interval[] cut = endCut(Side.RIGHT, a, b, end, tol);
            if (cut == null) {
                return null;
            }
            right = right.add(cut[0]);
            b = cut[1].lo();
        }
        if (!left.isFinite() || !right.isFinite()) {
            return left.add(right);
        }
        Interval sum = left.add(right);
        double step = (b - a) / CHUNKS;
        double u = a;
        for (int i = 1; i <= CHUNKS; i++) {
            double v = i == CHUNKS ? b : Math.max(u, a + step * i);
            sum = sum.add(CertifiedQuadrature.integrateWithDerivative(f, u, v, tol / (2 * CHUNKS)));
            u = v;
        }
        return sum;
    }

    /**
     * Where a density is unbounded at a finite end s, the segment of length d at s is bounded by
     * {@code end} (from certified masses) instead of integrated; d is halved from a quarter of the
     * range until that bound is narrower than tol/8. Returns {contribution, segment} or null.
     */
    private static Interval[] endCut(Side side, double a, double b, End end, double tol) {
        double d = (b - a) / 4;
        Interval best = null;
        Interval bestSegment = null;
        for (int k = 0; k < END_TRIES && d > 0; k++, d /= 2) {
            Interval segment = side == Side.LEFT ? Interval.of(a, a + d) : Interval.of(b - d, b);
            if (segment.isPoint()) {
                break;
            }
            Interval c = end.apply(side, segment);
            if (c != null && c.isFinite() && (best == null || c.width() < best.width())) {
                best = c;
                bestSegment = segment;
            }
            if (best != null && best.width() <= tol / 8) {
                break;
            }
        }
        return best == null ? null : new Interval[] {best, bestSegment};
    }

    private static boolean singular(List<FamilyLaw> laws, Side side, double at) {
        for (FamilyLaw law : laws) {
            IntervalLogDensity l = new IntervalLogDensity(law);
            double s = side == Side.LEFT ? l.supportLo() : l.supportHi();
            if (s == at && l.singularAt(side)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cut: first the smallest y0 = 1.25^k (times the location offset) where the certified
     * tail mass of every law is below 1e-15, then grown by half until the integrand's tail
     * enclosure is narrower than tol/8; NaN when no cut gives a tail enclosure.
     */
    private static double chooseCut(Side side, double otherEnd, List<FamilyLaw> laws, Tail tail,
            double tol) {
        // beyond the other (finite) end of the range, so that the middle part is not empty
        double y0 = Double.isFinite(otherEnd) ? Math.max(1.0, otherEnd + Math.abs(otherEnd) + 1.0) : 1.0;
        for (FamilyLaw law : laws) {
            if (law.family().parameters().get(0).equals("mu")) {
                y0 = Math.max(y0, side.reflect(law.param(0)) + 1.0);
            }
        }
        for (int k = 0; k < MASS_TRIES && !massesSmall(side, laws, y0); k++) {
            y0 *= 1.25;
        }
        double best = Double.NaN;
        double bestWidth = Double.POSITIVE_INFINITY;
        for (int k = 0; k < CUT_TRIES; k++, y0 *= 1.5) {
            Interval t = tail.apply(side, y0);
            if (t == null) {
                continue;
            }
            if (!t.isFinite()) {
                return y0;
            }
            if (t.width() < bestWidth) {
                best = y0;
                bestWidth = t.width();
            }
            if (bestWidth <= tol / 8) {
                break;
            }
        }
        return best;
    }

    private static boolean massesSmall(Side side, List<FamilyLaw> laws, double y0) {
        for (FamilyLaw law : laws) {
            TailModel m = new IntervalLogDensity(law).tail(side, y0);
            if (m != null && !(m.upperIntegral(y0) <= TAIL_LEVEL)) {
                return false;
            }
        }
        return true;
    }
}
