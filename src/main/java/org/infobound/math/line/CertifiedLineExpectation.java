package org.infobound.math.line;

import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.infobound.num.Interval;

/**
 * A certified lower bound of {@code E g(X) = int g p} for a family law p on the line and a
 * function g that is certainly {@code >= 0} on the whole support (its interval extension on the
 * support has lower end {@code >= 0}): the enclosure {@code [L, +inf]} with
 * {@code L = sum_i w_i inf g(I_i) inf p(I_i)} over pieces {@code I_i} of the support (rounded
 * down). The pieces end at float quantiles of p (levels i/256, and {@code 2^-j}, {@code 1 - 2^-j}
 * for j up to 1000 through the upper quantile), so they follow any tail; which points are used
 * does not matter for soundness, only for how large L gets. A piece where g or the density
 * cannot be enclosed contributes 0 (g p >= 0 there). No upper bound is given: this decides
 * {@code E(p, X) <= c} false when {@code L > c}, e.g. for divergent integrals
 * ({@code E(exponential(0.75), exp(r)) = +inf}), and decides nothing for a true claim.
 */
public final class CertifiedLineExpectation {

    private CertifiedLineExpectation() {
    }

    /**
     * Requires: p != null && g != null.
     * Ensures: result == null || result.hi() == +inf and result.lo() <= E_p g.
     */
    /** {@code [L, +inf]}, or null when g is not certainly non-negative on the support. */
    public static Interval lowerBound(FamilyLaw p, UnaryOperator<Interval> g) {
        IntervalLogDensity ld = new IntervalLogDensity(p);
        double s0 = ld.supportLo();
        double s1 = ld.supportHi();
        Interval all;
        try {
            all = g.apply(Interval.of(s0, s1));
        } catch (RuntimeException e) {
            return null;
        }
        if (all == null || !(all.lo() >= 0)) {
            return null;
        }
        TreeSet<Double> cuts = new TreeSet<>();
        for (int i = 1; i < 256; i++) {
            add(cuts, p.quantile(i / 256.0), s0, s1);
        }
        for (int j = 9; j <= 1000; j++) {
            double s = Math.scalb(1.0, -j);
            add(cuts, p.quantile(s), s0, s1);
            add(cuts, p.upperQuantile(s), s0, s1);
        }
        Interval sum = Interval.ZERO;
        Double prev = null;
        for (double x : cuts) {
            if (prev != null) {
                sum = sum.add(piece(ld, g, prev, x));
            }
            prev = x;
        }
        double lo = sum.lo();
        return Interval.of(Math.max(0.0, lo), Double.POSITIVE_INFINITY);
    }

    private static void add(TreeSet<Double> cuts, double x, double s0, double s1) {
        if (Double.isFinite(x) && x >= s0 && x <= s1 && Math.abs(x) <= 1e300) {
            cuts.add(x);
        }
    }

    /** A lower bound of {@code int_a^b g p} as a point-like interval (0 when not enclosed). */
    private static Interval piece(IntervalLogDensity ld, UnaryOperator<Interval> g, double a, double b) {
        try {
            Interval x = Interval.of(a, b);
            Interval gv = g.apply(x);
            Interval f = ld.value(x).exp();
            double w = Interval.of(b).sub(Interval.of(a)).lo();
            if (!(gv.lo() > 0) || !(f.lo() > 0) || !(w > 0) || !Double.isFinite(f.lo())) {
                return Interval.ZERO;
            }
            if (gv.lo() == Double.POSITIVE_INFINITY) {
                return Interval.POSITIVE_INFINITY;
            }
            return Interval.of(w).mul(Interval.of(gv.lo())).mul(Interval.of(f.lo()));
        } catch (RuntimeException e) {
            return Interval.ZERO;
        }
    }
}
