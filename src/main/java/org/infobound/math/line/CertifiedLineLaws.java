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
            // (the rest is added as [0, term], so the stopping test only decides the width;
            // sum.hi() keeps it finite when t touches 0, where erf(0) = 0 made sum.lo() = 0)
            if (2 * k + 3 > 16 && term.hi() <= 1e-19 * sum.hi()) {
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
        return true;
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
            case GAMMA: {
                if (x <= 0) {
                    return new Interval[] {Interval.ZERO, Interval.ONE};
                }
                f = CertifiedIncomplete.gammaP(p0, xx.div(p1));
                if (f == null) {
                    return null;
                }
                s = Interval.ONE.sub(f);
                break;
            }
            case BETA: {
                if (x <= 0) {
                    return new Interval[] {Interval.ZERO, Interval.ONE};
                }
                if (x >= 1) {
                    return new Interval[] {Interval.ONE, Interval.ZERO};
                }
                f = CertifiedIncomplete.betaI(p0, p1, xx);
                if (f == null) {
                    return null;
                }
                s = Interval.ONE.sub(f);
                break;
            }
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

    /**
     * {@code P(X > t)} for every t in the finite interval x (the S of {@link #cdfOn}, whose
     * F it complements), or null (no certified route, or an end of x not finite).
     */
    public static Interval survival(FamilyLaw p, Interval x) {
        if (!(Double.isFinite(x.lo()) && Double.isFinite(x.hi()))) {
            return null;
        }
        Interval[] fs = cdfOn(p, x);
        return fs == null || fs[1] == null ? null : fs[1].intersect(Interval.of(0, 1));
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
        if (Double.isNaN(x.lo()) || Double.isNaN(x.hi())) {
            return null;
        }
        // F(-inf) = 0 and F(inf) = 1 for every law on the line; a point at an infinity would
        // otherwise recurse on itself (cdf(normal(0, 1), -inf) was a StackOverflowError)
        if (x.hi() == Double.NEGATIVE_INFINITY) {
            return Interval.ZERO;
        }
        if (x.lo() == Double.POSITIVE_INFINITY) {
            return Interval.ONE;
        }
        if (x.lo() == Double.NEGATIVE_INFINITY || x.hi() == Double.POSITIVE_INFINITY) {
            Interval lo = x.lo() == Double.NEGATIVE_INFINITY ? Interval.ZERO : cdf(p, Interval.of(x.lo()));
            Interval hi = x.hi() == Double.POSITIVE_INFINITY ? Interval.ONE : cdf(p, Interval.of(x.hi()));
            return lo == null || hi == null ? null : Interval.of(lo.lo(), hi.hi());
        }
        if (p instanceof FamilyLaw f) {
            Interval[] fs = cdfOn(f, x);
            return fs == null ? null : fs[0];
        }
        if (p instanceof EnclosedFamilyLaw e) {
            return enclosedCdf(e, x);
        }
        if (p instanceof TiltedLaw t) {
            // normal and exponential tilts (closed forms); so quantiles, mixtures and
            // divergences of tilts have a certified cdf too
            return CertifiedTilt.cdf(t, x);
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
        if (p instanceof MaxLaw m) {
            // any other base with a certified cdf (brief derive7): F^n = e^(n log F), F clipped to [0, 1]
            Interval fb = cdf(m.base(), x);
            if (fb == null) {
                return null;
            }
            fb = fb.intersect(Interval.of(0, 1));
            if (fb.hi() == 0) {
                return Interval.ZERO;
            }
            return Interval.of(m.n()).mul(fb.log()).exp().intersect(Interval.of(0, 1));
        }
        if (p instanceof MixtureLaw m) {
            Interval a = cdf(m.first(), x);
            Interval b = cdf(m.second(), x);
            if (a == null || b == null) {
                return null;
            }
            Interval w = m.weightEnclosure();
            return m.complementEnclosure().mul(a).add(w.mul(b)).intersect(Interval.of(0, 1));
        }
        return null;
    }

    /**
     * The cdf of a law with enclosed exact parameters at every x in the finite interval xx, in
     * interval arithmetic over the parameter enclosures: gamma {@code P(k, x/theta)} and beta
     * {@code I_x(a, b)} by {@link CertifiedIncomplete}, exponential {@code -expm1(-r x)}, normal
     * {@code erfc((mu - x)/(sigma sqrt 2))/2}; null for the other families (their closed forms
     * branch on the location in doubles) and where x straddles a support end.
     */
    static Interval enclosedCdf(EnclosedFamilyLaw e, Interval xx) {
        Interval a = e.param(0);
        Interval b = e.family().parameters().size() > 1 ? e.param(1) : null;
        Interval f;
        switch (e.family()) {
            case GAMMA:
                if (xx.hi() <= 0) {
                    return Interval.ZERO;
                }
                f = xx.lo() > 0 ? CertifiedIncomplete.gammaP(a, xx.div(b)) : null;
                break;
            case BETA:
                if (xx.hi() <= 0) {
                    return Interval.ZERO;
                }
                if (xx.lo() >= 1) {
                    return Interval.ONE;
                }
                f = xx.lo() > 0 && xx.hi() < 1 ? CertifiedIncomplete.betaI(a, b, xx) : null;
                break;
            case EXPONENTIAL:
                if (xx.hi() <= 0) {
                    return Interval.ZERO;
                }
                f = xx.lo() >= 0 ? a.mul(xx).neg().expm1().neg() : null;
                break;
            case NORMAL:
                f = erfc(a.sub(xx).div(b.mul(SQRT2))).mul(0.5);
                break;
            default:
                return null;
        }
        return f == null ? null : f.intersect(Interval.of(0, 1));
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
        while (!(cdfHi(p, a) < u)) {
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
        while (!(cdfLo(p, b) >= u)) {
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
            if (fm == null) {
                break;
            }
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

    /** Upper end of the certified cdf at x, or +inf (NaN-safe: no route gives no information). */
    private static double cdfHi(LineLaw p, double x) {
        Interval v = cdf(p, Interval.of(x));
        return v == null ? Double.POSITIVE_INFINITY : v.hi();
    }

    private static double cdfLo(LineLaw p, double x) {
        Interval v = cdf(p, Interval.of(x));
        return v == null ? Double.NEGATIVE_INFINITY : v.lo();
    }

    // ---------------------------------------------------------------- variance and entropy

    /**
     * Variance of a family law (closed forms; +inf where the second moment is infinite), of
     * best-of-n of a family law ({@link #bonVariance}) and of a mixture of such laws
     * ({@code (1-w) v1 + w v2 + w (1-w) (m1 - m2)^2}); null elsewhere.
     */
    public static Interval variance(LineLaw law) {
        if (law instanceof MaxLaw m && m.base() instanceof FamilyLaw f) {
            return bonVariance(f, m.n());
        }
        if (law instanceof MixtureLaw m) {
            return mixtureVariance(m);
        }
        if (law instanceof EnclosedFamilyLaw e) {
            return enclosedVariance(e);
        }
        if (!(law instanceof FamilyLaw p)) {
            return null;
        }
        return familyVariance(p.family(), p.paramInterval(0),
                p.family().parameters().size() > 1 ? p.paramInterval(1) : null);
    }

    /** {@link #variance} of a law with enclosed exact parameters (interval arithmetic in them). */
    public static Interval enclosedVariance(EnclosedFamilyLaw e) {
        return familyVariance(e.family(), e.param(0), e.family().parameters().size() > 1 ? e.param(1) : null);
    }

    /**
     * The variance of the family law for every parameter in the enclosures a, b (closed forms in
     * interval arithmetic); null where it is finite for part of the enclosure only.
     */
    static Interval familyVariance(LineFamily family, Interval a, Interval b) {
        Interval pi2 = Constants.PI.sqr();
        switch (family) {
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
                if (b.hi() <= 2) {
                    return Interval.POSITIVE_INFINITY;
                }
                if (!(b.lo() > 2)) {
                    return null;
                }
                return a.sqr().mul(b).div(b.sub(1).sqr().mul(b.sub(2)));
            default:
                return null;
        }
    }

    /** Differential entropy (nats) of a family law (closed forms) or of best-of-n of one ({@link #bonEntropy}). */
    public static Interval entropy(LineLaw law) {
        if (law instanceof MaxLaw m && m.base() instanceof FamilyLaw f) {
            return bonEntropy(f, m.n());
        }
        // a mixture: the certified quadrature of -f log f (CertifiedMixtureEntropy) where every
        // component has a bounded density with known tails; the sound bracket of mixtureEntropy
        // is not used: a bracket as wide as H_b(w) would turn a float violation inside it into
        // SURVIVED instead of UNCONFIRMED (spec/CHECK.md, "Float noise and UNCONFIRMED": the
        // violation counts as within the certified route's own uncertainty)
        if (law instanceof MixtureLaw m) {
            return CertifiedMixtureEntropy.entropy(m);
        }
        if (law instanceof EnclosedFamilyLaw e) {
            return enclosedEntropy(e);
        }
        if (!(law instanceof FamilyLaw p)) {
            return null;
        }
        return familyEntropy(p.family(), p.paramInterval(0),
                p.family().parameters().size() > 1 ? p.paramInterval(1) : null);
    }

    /** {@link #entropy} of a law with enclosed exact parameters (interval arithmetic in them). */
    public static Interval enclosedEntropy(EnclosedFamilyLaw e) {
        return familyEntropy(e.family(), e.param(0), e.family().parameters().size() > 1 ? e.param(1) : null);
    }

    /** The differential entropy of the family law for every parameter in the enclosures a, b. */
    static Interval familyEntropy(LineFamily family, Interval a, Interval b) {
        switch (family) {
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

    /** An integer n >= 1 as a long, or -1 (n is an exact double). */
    private static long integer(double nd) {
        return nd >= 1 && nd == Math.rint(nd) && nd <= 1e18 ? (long) nd : -1;
    }

    /**
     * Variance of the max of n i.i.d. draws of a family law, or null. Exponential(r):
     * {@code sum_{k <= n} 1/k^2 / r^2} (Renyi representation, {@link #sumInverseSquares});
     * uniform(a, b): {@code (b-a)^2 n/((n+1)^2 (n+2))} (Beta(n, 1)); gumbel(mu, b): the max is
     * gumbel(mu + b log n, b), variance {@code b^2 pi^2/6}; pareto(xm, a):
     * {@code E X^k = xm^k Gamma(n+1) Gamma(1-k/a)/Gamma(n+1-k/a)} (a &gt; 2; +inf for
     * 1 &lt; a &lt;= 2); normal, laplace, logistic: {@code E (X - c)^2 - (E X - c)^2} from
     * {@link #bonIntegrals}. Beta and gamma: null (no certified incomplete beta/gamma).
     */
    static Interval bonVariance(FamilyLaw f, double nd) {
        Interval n = Interval.of(nd);
        Interval a = Interval.of(f.param(0));
        Interval b = f.family().parameters().size() > 1 ? Interval.of(f.param(1)) : null;
        switch (f.family()) {
            case UNIFORM: {
                // a + (b - a) V with V ~ Beta(n, 1): Var V = n / ((n + 1)^2 (n + 2))
                return b.sub(a).sqr().mul(n).div(n.add(1).sqr().mul(n.add(2)));
            }
            case EXPONENTIAL: {
                long k = integer(nd);
                return k < 0 ? null : sumInverseSquares(k).div(a.sqr());
            }
            case GUMBEL:
                return b.sqr().mul(Constants.PI.sqr()).div(6);
            case PARETO: {
                if (!(f.param(1) > 1)) {
                    return null;
                }
                if (!(f.param(1) > 2)) {
                    return Interval.POSITIVE_INFINITY;
                }
                Interval m1 = a.mul(n.add(1).lgamma().add(Interval.ONE.sub(Interval.ONE.div(b)).lgamma())
                        .sub(n.add(1).sub(Interval.ONE.div(b)).lgamma()).exp());
                Interval m2 = a.sqr().mul(n.add(1).lgamma().add(Interval.ONE.sub(Interval.of(2).div(b)).lgamma())
                        .sub(n.add(1).sub(Interval.of(2).div(b)).lgamma()).exp());
                return nonNegative(m2.sub(m1.sqr()));
            }
            case NORMAL:
            case LAPLACE:
            case LOGISTIC: {
                Interval[] one = bonIntegrals(f, nd, false);
                Interval[] two = bonIntegrals(f, nd, true);
                if (one == null || two == null) {
                    return null;
                }
                Interval shift = one[1].sub(one[0]);
                return nonNegative(two[0].add(two[1]).sub(shift.sqr()));
            }
            case GAMMA:
            case BETA: {
                Interval m1 = bonPositive(f, nd, false);
                Interval m2 = bonPositive(f, nd, true);
                return m1 == null || m2 == null ? null : nonNegative(m2.sub(m1.sqr()));
            }
            default:
                return null;
        }
    }

    private static Interval nonNegative(Interval v) {
        return v.intersect(Interval.of(0, Double.POSITIVE_INFINITY));
    }

    /**
     * {@code sum_{k=1}^n 1/k^2}: the interval sum for n <= 20000; above,
     * {@code pi^2/6 - psi'(n+1)} with {@code psi'(n+1) = 1/n - 1/(2n^2) + 1/(6n^3) - 1/(30n^5) + ...},
     * an enveloping series (DLMF 5.15.8 with 5.15.1; the error after a term has the sign and at
     * most the size of the next term), so {@code psi'(n+1)} lies in
     * {@code [A - 1/(30 n^5), A]}, {@code A = 1/n - 1/(2n^2) + 1/(6n^3)}.
     */
    static Interval sumInverseSquares(long n) {
        if (n <= 20000) {
            Interval sum = Interval.ZERO;
            for (long k = n; k >= 1; k--) {
                sum = sum.add(Interval.ONE.div(Interval.of(k).sqr()));
            }
            return sum;
        }
        Interval x = Interval.of(n);
        Interval a = Interval.ONE.div(x).sub(Interval.ONE.div(x.sqr().mul(2))).add(Interval.ONE.div(x.pow(3).mul(6)));
        Interval low = a.sub(Interval.ONE.div(x.pow(5).mul(30)));
        Interval tail = Interval.of(low.lo(), a.hi());
        return Constants.PI.sqr().div(6).sub(tail);
    }

    /** {@code Var = (1-w) v1 + w v2 + w (1-w) (m1 - m2)^2} (law of total variance), or null. */
    private static Interval mixtureVariance(MixtureLaw m) {
        Interval v1 = variance(m.first());
        Interval v2 = variance(m.second());
        Interval m1 = mean(m.first(), l -> familyMean((FamilyLaw) l));
        Interval m2 = mean(m.second(), l -> familyMean((FamilyLaw) l));
        if (v1 == null || v2 == null || m1 == null || m2 == null) {
            return null;
        }
        Interval w = m.weightEnclosure();
        Interval u = m.complementEnclosure();
        if (m.weightZero()) {
            return v1;
        }
        if (m.weightOne()) {
            return v2;
        }
        if (v1.hi() == Double.POSITIVE_INFINITY || v2.hi() == Double.POSITIVE_INFINITY) {
            return null;
        }
        return nonNegative(u.mul(v1).add(w.mul(v2)).add(w.mul(u).mul(m1.sub(m2).sqr())));
    }

    /**
     * Differential entropy of a mixture {@code (1-w) P + w Q} with Z the component label:
     * {@code h(X) = h(X | Z) + I(X; Z)} and {@code 0 <= I(X; Z) <= H(Z)}, so h lies in
     * {@code [(1-w) h(P) + w h(Q), (1-w) h(P) + w h(Q) + H_b(w)]}, {@code H_b(w) = -w log w -
     * (1-w) log(1-w)} (the lower end is concavity; the upper is reached by disjoint supports).
     * A one-sided-width enclosure (at most log 2 wide), sound for every pair with certified
     * entropies; null otherwise.
     */
    static Interval mixtureEntropy(MixtureLaw m) {
        if (m.weightZero()) {
            return entropy(m.first());
        }
        if (m.weightOne()) {
            return entropy(m.second());
        }
        Interval h1 = entropy(m.first());
        Interval h2 = entropy(m.second());
        if (h1 == null || h2 == null || !h1.isFinite() || !h2.isFinite()) {
            return null;
        }
        Interval w = m.weightEnclosure();
        Interval u = m.complementEnclosure();
        Interval cond = u.mul(h1).add(w.mul(h2));
        Interval hb = w.xlogx().add(u.xlogx()).neg();
        return Interval.of(cond.lo(), cond.add(hb).hi());
    }

    /**
     * Differential entropy of the max X of n i.i.d. draws of a family law, or null. The density
     * is {@code n f F^(n-1)} and {@code F(X) ~ Beta(n, 1)} ({@code E log F(X) = -1/n},
     * {@code E[-log(1 - F(X))] = H_n}), so {@code h = -log n + (n-1)/n + E[-log f(X)]}:
     * exponential(r) {@code -log r + H_n}; uniform(a, b) {@code log(b - a)}; gumbel: the max is
     * a gumbel with the same scale, {@code log b + gamma + 1}; logistic(m, s) ({@code f = F S/s}):
     * {@code h = log s - log n + 1 + H_n}; pareto(xm, a) ({@code E log X = log xm + H_n/a}):
     * {@code -log a + log xm + (a+1) H_n/a}; normal(m, s): {@code log s + log(2 pi)/2 +
     * E(X - m)^2/(2 s^2)}; laplace(m, b): {@code log(2b) + E|X - m|/b}, the moments from
     * {@link #bonIntegrals}. Beta, gamma: null.
     */
    static Interval bonEntropy(FamilyLaw f, double nd) {
        long k = integer(nd);
        if (k < 0) {
            return null;
        }
        Interval n = Interval.of(nd);
        Interval a = Interval.of(f.param(0));
        Interval b = f.family().parameters().size() > 1 ? Interval.of(f.param(1)) : null;
        Interval base = n.log().neg().add(Interval.ONE.sub(Interval.ONE.div(n)));
        switch (f.family()) {
            case EXPONENTIAL:
                return base.sub(a.log()).add(Interval.harmonic(k));
            case UNIFORM:
                return base.add(b.sub(a).log());
            case GUMBEL:
                return b.log().add(Constants.EULER_GAMMA).add(1);
            case LOGISTIC:
                return b.log().sub(n.log()).add(1).add(Interval.harmonic(k));
            case PARETO:
                return base.sub(b.log()).add(a.log()).add(b.add(1).div(b).mul(Interval.harmonic(k)));
            case NORMAL: {
                Interval[] two = bonIntegrals(f, nd, true);
                if (two == null) {
                    return null;
                }
                return base.add(b.log()).add(Constants.HALF_LOG_2PI).add(two[0].add(two[1]).div(b.sqr().mul(2)));
            }
            case LAPLACE: {
                Interval[] one = bonIntegrals(f, nd, false);
                if (one == null) {
                    return null;
                }
                return base.add(b.mul(2).log()).add(one[0].add(one[1]).div(b));
            }
            default:
                return null;
        }
    }

    // ---------------------------------------------------------------- means

    /** Mean of a family law, closed forms (+inf for pareto with alpha <= 1). */
    public static Interval familyMean(FamilyLaw p) {
        return familyMean(p.family(), p.paramInterval(0),
                p.family().parameters().size() > 1 ? p.paramInterval(1) : null);
    }

    /** {@link #familyMean} of a law with enclosed exact parameters (interval arithmetic in them). */
    public static Interval enclosedMean(EnclosedFamilyLaw e) {
        return familyMean(e.family(), e.param(0), e.family().parameters().size() > 1 ? e.param(1) : null);
    }

    /** The mean of the family law for every parameter in the enclosures a, b; null where undecided. */
    static Interval familyMean(LineFamily family, Interval a, Interval b) {
        switch (family) {
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
                return b.lo() > 1 ? a.mul(b).div(b.sub(1)) : b.hi() <= 1 ? Interval.POSITIVE_INFINITY : null;
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
            Interval w = m.weightEnclosure();
            if (m.weightZero()) {
                return mean(m.first(), familyMean);
            }
            if (m.weightOne()) {
                return mean(m.second(), familyMean);
            }
            Interval a = mean(m.first(), familyMean);
            Interval b = mean(m.second(), familyMean);
            if (a == null || b == null) {
                return null;
            }
            return m.complementEnclosure().mul(a).add(w.mul(b));
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
            case GAMMA:
            case BETA:
                return bonPositive(f, nd, false);
            default:
                return null;
        }
    }

    /**
     * For a law on [0, inf) (gamma) or [0, 1] (beta): {@code E X = int_0^inf (1 - F^n)} and
     * ({@code second}) {@code E X^2 = int_0^inf 2x (1 - F^n)} by certified quadrature on
     * [0, T] with the certified incomplete functions, plus (gamma) the tail
     * {@code int_T^inf (1 - F^n) <= n theta E[Y; Y > z] = n theta k Q(k+1, z)} and
     * {@code int_T^inf 2x (1 - F^n) <= n theta^2 E[Y^2; Y > z] = n theta^2 k (k+1) Q(k+2, z)},
     * Y ~ gamma(k, 1), z = T/theta, Q bounded by {@link CertifiedIncomplete#gammaQUpper}. Null
     * when T would exceed the range of the series.
     */
    private static Interval bonPositive(FamilyLaw f, double nd, boolean second) {
        Interval n = Interval.of(nd);
        double hi;
        double tail = 0;
        if (f.family() == LineFamily.BETA) {
            hi = 1;
        } else {
            Interval k = Interval.of(f.param(0));
            Interval th = Interval.of(f.param(1));
            double z = Math.max(1, f.param(0));
            while (true) {
                Interval zz = Interval.of(z);
                Interval t = second
                        ? n.mul(th.sqr()).mul(k).mul(k.add(1)).mul(CertifiedIncomplete.gammaQUpper(k.add(2), zz))
                        : n.mul(th).mul(k).mul(CertifiedIncomplete.gammaQUpper(k.add(1), zz));
                if (t.hi() <= TAIL) {
                    tail = t.hi();
                    break;
                }
                z *= 1.25;
                if (z > 590) {
                    return null;
                }
            }
            hi = Interval.of(z).mul(th).hi();
        }
        Interval nm1 = n.sub(1);
        IntervalLogDensity ld = new IntervalLogDensity(f);
        DualFunction g = x -> {
            Interval[] fs = cdfOn(f, x.value());
            if (fs == null) {
                throw new IllegalStateException("no certified cdf");
            }
            Interval lf = fs[0].hi() == 0 ? Interval.of(Double.NEGATIVE_INFINITY) : logCdf(fs);
            Interval oneMinus = lf.hi() == Double.NEGATIVE_INFINITY ? Interval.ONE
                    : n.mul(lf).expm1().neg().intersect(Interval.of(0, 1));
            Dual v;
            try {
                Interval fpow = nd == 1 ? Interval.ONE : nm1.mul(lf).exp();
                Interval d = n.mul(fpow).mul(ld.value(x.value()).exp()).mul(x.derivative()).neg();
                v = Dual.of(oneMinus, d);
            } catch (org.infobound.num.UndefinedValueException e) {
                v = Dual.withoutDerivative(oneMinus, x);
            }
            return second ? x.mul(Dual.constant(2)).mul(v) : v;
        };
        try {
            return chunked(g, 0, hi).add(Interval.of(0, tail));
        } catch (IllegalStateException | org.infobound.num.UndefinedValueException e) {
            return null;
        }
    }

    /**
     * {@code E = c + int_c^inf (1 - F^n) - int_-inf^c F^n} with c the location, both integrals
     * by certified quadrature on [c, T] and [T', c] plus the tail bounds.
     */
    private static Interval bonMeanQuadrature(FamilyLaw f, double nd) {
        Interval[] lr = bonIntegrals(f, nd, false);
        return lr == null ? null : Interval.of(f.param(0)).add(lr[1]).sub(lr[0]);
    }

    /**
     * The two halves of {@code E|X - c|^k} (k = 1, or k = 2 when {@code second}) of the max X of
     * n draws of a symmetric location-scale family law (normal, laplace, logistic), c the
     * location: {@code L = int_-inf^c k (c - x)^(k-1) F^n dx} and
     * {@code R = int_c^inf k (x - c)^(k-1) (1 - F^n) dx} (so {@code E X - c = R - L} for k = 1,
     * {@code E (X - c)^2 = L + R} for k = 2). Finite parts by certified mean-value quadrature,
     * tails by {@code 1 - F^n <= n S}, {@code F^n <= F} and the closed-form bounds of
     * {@link #tailIntegral} / {@link #tailIntegral2}. Null when no grid exists (the scale is
     * lost next to the location, e.g. normal(1e300, 1)).
     */
    private static Interval[] bonIntegrals(FamilyLaw f, double nd, boolean second) {
        double c = f.param(0);
        double scale = f.param(1);
        Interval n = Interval.of(nd);
        double hi = c + scale;
        double lo = c - scale;
        if (!(hi > c && lo < c) || !Double.isFinite(hi) || !Double.isFinite(lo)) {
            // the scale is lost next to the location (normal(1e300, 1)): no quadrature grid
            return null;
        }
        for (int i = 0; n.mul(tail(f, Interval.of(hi).sub(c).div(scale), second)).hi() > TAIL; i++) {
            hi = c + (hi - c) * 1.25;
            if (i > 400 || !Double.isFinite(hi)) {
                return null;
            }
        }
        for (int i = 0; tail(f, Interval.of(c).sub(lo).div(scale), second).hi() > TAIL; i++) {
            lo = c - (c - lo) * 1.25;
            if (i > 400 || !Double.isFinite(lo)) {
                return null;
            }
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
            Dual left = Dual.of(fn, d);
            Dual right = Dual.of(oneMinus, d.neg());
            if (second) {
                // weights 2 (c - x) on the left, 2 (x - c) on the right
                Dual w = x.sub(Dual.constant(c)).mul(Dual.constant(2));
                left = w.neg().mul(left);
                right = w.mul(right);
            }
            return new Dual[] {left, right};
        };
        DualFunction left = x -> powN.apply(x)[0];
        DualFunction right = x -> powN.apply(x)[1];
        Interval l = chunked(left, lo, c)
                .add(Interval.of(0, tail(f, Interval.of(c).sub(lo).div(scale), second).hi()));
        Interval r = chunked(right, c, hi)
                .add(Interval.of(0, n.mul(tail(f, Interval.of(hi).sub(c).div(scale), second)).hi()));
        return new Interval[] {l, r};
    }

    private static Interval tail(FamilyLaw f, Interval z, boolean second) {
        return second ? tailIntegral2(f, z) : tailIntegral(f, z);
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

    /**
     * An upper bound of {@code int_z^inf 2 t S0(t) dt} scaled by {@code s^2} (the right tail
     * of {@code int 2 (x - c) S(x) dx} from {@code c + s z}, z >= 1; by symmetry also the left
     * tail of {@code int 2 (c - x) F(x) dx}). Normal: {@code int_z^inf 2 t Q = z phi + (1 - z^2) Q
     * <= phi (z + 1/z)} (integration by parts, {@code Q <= phi/z}); laplace {@code S0 = e^-t/2}:
     * {@code (z + 1) e^-z}; logistic {@code S0 <= e^-t}: {@code 2 (z + 1) e^-z}.
     */
    private static Interval tailIntegral2(FamilyLaw f, Interval z) {
        Interval s2 = Interval.of(f.param(1)).sqr();
        switch (f.family()) {
            case NORMAL:
                return s2.mul(z.sqr().mul(-0.5).exp()).div(Constants.PI.mul(2).sqrt())
                        .mul(z.add(Interval.ONE.div(z)));
            case LAPLACE:
                return s2.mul(z.add(1)).mul(z.neg().exp());
            case LOGISTIC:
                return s2.mul(z.add(1)).mul(z.neg().exp()).mul(2);
            default:
                throw new IllegalStateException(f.family().toString());
        }
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
