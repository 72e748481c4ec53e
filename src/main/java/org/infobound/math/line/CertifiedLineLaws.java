package org.infobound.math.line;

import org.infobound.num.CertifiedQuadrature;
import org.infobound.num.Constants;
import org.infobound.num.Dual;
import org.infobound.num.DualFunction;
import org.infobound.num.Interval;

/**
 * Certified enclosures (outward-rounded {@link Interval}s containing the true value) of the cdf,
 * quantile, variance and entropy of laws on the line, and of the mean of a best-of-n law
 * ({@link MaxLaw}) and of a mixture ({@link MixtureLaw}). Parameters of a {@link FamilyLaw} and
 * the n of a {@link MaxLaw} are exact doubles (the engine's certified route only builds such
 * laws). Every method returns {@code null} when it has no certified route for its argument
 * (the caller reports the value as uncertified); nothing here is approximate.
 *
 * <p>Methods (spec/NUMERICS.md, "Derived laws on the line"):
 * <ul>
 * <li>cdf and survival of a family law: closed forms in interval arithmetic (exponential,
 * uniform, laplace, logistic, gumbel, pareto); normal through a certified {@code erfc}: for
 * {@code 0 <= t < 2} the positive series {@code erf t = 2/sqrt(pi) e^{-t^2} sum_k 2^k t^{2k+1}/(2k+1)!!}
 * (DLMF 7.6.2) with a geometric remainder bound, for {@code t >= 2} Laplace's continued fraction
 * {@code sqrt(pi) e^{t^2} erfc t = 1/(t + (1/2)/(t + 1/(t + (3/2)/(t + ...))))} (DLMF 7.9.2)
 * evaluated backwards from the tail enclosure {@code [t, t + a_{N+1}/t]} (every tail of a
 * continued fraction with positive elements lies there). Beta and gamma (incomplete
 * functions): no certified cdf. The cdf being nondecreasing, an interval argument is enclosed
 * by its end points.</li>
 * <li>best-of-n: cdf {@code F^n = exp(n log F)} with {@code log F = log1p(-S)} in the upper
 * tail. Mean: exponential {@code H_n / rate} (Renyi representation, catalogue M-L3), uniform
 * {@code a + (b - a) n/(n + 1)}, gumbel {@code mu + beta (log n + gamma)} (the max of n
 * Gumbel(mu, beta) is Gumbel(mu + beta log n, beta)), pareto
 * {@code xm Gamma(n+1) Gamma(1-1/alpha)/Gamma(n+1-1/alpha)} (alpha &gt; 1, else +inf); normal,
 * laplace, logistic by {@code E = c + int_c^inf (1 - F^n) - int_-inf^c F^n}, the finite parts
 * by certified mean-value quadrature of the interval extensions of {@code F^n} and its
 * derivative {@code n F^{n-1} f}, the tails by {@code 1 - F^n <= n S} and {@code F^n <= F} and
 * the closed-form tail integrals of S and F (normal: {@code int_z^inf Q <= phi(z)/(1 + z^2)}
 * from Mills' ratio {@code Q(z) >= z phi(z)/(1 + z^2)}).</li>
 * <li>quantile of any law with a certified cdf: bisection on the certified cdf
 * ({@code F(a) < u} implies {@code Q(u) >= a}, {@code F(b) >= u} implies {@code Q(u) <= b}).</li>
 * <li>variance and entropy of family laws: the closed forms (interval lgamma and digamma for
 * beta and gamma).</li>
 * </ul>
 */
public final class CertifiedLineLaws {

    private static final Interval SQRT_PI = Constants.PI.sqrt();
    private static final Interval SQRT2 = Interval.of(2).sqrt();
    private static final double TAIL = 1e-13;
    private static final int CHUNKS = 16;
    private static final double CHUNK_TOL = 1e-7;

    private CertifiedLineLaws() {
    }

    // ---------------------------------------------------------------- erfc and the normal cdf

