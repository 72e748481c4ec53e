package org.infobound.math.line;

import java.util.PriorityQueue;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Adaptive Gauss–Legendre quadrature over a partition of the line. Each piece is integrated
 * with Hipparchus's 7- and 15-point Legendre rules; their difference is the piece's error
 * estimate; the piece with the largest estimate is bisected until the summed estimate is below
 * {@code max(1e-14, 1e-13 |I|)} or the piece budget is spent. Infinite end pieces use
 * {@code x = a + s t / (1 - t)}, {@code t in [0, 1)}. The error estimate is heuristic, not a
 * certified bound. Known blind spot: a density with an integrable singularity at a finite
 * upper support end (e.g. Beta(a, b) with b &lt; 1) cannot be resolved within ~1e-16 of that
 * end in double precision; such integrals are accurate only to about 1e-7 and the estimate
 * does not show it (Beta(1/2, 1/2) vs U(0, 1): KL off by 6e-8).
 */
final class Quadrature {

    private static final int MAX_PIECES = 3000;
    private static final double REL_TOL = 1e-13;
    private static final double ABS_TOL = 1e-14;
    private static final double[] LEVELS = {1e-12, 1e-6, 1e-3, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1 - 1e-6, 1 - 1e-12};
    private static final double[][] G7 = rule(7);
    private static final double[][] G15 = rule(15);

    private Quadrature() {
    }

    private static double[][] rule(int n) {
        GaussIntegrator g = new GaussIntegratorFactory().legendre(n);
        double[][] r = new double[2][n];
        for (int i = 0; i < n; i++) {
            r[0][i] = g.getPoint(i);
            r[1][i] = g.getWeight(i);
        }
        return r;
    }

    /** Integral of g over the union of the supports, split at quantiles of every law. */
    static LineValue overLaws(DoubleUnaryOperator g, LineLaw... laws) {
        return integrate(g, breakpoints(laws), scale(laws), singularAtZero(laws));
    }

    /**
     * Whether a law has a density unbounded at its support end 0 (gamma or beta with first shape
     * below 1): its mass can sit at scales far below its quantiles' spacing (gamma(0.01, 1) has
     * median e^-69 and 5% quantile e^-300), so pieces near 0 are integrated in log x.
     */
    static boolean singularAtZero(LineLaw... laws) {
        for (LineLaw law : laws) {
            if (law instanceof FamilyLaw f && (f.family() == LineFamily.GAMMA || f.family() == LineFamily.BETA)
                    && f.param(0) < 1) {
                return true;
            }
        }
        return false;
    }

    /** As {@link #overLaws}, with extra finite cut points (e.g. around a tilted peak). */
    static LineValue overLaws(DoubleUnaryOperator g, double[] extra, LineLaw... laws) {
        TreeSet<Double> cuts = new TreeSet<>();
        double[] base = breakpoints(laws);
        for (double x : base) {
            cuts.add(x);
        }
        for (double x : extra) {
            if (x > base[0] && x < base[base.length - 1]) {
                cuts.add(x);
            }
        }
        return integrate(g, cuts.stream().mapToDouble(Double::doubleValue).toArray(), scale(laws),
                singularAtZero(laws));
    }

