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
 * Certified pair functionals of ANY two laws on the line whose integrand is bounded by the
 * densities themselves (issue 14, line slice 1): {@code TV = 1 - int min(p, q)},
 * {@code BC = int sqrt(p q)}, {@code H2 = 1 - BC} and {@code winrate(p, q) = P(X > Y)
 * = int f_p F_q} (atomless laws, so every tie rule gives the same value).
 *
 * <p>Laws: family laws with double parameters, {@code bon(P, n)} of a family law (log-density
 * {@code log n + log f + (n - 1) log F}, {@code log F = log1p(-S)} in the upper half, from the
 * certified cdf {@code CertifiedLineLaws.cdfOn}), mixtures of supported laws (log-sum-exp of the
 * components) and tilts of a family law whose log-normaliser {@code K(l) = K_c(l) + l E X} is
 * certified ({@link CertifiedLineCgf#cgf} centred, plus the closed-form mean) and whose certified
 * cdf exists ({@link CertifiedLineLaws#cdf}). Anything else: null (uncertified).
 *
 * <p>Method. The range [a, b] between the smallest float quantile at level {@value #LEVEL} and the
 * largest at {@code 1 - LEVEL} of the two laws (hints only) is cut at every finite support end of
 * the family laws involved (densities jump there); each segment is integrated by
 * {@link CertifiedQuadrature#integrateWithDerivative} (interval mean-value form over Dual
 * log-densities). No tail model is needed: outside [a, b], and on a segment that touches a
 * support end where a density is unbounded (beta with a shape &lt; 1, gamma with shape &lt; 1),
 * the integral is bounded by the certified masses P, Q of that piece from the certified cdfs:
 * {@code int min(p, q) in [0, min(P, Q)]}, {@code int sqrt(p q) in [0, sqrt(P Q)]}
 * (Cauchy-Schwarz), {@code int f_p F_q in [P F_q(u), P F_q(v)]} (F_q nondecreasing). Every piece
 * is an outward-rounded enclosure, so the sum contains the value whatever width is reached.
 */
public final class CertifiedPairQuadrature {

    /** Float quantile level of the cut points (hint only; the tails are bounded by certified masses). */
    static final double LEVEL = 1e-15;
    /** Absolute tolerance of each segment's quadrature (the piece budget usually binds first). */
    static final double TOL = 1e-9;
    /** Equal chunks of each segment, each with its own piece budget. */
    static final int CHUNKS = 16;

    private CertifiedPairQuadrature() {
    }

    /** Enclosure of {@code TV(p, q)}, or null. */
    public static Interval tv(LineLaw p, LineLaw q) {
        Interval v = run(Kind.MIN, p, q);
        return v == null ? null : Interval.ONE.sub(v).intersect(Interval.of(0, 1));
    }

    /** Enclosure of {@code BC(p, q) = int sqrt(p q)}, or null. */
    public static Interval bc(LineLaw p, LineLaw q) {
        Interval v = run(Kind.SQRT, p, q);
        return v == null ? null : v.intersect(Interval.of(0, 1));
    }

    /** Enclosure of {@code H2(p, q) = 1 - BC}, or null. */
    public static Interval h2(LineLaw p, LineLaw q) {
        Interval v = bc(p, q);
        return v == null ? null : Interval.ONE.sub(v).intersect(Interval.of(0, 1));
    }

    /** Enclosure of {@code winrate(p, q) = P(X > Y)}, X ~ p, Y ~ q independent, or null. */
    public static Interval winrate(LineLaw p, LineLaw q) {
        Interval v = run(Kind.WIN, p, q);
        return v == null ? null : v.intersect(Interval.of(0, 1));
    }

    private enum Kind {
        MIN, SQRT, WIN, JS
    }

    private static final Interval LOG2 = Interval.of(2).log();

    /**
     * Enclosure of {@code JS(p, q) = (1/2) int p log(2p/(p+q)) + q log(2q/(p+q))} (nats, in
     * [0, log 2]), or null. The integrand is {@code (p+q)/2 (log 2 - h(p/(p+q)))}, in
     * [0, (p+q) log 2 / 2], so a piece of masses P, Q contributes {@code [0, (P+Q) log 2 / 2]}.
     */
    public static Interval js(LineLaw p, LineLaw q) {
        Interval v = run(Kind.JS, p, q);
        return v == null ? null : v.intersect(Interval.of(0, LOG2.hi()));
    }

    // ------------------------------------------------------------------ density models

    /** Log-density of a supported law on a piece, as an interval and as a Dual. */
    interface Model {
        /** Encloses log p(t) for every t in x; -inf where x lies outside the support. */
        Interval log(Interval x);

        /** The same lifted to Duals (value and derivative enclosures on x.value()). */
        Dual log(Dual x);

        /** Adds finite support ends (density discontinuities) to the set. */
        void breaks(TreeSet<Double> out);

        /** Adds {end, side (-1 left, +1 right)} of support ends where the density is unbounded. */
        void singular(List<double[]> out);
    }

    private static final Dual MINUS_INF = Dual.constant(Interval.of(Double.NEGATIVE_INFINITY));

    private static final class Fam implements Model {
        final IntervalLogDensity d;

        Fam(FamilyLaw f) {
            this.d = new IntervalLogDensity(f);
        }

        boolean outside(Interval x) {
            return x.hi() <= d.supportLo() || x.lo() >= d.supportHi();
        }

        @Override
        public Interval log(Interval x) {
            return outside(x) ? Interval.of(Double.NEGATIVE_INFINITY) : d.value(x);
        }

        @Override
        public Dual log(Dual x) {
            return outside(x.value()) ? MINUS_INF : d.at(x);
        }

        @Override
        public void breaks(TreeSet<Double> out) {
            if (Double.isFinite(d.supportLo())) {
                out.add(d.supportLo());
            }
            if (Double.isFinite(d.supportHi())) {
                out.add(d.supportHi());
            }
        }

        @Override
        public void singular(List<double[]> out) {
            if (d.singularAt(Side.LEFT)) {
                out.add(new double[] {d.supportLo(), -1});
            }
            if (d.singularAt(Side.RIGHT)) {
                out.add(new double[] {d.supportHi(), 1});
            }
        }
    }

    /** {@code log n + lf + (n - 1) log F} on x, with log F from {@code logF} (n = 1: no F). */
    private static Interval maxLog(Interval lf, Interval x, Interval nm1, Interval logN, UnaryOperator<Interval> logF) {
        return nm1.isPoint() && nm1.lo() == 0 ? lf.add(logN) : lf.add(nm1.mul(logF.apply(x))).add(logN);
    }

    /** The same with derivatives: {@code (log F)' = f / F}, f = e^lf. */
    private static Dual maxLog(Dual lf, Dual x, Interval nm1, Interval logN, UnaryOperator<Interval> logF) {
        if (nm1.isPoint() && nm1.lo() == 0) {
            return lf.add(Dual.constant(logN));
        }
        Interval lF = logF.apply(x.value());
        Dual logFd = Dual.of(lF, lf.value().sub(lF).exp().mul(x.derivative()));
        return lf.add(logFd.mul(Dual.constant(nm1))).add(Dual.constant(logN));
    }

    /** bon(P, n): {@code log n + log f + (n - 1) log F}. */
    private static final class Max implements Model {
        final Fam base;
        final FamilyLaw law;
        final Interval logN;
        final Interval nm1;

        Max(FamilyLaw law, double n) {
            this.base = new Fam(law);
            this.law = law;
            this.logN = Interval.of(n).log();
            this.nm1 = Interval.of(n).sub(1);
        }

        private Interval logF(Interval x) {
            Interval[] fs = CertifiedLineLaws.cdfOn(law, x);
            if (fs == null) {
                throw new IllegalStateException("no certified cdf");
            }
            return fs[1].hi() < 0.5 ? fs[1].neg().log1p() : fs[0].log();
        }

        @Override
        public Interval log(Interval x) {
            if (base.outside(x)) {
                return Interval.of(Double.NEGATIVE_INFINITY);
            }
            Interval lf = base.log(x);
            return maxLog(lf, x, nm1, logN, this::logF);
        }

        @Override
        public Dual log(Dual x) {
            if (base.outside(x.value())) {
                return MINUS_INF;
            }
            return maxLog(base.log(x), x, nm1, logN, this::logF);
        }

        @Override
        public void breaks(TreeSet<Double> out) {
            base.breaks(out);
        }

        @Override
        public void singular(List<double[]> out) {
            base.singular(out);
        }
    }

    /**
     * bon(P, n) of any base P with a model (mixtures, tilts): {@code log n + log f + (n - 1) log F},
     * F the certified cdf of P on the interval (monotone: [F(lo), F(hi)]), {@code (log F)' = f/F}.
     */
    private static final class MaxAny implements Model {
        final Model base;
        final LineLaw law;
        final Interval logN;
        final Interval nm1;

        MaxAny(Model base, LineLaw law, double n) {
            this.base = base;
            this.law = law;
            this.logN = Interval.of(n).log();
            this.nm1 = Interval.of(n).sub(1);
        }

        private Interval logF(Interval x) {
            Interval f = CertifiedLineLaws.cdf(law, x);
            if (f == null) {
                throw new IllegalStateException("no certified cdf");
            }
            return f.intersect(Interval.of(0, 1)).log();
        }

        @Override
        public Interval log(Interval x) {
            Interval lf = base.log(x);
            if (lf.hi() == Double.NEGATIVE_INFINITY) {
                return lf;
            }
            return maxLog(lf, x, nm1, logN, this::logF);
        }

        @Override
        public Dual log(Dual x) {
            Dual lf = base.log(x);
            return lf.value().hi() == Double.NEGATIVE_INFINITY ? lf : maxLog(lf, x, nm1, logN, this::logF);
        }

        @Override
        public void breaks(TreeSet<Double> out) {
            base.breaks(out);
        }

        @Override
        public void singular(List<double[]> out) {
            base.singular(out);
        }
    }

    /** mix(P, Q, w): {@code log((1 - w) e^{l1} + w e^{l2})}, shifted by the larger upper end. */
    private static final class Mix implements Model {
        final Model a;
        final Model b;
        final Interval w;
        final Interval u;

        Mix(Model a, Model b, Interval w, Interval u) {
            this.a = a;
            this.b = b;
            this.w = w;
            this.u = u;
        }

        @Override
        public Interval log(Interval x) {
            Interval la = a.log(x);
            Interval lb = b.log(x);
            double m = Math.max(la.hi(), lb.hi());
            if (m == Double.NEGATIVE_INFINITY) {
                return Interval.of(Double.NEGATIVE_INFINITY);
            }
            if (!Double.isFinite(m)) {
                throw new IllegalStateException("unbounded mixture density");
            }
            Interval s = u.mul(la.sub(m).exp()).add(w.mul(lb.sub(m).exp()));
            return s.log().add(m);
        }

        @Override
        public Dual log(Dual x) {
            Dual la = a.log(x);
            Dual lb = b.log(x);
            double m = Math.max(la.value().hi(), lb.value().hi());
            if (m == Double.NEGATIVE_INFINITY) {
                return MINUS_INF;
            }
            if (!Double.isFinite(m)) {
                throw new IllegalStateException("unbounded mixture density");
            }
            Dual shift = Dual.constant(Interval.of(m));
            Dual s = term(la, shift, u).add(term(lb, shift, w));
            return s.log().add(shift);
        }

        private static Dual term(Dual l, Dual shift, Interval weight) {
            if (l.value().hi() == Double.NEGATIVE_INFINITY) {
                return Dual.constant(Interval.ZERO);
            }
            return l.sub(shift).exp().mul(Dual.constant(weight));
        }

        @Override
        public void breaks(TreeSet<Double> out) {
            a.breaks(out);
            b.breaks(out);
        }

        @Override
        public void singular(List<double[]> out) {
            a.singular(out);
            b.singular(out);
        }
    }

    /** tilt(P, beta): {@code log f + l x - K(l)}, l = 1/beta, K the (uncentred) cgf of P. */
    private static final class Tilt implements Model {
        final Fam base;
        final Interval l;
        final Interval logZ;

        Tilt(Fam base, Interval l, Interval logZ) {
            this.base = base;
            this.l = l;
            this.logZ = logZ;
        }

        @Override
        public Interval log(Interval x) {
            Interval lf = base.log(x);
            if (lf.hi() == Double.NEGATIVE_INFINITY) {
                return lf;
            }
            return lf.add(l.mul(x)).sub(logZ);
        }

        @Override
        public Dual log(Dual x) {
            Dual lf = base.log(x);
            if (lf.value().hi() == Double.NEGATIVE_INFINITY) {
                return lf;
            }
            return lf.add(x.mul(Dual.constant(l))).sub(Dual.constant(logZ));
        }

        @Override
        public void breaks(TreeSet<Double> out) {
            base.breaks(out);
        }

        @Override
        public void singular(List<double[]> out) {
            base.singular(out);
        }
    }

    /** The model of a supported law, or null. */
    static Model model(LineLaw p) {
        if (p instanceof FamilyLaw f) {
            return new Fam(f);
        }
        if (p instanceof MaxLaw m && m.base() instanceof FamilyLaw f) {
            return new Max(f, m.n());
        }
        if (p instanceof MaxLaw m && m.n() >= 1) {
            // best-of-n of any other base with a model and a certified cdf (brief derive7)
            Model b = model(m.base());
            return b == null ? null : new MaxAny(b, m.base(), m.n());
        }
        if (p instanceof MixtureLaw m) {
            Model a = model(m.first());
            Model b = model(m.second());
            return a == null || b == null ? null : new Mix(a, b, m.weightEnclosure(), m.complementEnclosure());
        }
        if (p instanceof TiltedLaw t && t.base() instanceof FamilyLaw f) {
            Interval l = Interval.ONE.div(Interval.of(t.beta()));
            Interval kc = CertifiedLineCgf.cgf(f, l, x -> CertifiedLineLaws.familyMean((FamilyLaw) x));
            Interval mean = CertifiedLineLaws.familyMean(f);
            if (kc == null || mean == null || !kc.isFinite() || !mean.isFinite()) {
                return null;
            }
            return new Tilt(new Fam(f), l, kc.add(l.mul(mean)));
        }
        return null;
    }

    // ------------------------------------------------------------------ the integral

    private static Interval run(Kind kind, LineLaw p, LineLaw q) {
        try {
            return integral(kind, p, q);
        } catch (RuntimeException e) {
            // a law without a certified cdf or density on some piece, or a float hint that
            // failed: no value (uncertified), never a guess
            return null;
        }
    }

    private static Interval cdf(LineLaw law, double x) {
        Interval v = CertifiedLineLaws.cdf(law, Interval.of(x));
        if (v == null) {
            throw new IllegalStateException("no certified cdf of " + law.describe());
        }
        return v.intersect(Interval.of(0, 1));
    }

    /** Upper bound of the mass of (u, v]: F(v) - F(u) rounded up. */
    private static double mass(Interval fu, Interval fv) {
        return Math.max(0, Math.min(1, fv.sub(fu).hi()));
    }

    private static Interval integral(Kind kind, LineLaw p, LineLaw q) {
        Model mp = model(p);
        Model mq = model(q);
        if (mp == null || mq == null) {
            return null;
        }
        double a = Math.min(hint(p, false), hint(q, false));
        double b = Math.max(hint(p, true), hint(q, true));
        if (!Double.isFinite(a) || !Double.isFinite(b) || !(a < b)) {
            return null;
        }
        TreeSet<Double> points = new TreeSet<>();
        points.add(a);
        points.add(b);
        TreeSet<Double> breaks = new TreeSet<>();
        mp.breaks(breaks);
        mq.breaks(breaks);
        for (double x : breaks) {
            if (x > a && x < b) {
                points.add(x);
            }
        }
        List<double[]> singular = new ArrayList<>();
        mp.singular(singular);
        mq.singular(singular);
        // a short piece next to an unbounded density end, bounded by masses below
        // (the cut is the nearest float quantile hint strictly beyond the end: there the
        // singular law has mass about LEVEL; else 1e-12 max(1, |end|) from it)
        double[] hintsLo = {p.quantile(LEVEL), q.quantile(LEVEL)};
        double[] hintsHi = {p.quantile(1 - LEVEL), q.quantile(1 - LEVEL)};
        for (double[] s : singular) {
            double end = s[0];
            boolean left = s[1] < 0;
            if (end > a && end < b) {
                double c = Double.NaN;
                for (double h : left ? hintsLo : hintsHi) {
                    if ((left ? h > end : h < end) && (Double.isNaN(c) || Math.abs(h - end) < Math.abs(c - end))) {
                        c = h;
                    }
                }
                if (Double.isNaN(c)) {
                    double d = Math.max(Math.abs(end), 1.0) * 1e-12;
                    c = left ? end + d : end - d;
                }
                if (c > a && c < b) {
                    points.add(c);
                }
            }
        }
        DualFunction f = integrand(kind, mp, mq, q);
        Double[] xs = points.toArray(new Double[0]);
        // the two tails
        Interval fpa = cdf(p, a);
        Interval fqa = cdf(q, a);
        Interval fpb = cdf(p, b);
        Interval fqb = cdf(q, b);
        Interval sum = pieceBound(kind, Interval.ZERO, fpa, Interval.ZERO, fqa)
                .add(pieceBound(kind, fpb, Interval.ONE, fqb, Interval.ONE));
        Interval fpu = fpa;
        Interval fqu = fqa;
        for (int i = 0; i + 1 < xs.length; i++) {
            double u = xs[i];
            double v = xs[i + 1];
            Interval fpv = i + 2 == xs.length ? fpb : cdf(p, v);
            Interval fqv = i + 2 == xs.length ? fqb : cdf(q, v);
            boolean nearSingular = false;
            for (double[] s : singular) {
                nearSingular |= s[1] < 0 ? s[0] == u : s[0] == v;
            }
            Interval piece = nearSingular ? pieceBound(kind, fpu, fpv, fqu, fqv) : chunked(f, u, v);
            if (!piece.isFinite()) {
                piece = pieceBound(kind, fpu, fpv, fqu, fqv);
            }
            sum = sum.add(piece);
            fpu = fpv;
            fqu = fqv;
        }
        return sum.isFinite() ? sum : null;
    }

    /**
     * {@code int_u^v f} in {@link #CHUNKS} equal chunks, each by the adaptive mean-value
     * quadrature (its own piece budget) to {@code TOL / CHUNKS}.
     */
    private static Interval chunked(DualFunction f, double u, double v) {
        Interval sum = Interval.ZERO;
        double step = (v - u) / CHUNKS;
        double x = u;
        for (int i = 1; i <= CHUNKS; i++) {
            double y = i == CHUNKS ? v : Math.max(x, Math.min(v, u + step * i));
            sum = sum.add(CertifiedQuadrature.integrateWithDerivative(f, x, y, TOL / CHUNKS));
            x = y;
        }
        return sum;
    }

    /**
     * A float quantile at level LEVEL (or 1 - LEVEL), else at the first of 1e-13 .. 1e-7 where it
     * is finite (bon(P, 10^4): {@code (1 - 1e-15)^(1/n)} rounds to 1); a hint only, the tails
     * beyond it are bounded by certified masses.
     */
    private static double hint(LineLaw law, boolean upper) {
        for (double level : new double[] {LEVEL, 1e-13, 1e-11, 1e-9, 1e-7}) {
            double x = law.quantile(upper ? 1 - level : level);
            if (Double.isFinite(x)) {
                return x;
            }
        }
        return upper ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** The mass bound of the integral over a piece (u, v] from the cdfs at its ends. */
    private static Interval pieceBound(Kind kind, Interval fpu, Interval fpv, Interval fqu, Interval fqv) {
        double pm = mass(fpu, fpv);
        double qm = mass(fqu, fqv);
        return switch (kind) {
            case MIN -> Interval.of(0, Math.min(pm, qm));
            case SQRT -> Interval.of(0, Math.min(1, Interval.of(pm).mul(Interval.of(qm)).sqrt().hi()));
            case WIN -> Interval.of(0, pm).mul(Interval.of(fqu.lo(), fqv.hi()));
            case JS -> Interval.of(0, Interval.of(pm).add(Interval.of(qm)).mul(LOG2).mul(0.5).hi());
        };
    }

    private static DualFunction integrand(Kind kind, Model mp, Model mq, LineLaw q) {
        return x -> {
            try {
                return dual(kind, mp, mq, q, x);
            } catch (UndefinedValueException e) {
                return Dual.of(value(kind, mp, mq, q, x.value()), Interval.ENTIRE);
            }
        };
    }

    private static Dual dual(Kind kind, Model mp, Model mq, LineLaw q, Dual x) {
        Dual lp = mp.log(x);
        switch (kind) {
            case MIN: {
                Dual lq = mq.log(x);
                return min(lp, lq).exp();
            }
            case SQRT: {
                Dual lq = mq.log(x);
                if (lp.value().hi() == Double.NEGATIVE_INFINITY || lq.value().hi() == Double.NEGATIVE_INFINITY) {
                    return Dual.constant(Interval.ZERO);
                }
                return lp.add(lq).mul(Dual.constant(0.5)).exp();
            }
            case JS: {
                Dual lq = mq.log(x);
                Dual half = Dual.constant(0.5);
                Dual log2 = Dual.constant(LOG2);
                if (lp.value().hi() == Double.NEGATIVE_INFINITY) {
                    return lq.exp().mul(log2).mul(half);
                }
                if (lq.value().hi() == Double.NEGATIVE_INFINITY) {
                    return lp.exp().mul(log2).mul(half);
                }
                Dual d = lp.sub(lq);
                Dual a = log2.sub(softplus(d.neg()));
                Dual b = log2.sub(softplus(d));
                return lp.exp().mul(a).add(lq.exp().mul(b)).mul(half);
            }
            default: {
                if (lp.value().hi() == Double.NEGATIVE_INFINITY) {
                    return Dual.constant(Interval.ZERO);
                }
                Interval fq = cdfOn(q, x.value());
                Dual density = mq.log(x).exp();
                Dual bigF = Dual.of(fq, density.value().mul(x.derivative()));
                return lp.exp().mul(bigF);
            }
        }
    }

    private static Interval value(Kind kind, Model mp, Model mq, LineLaw q, Interval x) {
        Interval lp = mp.log(x);
        switch (kind) {
            case MIN:
                return lp.min(mq.log(x)).exp();
            case SQRT: {
                Interval lq = mq.log(x);
                if (lp.hi() == Double.NEGATIVE_INFINITY || lq.hi() == Double.NEGATIVE_INFINITY) {
                    return Interval.ZERO;
                }
                return lp.add(lq).mul(0.5).exp();
            }
            case JS: {
                Interval lq = mq.log(x);
                Interval bound = Interval.of(0, lp.exp().add(lq.exp()).mul(LOG2).mul(0.5).hi());
                try {
                    return jsValue(lp, lq).intersect(bound);
                } catch (UndefinedValueException e) {
                    return bound;
                }
            }
            default:
                if (lp.hi() == Double.NEGATIVE_INFINITY) {
                    return Interval.ZERO;
                }
                return lp.exp().mul(cdfOn(q, x));
        }
    }

    private static Interval jsValue(Interval lp, Interval lq) {
        if (lp.hi() == Double.NEGATIVE_INFINITY) {
            return lq.exp().mul(LOG2).mul(0.5);
        }
        if (lq.hi() == Double.NEGATIVE_INFINITY) {
            return lp.exp().mul(LOG2).mul(0.5);
        }
        Interval d = lp.sub(lq);
        Interval a = LOG2.sub(softplus(d.neg()));
        Interval b = LOG2.sub(softplus(d));
        return lp.exp().mul(a).add(lq.exp().mul(b)).mul(0.5);
    }

    /** {@code log(1 + e^y) = max(y, 0) + log1p(e^-|y|)}, no overflow. */
    private static Interval softplus(Interval y) {
        return y.max(Interval.ZERO).add(y.abs().neg().exp().log1p());
    }

    private static Dual softplus(Dual y) {
        return y.max(Dual.constant(Interval.ZERO)).add(y.abs().neg().exp().log1p());
    }

    private static Interval cdfOn(LineLaw q, Interval x) {
        Interval v = CertifiedLineLaws.cdf(q, x);
        if (v == null) {
            throw new IllegalStateException("no certified cdf");
        }
        return v.intersect(Interval.of(0, 1));
    }

    /** min of two Lipschitz functions (the one implementation, in CertifiedLineQuadrature). */
    private static Dual min(Dual a, Dual b) {
        return CertifiedLineQuadrature.min(a, b);
    }
}
