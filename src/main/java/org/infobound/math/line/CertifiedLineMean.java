package org.infobound.math.line;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.infobound.num.CertifiedQuadrature;
import org.infobound.num.Dual;
import org.infobound.num.DualFunction;
import org.infobound.num.Interval;
import org.infobound.num.UndefinedValueException;

/**
 * A certified two-sided enclosure of {@code E_p g(X) = int g dF} for a law p on the line with a
 * certified density model and cdf (family laws, {@code bon}, {@code tilt}, {@code mix} of them: the
 * laws of {@link CertifiedPairQuadrature#model}) and any g that can be evaluated on intervals
 * (issue 14, brief expect6).
 *
 * <p>Core. The range [a, b] between the float quantiles of p at levels {@code 2^-50} and
 * {@code 1 - 2^-50} (hints only) is cut at float quantiles (levels k/64, {@code 2^-j},
 * {@code 1 - 2^-j}) and at the support ends of the components; each segment [u, v] is enclosed
 * by the adaptive mean-value quadrature of {@code g(x) e^(log f(x))}
 * ({@link CertifiedQuadrature#integrateWithDerivative}, Dual enclosures of g and of the
 * log-density) when g is given as a Dual function, else by the naive interval form
 * {@code (v - u) g([u, v]) f([u, v])}; a segment where neither is finite (an unbounded density
 * next to a singular end of a mixture component) gets the Riemann-Stieltjes bound
 * {@code g([u, v]) [0, P(u, v]]} with P from the certified cdf.
 *
 * <p>Tails. On {@code T = [b, s1]} (s1 the support end) the integral lies in
 * {@code g(T) [0, S(b)]} (S the certified survival {@code 1 - F(b)}), which is finite when g is
 * bounded on T. Otherwise, when the caller certifies {@code |g(x)| <= C (1 + |x|)^d} on T
 * ({@link Growth}), the tail lies in {@code [-C M, C M]} with M a certified upper bound of
 * {@code int_T (1 + |x|)^d dF}: for x &gt;= b &gt;= 0 and s &gt; 0,
 * {@code (1 + x)^d <= sup_{y >= 1 + b} y^d e^(-s (y - 1)) e^(s x)}, the sup being
 * {@code (1 + b)^d e^(-s b)} when {@code d/s <= 1 + b} and {@code e^s (d/s)^d e^(-d)} always, so
 * {@code M <= sup * E e^(sX)} with the certified cgf ({@link CertifiedLineCgf#cgf}, s on a grid,
 * the smallest bound kept); the pareto right tail has the closed form
 * {@code int_b^inf x^d dF = alpha xm^alpha b^(d - alpha)/(alpha - d)} for {@code d < alpha}
 * (and {@code 1 + x <= (1 + 1/b) x}); a mixture's is the weighted sum of its components', a
 * best-of-n's at most n times its base's (density {@code n f F^(n-1) <= n f}). The left tail is
 * the same for -X. Else that end of the enclosure is infinite: a divergent integral never gets
 * a finite end.
 *
 * <p>Every piece is an outward-rounded enclosure of its part of the integral, so the sum contains
 * the value whatever width is reached; the float quantiles, the cgf grid and the tolerances
 * decide only the width.
 */
public final class CertifiedLineMean {

    /** A certified polynomial growth bound of |g| on a tail interval. */
    @FunctionalInterface
    public interface Growth {
        /**
         * {C, d} or {C, d, k} with C, d, k finite and &gt;= 0 such that
         * {@code |g(x)| <= C (1 + |x|)^d e^(k |x|)} for every x in the interval (k = 0 when
         * absent), or null when none is certified.
         */
        double[] on(Interval tail);
    }

    /** Deepest dyadic quantile level of the core (hint only). */
    static final int DEPTH = 50;
    /** Relative target of the core (of the float estimate of int |g| dF). */
    static final double REL = 1e-9;
    /** Piece budget of the adaptive quadrature of the core. */
    static final int MAX_PIECES = 8000;

    static final boolean DEBUG = System.getenv("E6DEBUG") != null;

    private CertifiedLineMean() {
    }