    /** Support ends and finite quantiles of every law, sorted. */
    static double[] breakpoints(LineLaw... laws) {
        TreeSet<Double> cuts = new TreeSet<>();
        for (LineLaw given : laws) {
            // a numeric tilt's quantiles are themselves computed by quadrature: cut at the base's
            LineLaw law = given instanceof TiltedLaw t ? t.base() : given;
            if (given instanceof TiltedLaw t) {
                // around the tilted peak, at the tilt's scale (inside the support only)
                for (double x : t.peakCuts()) {
                    if (x > law.supportLower() && x < law.supportUpper()) {
                        cuts.add(x);
                    }
                }
            }
            if (law instanceof MixtureLaw m) {
                // the components' support ends and quantiles too: a density jumps at a
                // component's support end inside the hull, and a narrow component hides
                // between the mixture's quantiles (entropy(mix(uniform(0, 64), logistic(0, 1024),
                // 1/2)) was 0.5% off)
                for (double x : breakpoints(m.first(), m.second())) {
                    cuts.add(x);
                }
            }
            cuts.add(law.supportLower());
            cuts.add(law.supportUpper());
            for (double u : LEVELS) {
                double q = law.quantile(u);
                if (Double.isFinite(q)) {
                    cuts.add(q);
                }
            }
        }
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A length scale for the infinite end pieces: the largest 10-90% inter-quantile range. */
    static double scale(LineLaw... laws) {
        double scale = 0;
        for (LineLaw given : laws) {
            LineLaw law = given instanceof TiltedLaw t ? t.base() : given;
            scale = Math.max(scale, law.quantile(0.9) - law.quantile(0.1));
        }
        return scale > 0 && Double.isFinite(scale) ? scale : 1.0;
    }

    /** Integral of g over [breaks[0], breaks[last]]; ends may be infinite, interior finite. */
    static LineValue integrate(DoubleUnaryOperator g, double[] breaks, double scale) {
        return integrate(g, breaks, scale, false);
    }

    /** Below this, the piece [0, b] in log x is replaced by the power-law extrapolation. */
    private static final double LOG_FLOOR = 1e-300;

    /**
     * As {@link #integrate(DoubleUnaryOperator, double[], double)}; with {@code logNearZero} a
     * finite piece [a, b] with {@code 0 <= a} and {@code b > 1e4 a} is integrated in
     * {@code t = log x} ({@code g(e^t) e^t dt}); for a = 0 the part below 1e-300 is
     * {@code eps g(eps) / (1 - beta)}, beta the local power of g from g(eps) and g(2 eps)
     * (an integrable {@code x^-beta}; a log factor makes this about 2% off, on a part that is
     * about {@code eps^(1 - beta)} of the mass).
     */
    static LineValue integrate(DoubleUnaryOperator g, double[] breaks, double scale, boolean logNearZero) {
        PriorityQueue<Piece> queue = new PriorityQueue<>((a, b) -> Double.compare(b.err, a.err));
        double total = 0;
        double err = 0;
        boolean floorDone = false;
        for (int i = 0; i + 1 < breaks.length; i++) {
            double a = breaks[i];
            double b = breaks[i + 1];
            if (!(a < b)) {
                continue;
            }
            if (logNearZero && a >= 0 && a < LOG_FLOOR && !floorDone) {
                // [0, 1e-300] once, by the power law (quantiles of gamma(0.01, 1) below 1e-3 are
                // there; pieces inside it are skipped)
                floorDone = true;
                double r = belowFloor(g, LOG_FLOOR);
                total += r;
                err += 0.05 * Math.abs(r);
            }
            if (logNearZero && a >= 0 && b <= LOG_FLOOR) {
                continue;
            }
            if (logNearZero && a >= 0 && Double.isFinite(b) && (a < LOG_FLOOR || b > 1e4 * a)) {
                double ta = Math.log(Math.max(a, LOG_FLOOR));
                Piece p = Piece.of(t -> {
                    double x = Math.exp(t);
                    return g.applyAsDouble(x) * x;
                }, ta, Math.log(b));
                total += p.value;
                err += p.err;
                queue.add(p);
                continue;
            }
            DoubleUnaryOperator h = mapped(g, a, b, scale);
            double lo = Double.isInfinite(a) || Double.isInfinite(b) ? 0.0 : a;
            double hi = Double.isInfinite(a) || Double.isInfinite(b) ? 1.0 : b;
            Piece p = Piece.of(h, lo, hi);
            total += p.value;
            err += p.err;
            queue.add(p);
        }
        int pieces = queue.size();
        while (!queue.isEmpty() && Double.isFinite(total)
                && err > Math.max(ABS_TOL, REL_TOL * Math.abs(total)) && pieces < MAX_PIECES) {
            Piece p = queue.poll();
            double mid = 0.5 * (p.lo + p.hi);
            Piece left = Piece.of(p.f, p.lo, mid);
            Piece right = Piece.of(p.f, mid, p.hi);
            total += left.value + right.value - p.value;
            err += left.err + right.err - p.err;
            queue.add(left);
            queue.add(right);
            pieces++;
        }
        if (!Double.isFinite(total)) {
            return new LineValue(total, 0.0, false);
        }
        return new LineValue(total, Math.max(err, 0.0) + 4 * Math.ulp(total) * pieces, false);
    }

    /** {@code int_0^e g} for {@code g ~ c x^-beta}, beta < 1 from g(e), g(2 e); 0 otherwise. */
    private static double belowFloor(DoubleUnaryOperator g, double e) {
        double g1 = g.applyAsDouble(e);
        double g2 = g.applyAsDouble(2 * e);
        if (!(Double.isFinite(g1) && Double.isFinite(g2)) || g1 == 0 || Math.signum(g1) != Math.signum(g2)) {
            return 0.0;
        }
        double beta = -Math.log(g2 / g1) / Math.log(2);
        return beta < 1 ? e * g1 / (1 - beta) : 0.0;
    }

    private static DoubleUnaryOperator mapped(DoubleUnaryOperator g, double a, double b, double s) {
        if (Double.isInfinite(a) && Double.isInfinite(b)) {
            return t -> {
                double u = 2 * t - 1;
                double d = 1 - u * u;
                return g.applyAsDouble(s * u / d) * 2 * s * (1 + u * u) / (d * d);
            };
        }
        if (Double.isInfinite(b)) {
            return t -> {
                double d = 1 - t;
                return g.applyAsDouble(a + s * t / d) * s / (d * d);
            };
        }
        if (Double.isInfinite(a)) {
            return t -> {
                double d = 1 - t;
                return g.applyAsDouble(b - s * t / d) * s / (d * d);
            };
        }
        return g;
    }

    private record Piece(DoubleUnaryOperator f, double lo, double hi, double value, double err) {
        static Piece of(DoubleUnaryOperator f, double lo, double hi) {
            double c = 0.5 * (lo + hi);
            double r = 0.5 * (hi - lo);
            double s7 = 0;
            for (int i = 0; i < G7[0].length; i++) {
                s7 += G7[1][i] * f.applyAsDouble(inside(c + r * G7[0][i], lo, hi));
            }
            double s15 = 0;
            for (int i = 0; i < G15[0].length; i++) {
                s15 += G15[1][i] * f.applyAsDouble(inside(c + r * G15[0][i], lo, hi));
            }
            return new Piece(f, lo, hi, r * s15, Math.abs(r * (s15 - s7)));
        }

        /** Keeps a node strictly inside the piece (rounding on tiny pieces can hit an end). */
        private static double inside(double x, double lo, double hi) {
            return x <= lo ? Math.nextUp(lo) : x >= hi ? Math.nextDown(hi) : x;
        }
    }
}