    /**
     * {@code erfc} at every point of a narrow interval t (the series and the continued fraction
     * are evaluated in interval arithmetic, which encloses their range over t).
     */
    static Interval erfcIv(Interval x) {
        if (x.hi() < 0) {
            return Interval.of(2).sub(erfcIv(x.neg())).intersect(Interval.of(1, 2));
        }
        if (x.lo() < 0 || x.lo() < 2 && x.hi() >= 2) {
            // straddles 0 or 2: erfc is decreasing, so the end points bound it
            Interval a = erfcIv(Interval.of(x.hi()));
            Interval b = erfcIv(Interval.of(x.lo()));
            return Interval.of(a.lo(), b.hi());
        }
        if (x.hi() < 2) {
            return Interval.ONE.sub(erfSeries(x)).intersect(Interval.of(0, 1));
        }
        int n = x.lo() < 3 ? 80 : 40;
        Interval tail = x.hull(x.add(Interval.of(n + 1).div(x.mul(2))));
        for (int k = n; k >= 1; k--) {
            tail = x.add(Interval.of(k).mul(0.5).div(tail));
        }
        return x.sqr().neg().exp().div(SQRT_PI.mul(tail)).intersect(Interval.of(0, 1));
    }

    /** {@code erf(t)} for {@code 0 <= t < 2} by the positive series with its remainder bound. */
    private static Interval erfSeries(Interval t) {
        Interval t2 = t.sqr().mul(2);
        Interval term = t;
        Interval sum = t;
        for (int k = 1; k < 400; k++) {
            term = term.mul(t2).div(2 * k + 1);
            sum = sum.add(term);
            // the next ratio 2t^2/(2k+3) is < 1/2 once 2k + 3 > 16 (t < 2), so the rest of the
            // series is at most term * r/(1 - r) <= term
            if (2 * k + 3 > 16 && term.hi() < 1e-19 * sum.lo()) {
                sum = sum.add(Interval.of(0, term.hi()));
                return Interval.of(2).div(SQRT_PI).mul(t.sqr().neg().exp()).mul(sum);
            }
        }
        return Interval.of(0, 1);
    }

    /** erfc on an interval (nonincreasing). */
    static Interval erfc(Interval t) {
        if (t.width() < 1e-6 * Math.max(1, Math.abs(t.lo()))) {
            return erfcIv(t);
        }
        Interval a = erfcIv(Interval.of(t.hi()));
        Interval b = erfcIv(Interval.of(t.lo()));
        return Interval.of(a.lo(), b.hi());
    }

    // ---------------------------------------------------------------- family cdf and survival

    /** Whether {@link #cdf(FamilyLaw, Interval)} has a certified route for this family. */
    public static boolean hasCdf(FamilyLaw p) {
        return p.family() != LineFamily.BETA && p.family() != LineFamily.GAMMA;
    }

    /** {F(x), S(x)} at a double x, or null. */
    static Interval[] cdfAt(FamilyLaw p, double x) {
        Interval p0 = Interval.of(p.param(0));
        Interval p1 = p.family().parameters().size() > 1 ? Interval.of(p.param(1)) : null;
        Interval xx = Interval.of(x);
        Interval f;
        Interval s;
        switch (p.family()) {
            case NORMAL: {
                Interval t = xx.sub(p0).div(p1).div(SQRT2);
                if (x >= p.param(0)) {
                    s = erfc(t).mul(0.5);
                    f = Interval.ONE.sub(s);
                } else {
                    f = erfc(t.neg()).mul(0.5);
                    s = Interval.ONE.sub(f);
                }
                break;
            }
            case EXPONENTIAL:
                if (x <= 0) {
                    return new Interval[] {Interval.ZERO, Interval.ONE};
                }
                s = p0.mul(xx).neg().exp();
                f = p0.mul(xx).neg().expm1().neg();
                break;
            case UNIFORM:
                if (x <= p.param(0)) {
                    return new Interval[] {Interval.ZERO, Interval.ONE};
                }
                if (x >= p.param(1)) {
                    return new Interval[] {Interval.ONE, Interval.ZERO};
                }
                f = xx.sub(p0).div(p1.sub(p0));
                s = p1.sub(xx).div(p1.sub(p0));
                break;
            case LAPLACE: {
                Interval z = xx.sub(p0).div(p1);
                if (x < p.param(0)) {
                    f = z.exp().mul(0.5);
                    s = Interval.ONE.sub(f);
                } else {
                    s = z.neg().exp().mul(0.5);
                    f = Interval.ONE.sub(s);
                }
                break;
            }
            case LOGISTIC: {
                Interval z = xx.sub(p0).div(p1);
                f = Interval.ONE.div(z.neg().exp().add(1));
                s = Interval.ONE.div(z.exp().add(1));
                break;
            }
            case GUMBEL: {
                Interval e = xx.sub(p0).div(p1).neg().exp();
                f = e.neg().exp();
                s = e.neg().expm1().neg();
                break;
            }
            case PARETO:
                if (x <= p.param(0)) {
                    return new Interval[] {Interval.ZERO, Interval.ONE};
                }
                Interval l = p1.mul(p0.div(xx).log());
                s = l.exp();
                f = l.expm1().neg();
                break;
            default:
                return null;
        }
        Interval unit = Interval.of(0, 1);
        return new Interval[] {f.intersect(unit), s.intersect(unit)};
    }