    /**
     * Requires: p != null && g != null; gd == null or gd encloses g (value and derivative) on every
     * Dual argument; growth may be null.
     * Ensures: result == null || result contains E_p g (result ends may be infinite).
     */
    public static Interval enclose(LineLaw p, UnaryOperator<Dual> gd, UnaryOperator<Interval> g, Growth growth) {
        try {
            return run(p, gd, g, growth);
        } catch (NullPointerException | ClassCastException | IndexOutOfBoundsException e) {
            // a bug, not a missing value: it propagates (an internal error, exit 70; spec/CHECK.md).
            // IllegalStateException stays below: this package uses it for "no certified cdf"
            throw e;
        } catch (RuntimeException e) {
            if (DEBUG) e.printStackTrace();
            // g undefined on part of the support, or a law without a certified cdf or density:
            // no value (uncertified), never a guess
            return null;
        }
    }

    /**
     * {@code E X} of a law with a model, by {@link #enclose} with g(x) = x ({@code |x| <= 1 + |x|});
     * null unless both ends are finite (brief derive7: bon of mixtures and tilts).
     *
     * Requires: p != null. Ensures: result == null || result contains E_p X.
     */
    public static Interval mean(LineLaw p) {
        Interval v = enclose(p, x -> x, x -> x, t -> new double[] {1, 1});
        return v != null && v.isFinite() ? v : null;
    }

    /**
     * The mean of a tilt {@code t = tilt(P, beta)} (density {@code p e^(x/beta) / Z}) from its base
     * P: {@code E_t X = E_P[X e^(l (X - s))] / E_P[e^(l (X - s))]} with {@code l = 1/beta} and s a
     * float hint (the shift cancels; it keeps the integrands in range). Both integrals by
     * {@link #enclose} over P's model, with the growth bounds {@code |x e^(l(x-s))| <= e^(l|s|)
     * (1 + |x|) e^(l|x|)} and {@code e^(l(x-s)) <= e^(l|s|) e^(l|x|)}; null unless both are finite
     * and the denominator certainly positive. For tilts whose base has no closed-form cgf (beta,
     * best-of-n, mixtures), where {@code CertifiedTilt} gives nothing.
     *
     * Requires: t != null. Ensures: result == null || result contains E_t X.
     */
    public static Interval tiltMean(TiltedLaw t) {
        double beta = t.beta();
        if (!(beta > 0) || !Double.isFinite(beta)) {
            return null;
        }
        Interval l = Interval.ONE.div(Interval.of(beta));
        double s;
        try {
            s = t.mean();
            if (!Double.isFinite(s)) {
                s = t.base().mean();
            }
        } catch (RuntimeException e) {
            // the float hint failed: no shift to centre the integrands on
            return null;
        }
        if (!Double.isFinite(s)) {
            return null;
        }
        Interval si = Interval.of(s);
        double cc = l.mul(Interval.of(Math.abs(s))).exp().hi();
        double kk = l.hi();
        if (!Double.isFinite(cc) || !Double.isFinite(kk)) {
            return null;
        }
        Growth gn = tail -> new double[] {cc, 1, kk};
        Growth gz = tail -> new double[] {cc, 0, kk};
        Interval z = enclose(t.base(), x -> x.sub(Dual.constant(si)).mul(Dual.constant(l)).exp(),
                x -> x.sub(si).mul(l).exp(), gz);
        if (z == null || !z.isFinite() || !(z.lo() > 0)) {
            return null;
        }
        Interval n = enclose(t.base(), x -> x.mul(x.sub(Dual.constant(si)).mul(Dual.constant(l)).exp()),
                x -> x.mul(x.sub(si).mul(l).exp()), gn);
        if (n == null || !n.isFinite()) {
            return null;
        }
        return n.div(z);
    }

    /**
     * {@code Var X = E (X - c)^2 - (E X - c)^2} (c a float hint of the mean, m the certified mean)
     * of a law with a model; {@code (x - c)^2 <= max(1, |c|)^2 (1 + |x|)^2}; null unless finite.
     *
     * Requires: p != null, m == null || m contains E_p X. Ensures: result == null || result contains Var_p X.
     */
    public static Interval variance(LineLaw p, Interval m) {
        if (m == null || !m.isFinite() || !Double.isFinite(m.mid())) {
            return null;
        }
        Interval c = Interval.of(m.mid());
        double cc = Interval.of(Math.max(1, Math.abs(c.lo()))).sqr().hi();
        Interval v = enclose(p, x -> x.sub(Dual.constant(c)).sqr(), x -> x.sub(c).sqr(),
                t -> new double[] {cc, 2});
        if (v == null || !v.isFinite()) {
            return null;
        }
        Interval r = v.sub(m.sub(c).sqr());
        return Interval.of(Math.max(0, r.lo()), Math.max(0, r.hi()));
    }

