package org.infobound.math.line;

import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.infobound.num.Dual;
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

    /** Largest number of pieces of {@link #lowerBoundLog}. */
    private static final int MAX_PIECES = 20000;

    /**
     * Requires: p != null && logG != null (logG maps a Dual enclosure of r to one of h(r)).
     * Ensures: result == null || result.hi() == +inf and result.lo() <= E_p exp(h).
     */
    /**
     * {@code [L, +inf]} for {@code E exp(h(X))}, computed in log space so that neither
     * {@code exp(h)} nor the density overflows or underflows: on a piece {@code [a, b]} the log
     * of the integrand {@code phi = h + log f} is at least {@code phi(m) - |phi'([a, b])| (b - a)/2}
     * (mean value theorem, m the midpoint; {@code phi'} from the Dual enclosures of h and of the
     * log-density) and at least the lower end of its interval extension; the piece contributes
     * {@code (b - a) e^(that)}. Pieces start at the float quantiles of p and at
     * {@code +-2^(j/8)} (j up to 240, where exp(h) moves the mass far beyond the quantiles of p,
     * e.g. {@code E(normal(0, 1), exp(0.4999 r^2)) = 1/sqrt(0.0002)}), and the piece with the
     * largest gap between that lower bound and the matching upper bound is halved until
     * {@link #MAX_PIECES}; which pieces are used decides only how large L gets. Null when h
     * cannot be evaluated at all.
     */
    public static Interval lowerBoundLog(FamilyLaw p, java.util.function.UnaryOperator<Dual> logG) {
        IntervalLogDensity ld = new IntervalLogDensity(p);
        double s0 = ld.supportLo();
        double s1 = ld.supportHi();
        TreeSet<Double> cuts = new TreeSet<>();
        for (int i = 1; i < 256; i++) {
            add(cuts, p.quantile(i / 256.0), s0, s1);
        }
        for (int j = 9; j <= 1000; j += 7) {
            double s = Math.scalb(1.0, -j);
            add(cuts, p.quantile(s), s0, s1);
            add(cuts, p.upperQuantile(s), s0, s1);
        }
        for (int j = -80; j <= 240; j++) {
            double x = Math.pow(2, j / 8.0);
            add(cuts, x, s0, s1);
            add(cuts, -x, s0, s1);
        }
        add(cuts, s0, s0, s1);
        add(cuts, s1, s0, s1);
        java.util.PriorityQueue<double[]> queue = new java.util.PriorityQueue<>(
                (u, v) -> Double.compare(v[3] - v[2], u[3] - u[2]));
        Double prev = null;
        for (double x : cuts) {
            if (prev != null) {
                queue.add(logPiece(ld, logG, prev, x));
            }
            prev = x;
        }
        if (queue.isEmpty()) {
            return null;
        }
        int pieces = queue.size();
        while (pieces < MAX_PIECES) {
            double[] worst = queue.peek();
            double m = worst[0] + (worst[1] - worst[0]) / 2;
            if (!(worst[3] - worst[2] > 0) || !(m > worst[0] && m < worst[1])) {
                break;
            }
            queue.poll();
            queue.add(logPiece(ld, logG, worst[0], m));
            queue.add(logPiece(ld, logG, m, worst[1]));
            pieces++;
        }
        Interval sum = Interval.ZERO;
        for (double[] piece : queue) {
            sum = sum.add(Interval.of(piece[2]));
        }
        return Interval.of(Math.max(0.0, sum.lo()), Double.POSITIVE_INFINITY);
    }

    /** {a, b, lower bound of int_a^b e^(h + log f), an upper value used only to pick pieces}. */
    private static double[] logPiece(IntervalLogDensity ld, java.util.function.UnaryOperator<Dual> logG,
            double a, double b) {
        double lower = 0;
        double upper = Double.POSITIVE_INFINITY;
        try {
            Interval x = Interval.of(a, b);
            Dual phi = logG.apply(Dual.variable(x)).add(ld.at(Dual.variable(x)));
            double m = a + (b - a) / 2;
            Interval pm = Interval.of(m);
            Interval phiM = logG.apply(Dual.constant(pm)).value().add(ld.value(pm));
            Interval radius = Interval.of(Math.max(pm.sub(Interval.of(a)).hi(), Interval.of(b).sub(pm).hi()));
            Interval spread = phi.derivative().abs().mul(radius);
            double lowPhi = phi.value().lo();
            double mv = phiM.sub(spread).lo();
            if (mv > lowPhi) {
                lowPhi = mv;
            }
            double w = Interval.of(b).sub(Interval.of(a)).lo();
            if (w > 0 && !Double.isNaN(lowPhi) && lowPhi > Double.NEGATIVE_INFINITY) {
                lower = Math.max(0.0, Interval.of(w).mul(Interval.of(lowPhi).exp()).lo());
            }
            double highPhi = Math.min(phi.value().hi(), phiM.add(spread).hi());
            double u = (b - a) * Math.exp(highPhi);
            upper = Double.isNaN(u) ? Double.POSITIVE_INFINITY : Math.max(u, lower);
        } catch (RuntimeException e) {
            // this piece contributes 0 (the integrand is >= 0 everywhere)
        }
        return new double[] {a, b, lower, upper};
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