    /** {F(x), S(x)} on an interval x (F nondecreasing), or null. */
    static Interval[] cdfOn(FamilyLaw p, Interval x) {
        Interval[] a = cdfAt(p, x.lo());
        if (a == null) {
            return null;
        }
        if (x.isPoint()) {
            return a;
        }
        Interval[] b = cdfAt(p, x.hi());
        return new Interval[] {Interval.of(a[0].lo(), b[0].hi()), Interval.of(b[1].lo(), a[1].hi())};
    }

    /** {@code log F} from {F, S}: {@code log1p(-S)} in the upper half. */
    private static Interval logCdf(Interval[] fs) {
        if (fs[1].hi() < 0.5) {
            return fs[1].neg().log1p();
        }
        return fs[0].log();
    }

    // ---------------------------------------------------------------- cdf of any supported law

    /**
     * Requires: p != null && x != null.
     * Ensures: result == null || (for every t with x.contains(t), result.contains(P(X <= t))).
     */
    /** {@code P(X <= x)} for every x in the interval, or null (no certified route). */
    public static Interval cdf(LineLaw p, Interval x) {
        if (x.lo() == Double.NEGATIVE_INFINITY || x.hi() == Double.POSITIVE_INFINITY
                || Double.isNaN(x.lo())) {
            Interval lo = x.lo() == Double.NEGATIVE_INFINITY ? Interval.ZERO : cdf(p, Interval.of(x.lo()));
            Interval hi = x.hi() == Double.POSITIVE_INFINITY ? Interval.ONE : cdf(p, Interval.of(x.hi()));
            return lo == null || hi == null ? null : Interval.of(lo.lo(), hi.hi());
        }
        if (p instanceof FamilyLaw f) {
            Interval[] fs = cdfOn(f, x);
            return fs == null ? null : fs[0];
        }
        if (p instanceof MaxLaw m && m.base() instanceof FamilyLaw f) {
            Interval[] fs = cdfOn(f, x);
            if (fs == null) {
                return null;
            }
            if (fs[0].hi() == 0) {
                return Interval.ZERO;
            }
            return Interval.of(m.n()).mul(logCdf(fs)).exp().intersect(Interval.of(0, 1));
        }
        if (p instanceof MixtureLaw m) {
            Interval a = cdf(m.first(), x);
            Interval b = cdf(m.second(), x);
            if (a == null || b == null) {
                return null;
            }
            Interval w = Interval.of(m.weight());
            return Interval.ONE.sub(w).mul(a).add(w.mul(b)).intersect(Interval.of(0, 1));
        }
        return null;
    }

    /**
     * Requires: p != null && u != null && 0 <= u.lo() && u.hi() <= 1.
     */
    /**
     * The quantile {@code inf{x : F(x) >= u}} for every u in the interval, by bisection on the
     * certified cdf, or null.
     */
    public static Interval quantile(LineLaw p, Interval u) {
        if (!(u.lo() >= 0 && u.hi() <= 1)) {
            return null;
        }
        Interval lo = quantileAt(p, u.lo());
        Interval hi = u.isPoint() ? lo : quantileAt(p, u.hi());
        return lo == null || hi == null ? null : Interval.of(lo.lo(), hi.hi());
    }