    private static Interval run(LineLaw p, UnaryOperator<Dual> gd, UnaryOperator<Interval> g, Growth growth) {
        CertifiedPairQuadrature.Model model = CertifiedPairQuadrature.model(p);
        double[] support = support(p);
        if (model == null || support == null) {
            return null;
        }
        double s0 = support[0];
        double s1 = support[1];
        TreeSet<Double> cuts = new TreeSet<>();
        for (int k = 1; k < 64; k++) {
            add(cuts, p.quantile(k / 64.0), s0, s1);
        }
        for (int j = 7; j <= DEPTH; j++) {
            double s = Math.scalb(1.0, -j);
            add(cuts, p.quantile(s), s0, s1);
            add(cuts, p.quantile(1 - s), s0, s1);
        }
        if (cuts.size() < 2) {
            return null;
        }
        double a = cuts.first();
        double b = cuts.last();
        TreeSet<Double> breaks = new TreeSet<>();
        model.breaks(breaks);
        for (double x : breaks) {
            if (x > a && x < b) {
                cuts.add(x);
            }
        }
        List<double[]> singular = new ArrayList<>();
        model.singular(singular);
        Double[] xs = cuts.toArray(new Double[0]);
        // scale of int |g| dF from float values at the midpoints (a hint for the tolerance only)
        double scale = 0;
        for (int i = 0; i + 1 < xs.length; i++) {
            double m = xs[i] + (xs[i + 1] - xs[i]) / 2;
            double gm;
            try {
                gm = Math.abs(g.apply(Interval.of(m)).mid());
            } catch (RuntimeException e) {
                gm = 0;
            }
            double w = p.cdf(xs[i + 1]) - p.cdf(xs[i]);
            if (Double.isFinite(gm) && Double.isFinite(w)) {
                scale += gm * Math.abs(w);
            }
        }
        Interval fa = cdf(p, a);
        Interval fb = cdf(p, b);
        Interval sum = tail(p, g, growth, Interval.of(s0, a), fa.hi(), false)
                .add(tail(p, g, growth, Interval.of(b, s1), Interval.ONE.sub(fb).hi(), true));
        if (DEBUG) System.err.println("tails " + sum + " a=" + a + " b=" + b);
        Interval fu = fa;
        // pieces {u, v, lo, hi, fixed}: one adaptive queue over all segments, widest split first
        java.util.PriorityQueue<double[]> queue = new java.util.PriorityQueue<>(
                (x, y) -> Double.compare(y[3] - y[2], x[3] - x[2]));
        List<Interval> fixed = new ArrayList<>();
        double width = 0;
        for (int i = 0; i + 1 < xs.length; i++) {
            double u = xs[i];
            double v = xs[i + 1];
            Interval fv = i + 2 == xs.length ? fb : cdf(p, v);
            boolean nearSingular = false;
            for (double[] s : singular) {
                nearSingular |= s[1] < 0 ? s[0] == u : s[0] == v;
            }
            Interval piece = nearSingular ? null : segment(model, gd, g, u, v);
            if (piece == null || !piece.isFinite()) {
                fixed.add(massBound(g, u, v, fu, fv));
            } else {
                queue.add(new double[] {u, v, piece.lo(), piece.hi()});
                width += piece.width();
            }
            fu = fv;
        }
        double target = REL * scale;
        int pieces = queue.size();
        while (width > target && pieces < MAX_PIECES && !queue.isEmpty()) {
            double[] w = queue.peek();
            double m = w[0] + (w[1] - w[0]) / 2;
            if (!(m > w[0] && m < w[1])) {
                break;
            }
            Interval left = segment(model, gd, g, w[0], m);
            Interval right = segment(model, gd, g, m, w[1]);
            if (left == null || right == null || !left.isFinite() || !right.isFinite()) {
                break;
            }
            queue.poll();
            width -= w[3] - w[2];
            queue.add(new double[] {w[0], m, left.lo(), left.hi()});
            queue.add(new double[] {m, w[1], right.lo(), right.hi()});
            width += left.width() + right.width();
            pieces++;
        }
        for (Interval f : fixed) {
            sum = sum.add(f);
        }
        for (double[] w : queue) {
            sum = sum.add(Interval.of(w[2], w[3]));
        }
        if (Double.isNaN(sum.lo()) || Double.isNaN(sum.hi())) {
            return null;
        }
        return sum;
    }

    /**
     * {@code int_u^v g f} on one piece: the mean-value form with Dual g (intersected with the
     * naive form), else the naive interval form; null on failure.
     */
    private static Interval segment(CertifiedPairQuadrature.Model model, UnaryOperator<Dual> gd,
            UnaryOperator<Interval> g, double u, double v) {
        if (gd != null) {
            try {
                DualFunction f = x -> {
                    Dual lf = model.log(x);
                    if (lf.value().hi() == Double.NEGATIVE_INFINITY) {
                        return Dual.constant(Interval.ZERO);
                    }
                    try {
                        return gd.apply(x).mul(lf.exp());
                    } catch (UndefinedValueException e) {
                        return Dual.of(g.apply(x.value()).mul(lf.value().exp()), Interval.ENTIRE);
                    }
                };
                return CertifiedQuadrature.integrateWithDerivative(f, u, v, 0, 1);
            } catch (RuntimeException e) {
                // fall through to the interval form
            }
        }
        try {
            return CertifiedQuadrature.integrate(x -> {
                Interval lf = model.log(x);
                if (lf.hi() == Double.NEGATIVE_INFINITY) {
                    return Interval.ZERO;
                }
                return g.apply(x).mul(lf.exp());
            }, u, v, 0, 1);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Riemann-Stieltjes bound {@code g([u, v]) [0, F(v) - F(u)]} (throws when g is not enclosed). */
    private static Interval massBound(UnaryOperator<Interval> g, double u, double v, Interval fu, Interval fv) {
        double mass = Math.max(0, Math.min(1, fv.sub(fu).hi()));
        return times(g.apply(Interval.of(u, v)), mass);
    }

    /** {@code G [0, m]} for m &gt;= 0 finite, with {@code 0 * inf = 0} (the mass is exactly 0 there). */
    private static Interval times(Interval gv, double m) {
        if (Double.isNaN(gv.lo()) || Double.isNaN(gv.hi())) {
            throw new IllegalStateException("g not enclosed");
        }
        if (m == 0) {
            return Interval.ZERO;
        }
        double lo = gv.lo() >= 0 ? 0 : gv.lo() == Double.NEGATIVE_INFINITY ? Double.NEGATIVE_INFINITY
                : Interval.of(gv.lo()).mul(Interval.of(m)).lo();
        double hi = gv.hi() <= 0 ? 0 : gv.hi() == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY
                : Interval.of(gv.hi()).mul(Interval.of(m)).hi();
        return Interval.of(lo, hi);
    }

    /** Enclosure of {@code int_T g dF}, T a tail of mass at most {@code mass}. */
    private static Interval tail(LineLaw p, UnaryOperator<Interval> g, Growth growth, Interval t, double mass,
            boolean right) {
        mass = Math.max(0, Math.min(1, mass));
        if (mass == 0 || t.lo() == t.hi() && Double.isFinite(t.lo())) {
            return Interval.ZERO;
        }
        double[] cd = null;
        Interval v;
        try {
            v = times(g.apply(t), mass);
        } catch (RuntimeException e) {
            // the interval extension fails on the unbounded tail (inf - inf in r^3 - r): only a
            // growth bound, which certifies that g is defined there, gives a value
            cd = growth == null ? null : growth.on(t);
            if (cd == null) {
                throw e;
            }
            v = Interval.ENTIRE;
        }
        if (v.isFinite() || growth == null) {
            return v;
        }
        if (cd == null) {
            cd = growth.on(t);
        }
        double k = cd == null || cd.length < 3 ? 0 : cd[2];
        if (cd == null || !(cd[0] >= 0) || !(cd[1] >= 0) || !(k >= 0) || !Double.isFinite(cd[0])
                || !Double.isFinite(cd[1]) || !Double.isFinite(k)) {
            return v;
        }
        double m = moment(p, right, right ? t.lo() : t.hi(), cd[1], k);
        if (!Double.isFinite(m)) {
            return v;
        }
        double bound = Interval.of(cd[0]).mul(Interval.of(m)).hi();
        return v.intersect(Interval.of(-bound, bound));
    }

    // ------------------------------------------------------------------ tail moments

    /** {@link #moment(LineLaw, boolean, double, double, double)} with k = 0. */
    static double moment(LineLaw p, boolean right, double edge, double d) {
        return moment(p, right, edge, d, 0);
    }

    /**
     * Upper bound of {@code int (1 + |x|)^d e^(k |x|) dF} over {@code x >= edge} (right) or
     * {@code x <= edge} (left); +inf when none is certified.
     */
    static double moment(LineLaw p, boolean right, double edge, double d, double k) {
        if (p instanceof MixtureLaw x) {
            // the weight widened by one ulp each side, so that it also encloses an exact rational
            // weight whose nearest double is x.weight() (1/3, 10^-400); no component is dropped
            // (a weight that rounds to 0 may be positive): an infinite moment stays infinite
            double wd = x.weight();
            Interval w = Interval.of(Math.nextDown(wd), Math.nextUp(wd)).intersect(Interval.of(0, 1));
            double m1 = moment(x.first(), right, edge, d, k);
            double m2 = moment(x.second(), right, edge, d, k);
            if (!(m1 < Double.POSITIVE_INFINITY) || !(m2 < Double.POSITIVE_INFINITY)) {
                return Double.POSITIVE_INFINITY;
            }
            return Interval.ONE.sub(w).mul(Interval.of(m1)).add(w.mul(Interval.of(m2))).hi();
        }
        if (p instanceof MaxLaw x) {
            // density n f F^(n-1) <= n f (n >= 1), and <= n f F(edge)^(n-1) on x <= edge
            Interval factor = Interval.of(x.n());
            if (!right) {
                Interval fe = CertifiedLineLaws.cdf(x.base(), Interval.of(edge));
                if (fe != null) {
                    Interval f1 = Interval.of(Math.max(0, Math.min(1, fe.hi())));
                    try {
                        factor = factor.mul(f1.hi() == 0 ? Interval.ZERO
                                : f1.pow(Interval.of(x.n()).sub(1)).intersect(Interval.of(0, 1)));
                    } catch (UndefinedValueException e) {
                        // keep n
                    }
                }
            }
            return factor.mul(Interval.of(moment(x.base(), right, edge, d, k))).hi();
        }
        double best = Double.POSITIVE_INFINITY;
        if (p instanceof FamilyLaw f && f.family() == LineFamily.PARETO && right && k == 0) {
            best = Math.min(best, paretoMoment(f, edge, d));
        }
        // as a right tail of Y = X or Y = -X: y >= e
        double e = right ? edge : -edge;
        Interval extra = Interval.ZERO;
        if (e < 0) {
            // (1 + |y|)^d e^(k|y|) <= (1 + |e|)^d e^(k|e|) on [e, 0] (mass <= 1), plus the part y >= 0
            extra = Interval.of(-e).add(1).pow(Interval.of(d)).mul(Interval.of(k).mul(Interval.of(-e)).exp());
            e = 0;
        }
        // a bounded support on this side: |x| <= max(|far end|, |edge|) on the tail, mass <= 1
        double[] sup = support(p);
        if (sup != null) {
            double far = right ? sup[1] : sup[0];
            if (right ? far < edge : far > edge) {
                return 0;
            }
            if (Double.isFinite(far)) {
                Interval a = Interval.of(Math.max(Math.abs(far), Math.abs(edge)));
                best = Math.min(best, a.add(1).pow(Interval.of(d)).mul(Interval.of(k).mul(a).exp()).hi());
            }
        }
        Interval y0 = Interval.of(e).add(1);
        // s on a coarse grid 2^j, then 2^(j + i/16) around the best coarse point
        int bestJ = Integer.MIN_VALUE;
        double bestCoarse = Double.POSITIVE_INFINITY;
        for (int j = -80; j <= 12; j++) {
            double b = chernoff(p, right, Math.scalb(1.0, j), e, y0, d, k, extra);
            if (b < bestCoarse) {
                bestCoarse = b;
                bestJ = j;
            }
        }
        best = Math.min(best, bestCoarse);
        if (bestJ != Integer.MIN_VALUE) {
            for (int i = -15; i <= 15; i++) {
                best = Math.min(best, chernoff(p, right, Math.pow(2, bestJ + i / 16.0), e, y0, d, k, extra));
            }
        }
        return best;
    }

    /**
     * {@code sup_{y >= e} (1 + y)^d e^(k y) e^(-s y) E e^(sY) + extra} (Y = X or -X), or +inf
     * where s &lt;= k or the mgf at s has no finite certified value.
     */
    private static double chernoff(LineLaw p, boolean right, double s, double e, Interval y0, double d, double k,
            Interval extra) {
        Interval logM = logMgf(p, right ? s : -s);
        if (logM == null || !(logM.hi() < Double.POSITIVE_INFINITY)) {
            return Double.POSITIVE_INFINITY;
        }
        // y^d e^(ky) e^(-sy) = y^d e^(-(s - k) y): the sup with s - k in place of s
        Interval si = Interval.of(s).sub(Interval.of(k));
        if (!(si.lo() > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        Interval dd = Interval.of(d);
        Interval logSup;
        if (d == 0) {
            logSup = si.neg().mul(Interval.of(e));
        } else {
            // global max of y^d e^(-s (y - 1)) over y > 0, at y = d/s
            logSup = si.add(dd.mul(dd.div(si).log())).sub(dd);
            if (dd.div(si).hi() <= y0.lo()) {
                // the max over y >= 1 + e is at y = 1 + e
                logSup = logSup.min(dd.mul(y0.log()).sub(si.mul(Interval.of(e))));
            }
        }
        double bound = logSup.add(logM).exp().add(extra).hi();
        return Double.isNaN(bound) ? Double.POSITIVE_INFINITY : bound;
    }

    /** {@code int_{x >= b} (1 + x)^d dF} of pareto(xm, alpha), +inf unless d &lt; alpha. */
    private static double paretoMoment(FamilyLaw f, double b, double d) {
        Interval xm = Interval.of(f.param(0));
        Interval alpha = Interval.of(f.param(1));
        Interval dd = Interval.of(d);
        if (!(alpha.sub(dd).lo() > 0) || !(xm.lo() > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        Interval bb = Interval.of(Math.max(b, f.param(0)));
        Interval log = alpha.log().add(alpha.mul(xm.log())).add(dd.sub(alpha).mul(bb.log()))
                .sub(alpha.sub(dd).log()).add(dd.mul(Interval.ONE.div(bb).log1p()));
        return log.exp().hi();
    }

    /** Enclosure (at least its upper end) of {@code log E e^(sX)}, or null. */
    static Interval logMgf(LineLaw p, double s) {
        Interval si = Interval.of(s);
        if (p instanceof FamilyLaw f) {
            Interval k = CertifiedLineCgf.closed(f, si, x -> CertifiedLineLaws.familyMean((FamilyLaw) x));
            Interval m = CertifiedLineLaws.familyMean(f);
            if (k == null || m == null || !m.isFinite()) {
                return null;
            }
            return k.add(si.mul(m));
        }
        if (p instanceof TiltedLaw t && t.base() instanceof FamilyLaw f) {
            // E_tilt e^(sX) = M(s + l)/M(l), M the base's mgf: Kc(s + l) - Kc(l) + s m
            Interval l = Interval.ONE.div(Interval.of(t.beta()));
            java.util.function.Function<LineLaw, Interval> mean = x -> CertifiedLineLaws.familyMean((FamilyLaw) x);
            Interval k1 = CertifiedLineCgf.closed(f, si.add(l), mean);
            Interval k0 = CertifiedLineCgf.closed(f, l, mean);
            Interval m = CertifiedLineLaws.familyMean(f);
            if (k1 == null || k0 == null || m == null || !m.isFinite() || !k0.isFinite()) {
                return null;
            }
            return k1.sub(k0).add(si.mul(m));
        }
        return null;
    }

    // ------------------------------------------------------------------ support and cdf

    /** The support [lo, hi] of a law with a density model (exact ends), or null. */
    static double[] support(LineLaw p) {
        if (p instanceof FamilyLaw f) {
            IntervalLogDensity d = new IntervalLogDensity(f);
            return new double[] {d.supportLo(), d.supportHi()};
        }
        if (p instanceof MaxLaw m) {
            return support(m.base());
        }
        if (p instanceof TiltedLaw t) {
            return support(t.base());
        }
        if (p instanceof MixtureLaw x) {
            double[] a = support(x.first());
            double[] b = support(x.second());
            return a == null || b == null ? null : new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
        }
        return null;
    }

    private static Interval cdf(LineLaw law, double x) {
        Interval v = CertifiedLineLaws.cdf(law, Interval.of(x));
        if (v == null) {
            throw new IllegalStateException("no certified cdf of " + law.describe());
        }
        return v.intersect(Interval.of(0, 1));
    }

    private static void add(TreeSet<Double> cuts, double x, double s0, double s1) {
        if (Double.isFinite(x) && x >= s0 && x <= s1 && Math.abs(x) <= 1e300) {
            cuts.add(x);
        }
    }
}