    private static Interval quantileAt(LineLaw p, double u) {
        if (u == 0.0) {
            return Interval.of(p.supportLower());
        }
        if (u == 1.0) {
            return Interval.of(p.supportUpper());
        }
        if (cdf(p, Interval.of(p.quantile(0.5))) == null) {
            return null;
        }
        double guess = p.quantile(u);
        if (!Double.isFinite(guess)) {
            return null;
        }
        double step = Math.max(1e-9, Math.abs(guess) * 1e-9);
        double a = guess;
        double b = guess;
        int k = 0;
        // a: F(a) < u certainly (or a = the support's lower end, below every quantile),
        // b: F(b) >= u certainly
        while (!(cdf(p, Interval.of(a)).hi() < u)) {
            if (++k > 200) {
                return null;
            }
            if (a <= p.supportLower()) {
                a = p.supportLower();
                break;
            }
            a = Math.max(p.supportLower(), a - step);
            step *= 2;
        }
        step = Math.max(1e-9, Math.abs(guess) * 1e-9);
        k = 0;
        while (!(cdf(p, Interval.of(b)).lo() >= u)) {
            if (++k > 200 || b >= p.supportUpper()) {
                return null;
            }
            b = Math.min(p.supportUpper(), b + step);
            step *= 2;
        }
        for (int i = 0; i < 100; i++) {
            double m = a + (b - a) / 2;
            if (!(m > a && m < b)) {
                break;
            }
            Interval fm = cdf(p, Interval.of(m));
            if (fm.hi() < u) {
                a = m;
            } else if (fm.lo() >= u) {
                b = m;
            } else {
                break;
            }
        }
        return Interval.of(a, b);
    }

    // ---------------------------------------------------------------- variance and entropy

    /** Variance of a family law (closed forms; +inf where the second moment is infinite). */
    public static Interval variance(LineLaw law) {
        if (law instanceof MaxLaw m && m.base() instanceof FamilyLaw f && f.family() == LineFamily.UNIFORM) {
            // a + (b - a) V with V ~ Beta(n, 1): Var V = n / ((n + 1)^2 (n + 2))
            Interval n = Interval.of(m.n());
            Interval w = Interval.of(f.param(1)).sub(Interval.of(f.param(0)));
            return w.sqr().mul(n).div(n.add(1).sqr().mul(n.add(2)));
        }
        if (!(law instanceof FamilyLaw p)) {
            return null;
        }
        Interval a = Interval.of(p.param(0));
        Interval b = p.family().parameters().size() > 1 ? Interval.of(p.param(1)) : null;
        Interval pi2 = Constants.PI.sqr();
        switch (p.family()) {
            case NORMAL:
                return b.sqr();
            case EXPONENTIAL:
                return Interval.ONE.div(a.sqr());
            case UNIFORM:
                return b.sub(a).sqr().div(12);
            case BETA:
                return a.mul(b).div(a.add(b).sqr().mul(a.add(b).add(1)));
            case GAMMA:
                return a.mul(b.sqr());
            case LAPLACE:
                return b.sqr().mul(2);
            case LOGISTIC:
                return b.sqr().mul(pi2).div(3);
            case GUMBEL:
                return b.sqr().mul(pi2).div(6);
            case PARETO:
                if (!(p.param(1) > 2)) {
                    return Interval.POSITIVE_INFINITY;
                }
                return a.sqr().mul(b).div(b.sub(1).sqr().mul(b.sub(2)));
            default:
                return null;
        }
    }

    /** Differential entropy (nats) of a family law, closed forms. */
    public static Interval entropy(LineLaw law) {
        if (!(law instanceof FamilyLaw p)) {
            return null;
        }
        Interval a = Interval.of(p.param(0));
        Interval b = p.family().parameters().size() > 1 ? Interval.of(p.param(1)) : null;
        switch (p.family()) {
            case NORMAL:
                // log(sigma) + (1 + log(2 pi))/2
                return b.log().add(Constants.HALF_LOG_2PI).add(0.5);
            case EXPONENTIAL:
                return Interval.ONE.sub(a.log());
            case UNIFORM:
                return b.sub(a).log();
            case BETA:
                // log B(a, b) - (a-1) psi(a) - (b-1) psi(b) + (a+b-2) psi(a+b)
                return a.lgamma().add(b.lgamma()).sub(a.add(b).lgamma()).sub(a.sub(1).mul(a.digamma()))
                        .sub(b.sub(1).mul(b.digamma())).add(a.add(b).sub(2).mul(a.add(b).digamma()));
            case GAMMA:
                // k + log theta + lgamma(k) + (1 - k) psi(k)
                return a.add(b.log()).add(a.lgamma()).add(Interval.ONE.sub(a).mul(a.digamma()));
            case LAPLACE:
                return b.mul(2).log().add(1);
            case LOGISTIC:
                return b.log().add(2);
            case GUMBEL:
                return b.log().add(Constants.EULER_GAMMA).add(1);
            case PARETO:
                // log(xm / alpha) + 1/alpha + 1
                return a.div(b).log().add(Interval.ONE.div(b)).add(1);
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- means

    /** Mean of a family law, closed forms (+inf for pareto with alpha <= 1). */
    public static Interval familyMean(FamilyLaw p) {
        Interval a = Interval.of(p.param(0));
        Interval b = p.family().parameters().size() > 1 ? Interval.of(p.param(1)) : null;
        switch (p.family()) {
            case NORMAL:
            case LAPLACE:
            case LOGISTIC:
                return a;
            case EXPONENTIAL:
                return Interval.ONE.div(a);
            case UNIFORM:
                return a.add(b).mul(0.5);
            case BETA:
                return a.div(a.add(b));
            case GAMMA:
                return a.mul(b);
            case GUMBEL:
                return a.add(b.mul(Constants.EULER_GAMMA));
            case PARETO:
                return p.param(1) > 1 ? a.mul(b).div(b.sub(1)) : Interval.POSITIVE_INFINITY;
            default:
                return null;
        }
    }

    /** Mean of best-of-n of a family law, or of a mixture of laws with certified means; else null. */
    public static Interval mean(LineLaw law, java.util.function.Function<LineLaw, Interval> familyMean) {
        if (law instanceof FamilyLaw) {
            return familyMean.apply(law);
        }
        if (law instanceof MixtureLaw m) {
            Interval w = Interval.of(m.weight());
            if (m.weight() == 0.0) {
                return mean(m.first(), familyMean);
            }
            if (m.weight() == 1.0) {
                return mean(m.second(), familyMean);
            }
            Interval a = mean(m.first(), familyMean);
            Interval b = mean(m.second(), familyMean);
            if (a == null || b == null) {
                return null;
            }
            return Interval.ONE.sub(w).mul(a).add(w.mul(b));
        }
        if (law instanceof MaxLaw m && m.base() instanceof FamilyLaw f) {
            return bonMean(f, m.n());
        }
        return null;
    }

    /** {@code E max(X_1..X_n)} for X_i i.i.d. from a family law, or null. */
    static Interval bonMean(FamilyLaw f, double nd) {
        Interval n = Interval.of(nd);
        Interval a = Interval.of(f.param(0));
        Interval b = f.family().parameters().size() > 1 ? Interval.of(f.param(1)) : null;
        switch (f.family()) {
            case EXPONENTIAL:
                if (nd != Math.rint(nd) || nd > 1e18) {
                    return null;
                }
                return Interval.harmonic((long) nd).div(a);
            case UNIFORM:
                return a.add(b.sub(a).mul(n.div(n.add(1))));
            case GUMBEL:
                return a.add(b.mul(n.log().add(Constants.EULER_GAMMA)));
            case PARETO: {
                if (!(f.param(1) > 1)) {
                    return Interval.POSITIVE_INFINITY;
                }
                Interval s = Interval.ONE.sub(Interval.ONE.div(b));
                return a.mul(n.add(1).lgamma().add(s.lgamma()).sub(n.add(s).lgamma()).exp());
            }
            case NORMAL:
            case LAPLACE:
            case LOGISTIC:
                return bonMeanQuadrature(f, nd);
            default:
                return null;
        }
    }

    /**
     * {@code E = c + int_c^inf (1 - F^n) - int_-inf^c F^n} with c the location, both integrals
     * by certified quadrature on [c, T] and [T', c] plus the tail bounds.
     */
    private static Interval bonMeanQuadrature(FamilyLaw f, double nd) {
        double c = f.param(0);
        double scale = f.param(1);
        Interval n = Interval.of(nd);
        double hi = c + scale;
        while (n.mul(rightTail(f, hi)).hi() > TAIL) {
            hi = c + (hi - c) * 1.25;
        }
        double lo = c - scale;
        while (leftTail(f, lo).hi() > TAIL) {
            lo = c - (c - lo) * 1.25;
        }
        Interval nm1 = n.sub(1);
        IntervalLogDensity ld = new IntervalLogDensity(f);
        // g(x) = F(x)^n; derivative n F^{n-1} f
        java.util.function.Function<Dual, Dual[]> powN = x -> {
            Interval[] fs = cdfOn(f, x.value());
            Interval lf = logCdf(fs);
            Interval fn = n.mul(lf).exp().intersect(Interval.of(0, 1));
            Interval oneMinus = n.mul(lf).expm1().neg().intersect(Interval.of(0, 1));
            Interval dens = ld.value(x.value()).exp();
            Interval d = n.mul(nm1.mul(lf).exp()).mul(dens).mul(x.derivative());
            return new Dual[] {Dual.of(fn, d), Dual.of(oneMinus, d.neg())};
        };
        DualFunction left = x -> powN.apply(x)[0];
        DualFunction right = x -> powN.apply(x)[1];
        Interval l = chunked(left, lo, c).add(Interval.of(0, leftTail(f, lo).hi()));
        Interval r = chunked(right, c, hi).add(Interval.of(0, n.mul(rightTail(f, hi)).hi()));
        return Interval.of(c).add(r).sub(l);
    }

    /** {@code int_a^b g} in {@link #CHUNKS} chunks (the adaptive refinement is quadratic in its pieces). */
    private static Interval chunked(DualFunction g, double a, double b) {
        Interval sum = Interval.ZERO;
        double u = a;
        for (int i = 1; i <= CHUNKS; i++) {
            double v = i == CHUNKS ? b : Math.max(u, a + (b - a) / CHUNKS * i);
            sum = sum.add(CertifiedQuadrature.integrateWithDerivative(g, u, v, CHUNK_TOL));
            u = v;
        }
        return sum;
    }

    /** An upper bound (as an interval [x, x]) of {@code int_t^inf S(x) dx}, t >= the location. */
    private static Interval rightTail(FamilyLaw f, double t) {
        Interval z = Interval.of(t).sub(f.param(0)).div(f.param(1));
        return tailIntegral(f, z);
    }

    /** An upper bound of {@code int_-inf^t F(x) dx}, t <= the location (symmetric families). */
    private static Interval leftTail(FamilyLaw f, double t) {
        Interval z = Interval.of(f.param(0)).sub(t).div(f.param(1));
        return tailIntegral(f, z);
    }

    private static Interval tailIntegral(FamilyLaw f, Interval z) {
        Interval s = Interval.of(f.param(1));
        switch (f.family()) {
            case NORMAL:
                // s phi(z)/(1 + z^2), z >= 0 (Mills' ratio)
                return s.mul(z.sqr().mul(-0.5).exp()).div(Constants.PI.mul(2).sqrt()).div(z.sqr().add(1));
            case LAPLACE:
                return s.mul(z.neg().exp()).mul(0.5);
            case LOGISTIC:
                return s.mul(z.neg().exp());
            default:
                throw new IllegalStateException(f.family().toString());
        }
    }
}
