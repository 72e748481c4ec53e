package org.infobound.math.line;

import org.infobound.num.Interval;

/**
 * Certified values of the exponential tilt {@code t = tilt(p, beta)} of a family law p on the
 * line (density {@code p(x) e^{l x - K(l)}}, {@code l = 1/beta}, K the cumulant generating
 * function of p), through the closed-form K of p in interval arithmetic: normal
 * {@code m l + s^2 l^2/2}, exponential {@code -log1p(-l/rate)}, gamma
 * {@code -k log1p(-theta l)}, laplace {@code mu l - log1p(-b^2 l^2)}, gumbel
 * {@code mu l + lgamma(1 - beta_g l)}. Identities used (all exact, from the density ratio
 * {@code dt/dp = e^{l x - K(l)}}): {@code E t = K'(l)}, {@code Var t = K''(l)},
 * {@code KL(t || p) = l K'(l) - K(l)}, {@code KL(p || t) = K(l) - l K'(0)},
 * {@code D_alpha(t || p) = (K(alpha l) - alpha K(l))/(alpha - 1)},
 * {@code D_alpha(p || t) = (K((1 - alpha) l) + (alpha - 1) K(l))/(alpha - 1)} (+inf for
 * alpha &gt; 1 when the cgf argument leaves its domain), {@code chi2 = e^{D_2} - 1},
 * {@code BC = e^{K(l/2) - K(l)/2}}, {@code H2 = 1 - BC}. Normal tilts: {@code cdf} of
 * {@code N(m + s^2 l, s)}; exponential tilts: the exponential law of rate {@code rate - l}.
 * Logistic {@code m l + lgamma(1 - s l) + lgamma(1 + s l)} and uniform
 * {@code (a+b)/2 l + log(sinh(h l)/(h l))} (h = (b-a)/2; {@code K' = (a+b)/2 + h L(h l)},
 * {@code K'' = h^2 L'(h l)}, L the Langevin function of {@link TiltSpecial}); gumbel and
 * logistic K'' through the certified trigamma of {@link TiltSpecial}. cdfs: see {@link #cdf}.
 * Methods return null where there is no certified route (beta, pareto, or a
 * cgf argument that may lie on the boundary of its domain).
 */
public final class CertifiedTilt {

    private CertifiedTilt() {
    }

    /** Whether the tilt's base has a closed-form cgf here. */
    public static boolean supported(LineLaw base) {
        return base instanceof FamilyLaw f && switch (f.family()) {
            case NORMAL, EXPONENTIAL, GAMMA, LAPLACE, GUMBEL, LOGISTIC, UNIFORM -> true;
            default -> false;
        };
    }

    private static Interval lambda(TiltedLaw t) {
        return Interval.ONE.div(Interval.of(t.beta()));
    }

    /**
     * 1 inside the cgf domain, 0 certainly outside, -1 undecided: the families whose cgf this
     * class has in closed form, with the mgf domain of {@link CertifiedLineCgf} (one statement of
     * each family's domain).
     */
    private static int inDomain(FamilyLaw f, Interval l) {
        return switch (f.family()) {
            case NORMAL, EXPONENTIAL, GAMMA, GUMBEL, LAPLACE, LOGISTIC, UNIFORM -> CertifiedLineCgf.domain(f, l);
            default -> -1;
        };
    }

    /** K(l), l inside the domain. */
    private static Interval cgf(FamilyLaw f, Interval l) {
        Interval a = Interval.of(f.param(0));
        Interval b = f.family().parameters().size() > 1 ? Interval.of(f.param(1)) : null;
        switch (f.family()) {
            case NORMAL:
                return a.mul(l).add(b.sqr().mul(l.sqr()).mul(0.5));
            case EXPONENTIAL:
                return l.div(a).neg().log1p().neg();
            case GAMMA:
                return a.mul(b.mul(l).neg().log1p()).neg();
            case LAPLACE:
                return a.mul(l).sub(b.sqr().mul(l.sqr()).neg().log1p());
            case GUMBEL:
                return a.mul(l).add(Interval.ONE.sub(b.mul(l)).lgamma());
            case LOGISTIC: {
                Interval u = b.mul(l);
                return a.mul(l).add(Interval.ONE.sub(u).lgamma()).add(Interval.ONE.add(u).lgamma());
            }
            case UNIFORM: {
                // (a+b)/2 l + log(sinh(h l)/(h l)), h = (b-a)/2; log sinhc is even and increasing in |x|
                Interval h = b.sub(a).mul(0.5);
                Interval x = h.mul(l).abs();
                return a.add(b).mul(0.5).mul(l)
                        .add(CertifiedLineCgf.logSinhc(x.lo()).hull(CertifiedLineCgf.logSinhc(x.hi())));
            }
            default:
                throw new IllegalStateException();
        }
    }

    /** K'(l). */
    private static Interval cgf1(FamilyLaw f, Interval l) {
        Interval a = Interval.of(f.param(0));
        Interval b = f.family().parameters().size() > 1 ? Interval.of(f.param(1)) : null;
        switch (f.family()) {
            case NORMAL:
                return a.add(b.sqr().mul(l));
            case EXPONENTIAL:
                return Interval.ONE.div(a.sub(l));
            case GAMMA:
                return a.mul(b).div(Interval.ONE.sub(b.mul(l)));
            case LAPLACE: {
                Interval b2l = b.sqr().mul(l);
                return a.add(b2l.mul(2).div(Interval.ONE.sub(b2l.mul(l))));
            }
            case GUMBEL:
                return a.sub(b.mul(Interval.ONE.sub(b.mul(l)).digamma()));
            case LOGISTIC: {
                Interval u = b.mul(l);
                return a.add(b.mul(Interval.ONE.add(u).digamma().sub(Interval.ONE.sub(u).digamma())));
            }
            case UNIFORM: {
                Interval h = b.sub(a).mul(0.5);
                return a.add(b).mul(0.5).add(h.mul(TiltSpecial.langevin(h.mul(l))));
            }
            default:
                throw new IllegalStateException();
        }
    }

    /** K''(l) (gumbel and logistic through the certified trigamma of {@link TiltSpecial}). */
    private static Interval cgf2(FamilyLaw f, Interval l) {
        Interval a = Interval.of(f.param(0));
        Interval b = f.family().parameters().size() > 1 ? Interval.of(f.param(1)) : null;
        switch (f.family()) {
            case NORMAL:
                return b.sqr();
            case EXPONENTIAL:
                return Interval.ONE.div(a.sub(l).sqr());
            case GAMMA:
                return a.mul(b.sqr()).div(Interval.ONE.sub(b.mul(l)).sqr());
            case LAPLACE: {
                Interval u = b.sqr().mul(l.sqr());
                return b.sqr().mul(2).mul(u.add(1)).div(Interval.ONE.sub(u).sqr());
            }
            case GUMBEL:
                return b.sqr().mul(TiltSpecial.trigamma(Interval.ONE.sub(b.mul(l))));
            case LOGISTIC: {
                Interval u = b.mul(l);
                return b.sqr().mul(TiltSpecial.trigamma(Interval.ONE.add(u)).add(TiltSpecial.trigamma(Interval.ONE.sub(u))));
            }
            case UNIFORM: {
                Interval h = b.sub(a).mul(0.5);
                return h.sqr().mul(TiltSpecial.langevinSlope(h.mul(l)));
            }
            default:
                return null;
        }
    }

    private static FamilyLaw base(TiltedLaw t) {
        return t.base() instanceof FamilyLaw f && supported(f) ? f : null;
    }

    /** E of the tilt. */
    public static Interval mean(TiltedLaw t) {
        FamilyLaw f = base(t);
        Interval l = lambda(t);
        return f == null || inDomain(f, l) != 1 ? null : cgf1(f, l);
    }

    /** Var of the tilt. */
    public static Interval variance(TiltedLaw t) {
        FamilyLaw f = base(t);
        Interval l = lambda(t);
        return f == null || inDomain(f, l) != 1 ? null : cgf2(f, l);
    }

    /**
     * The centred cgf of the tilt at l, {@code K(l0 + l) - K(l0) - l K'(l0)} (l0 = 1/beta; the
     * tilt's mgf is {@code E e^((l0 + l) X - K(l0))}); +inf when {@code l0 + l} certainly leaves
     * the base's mgf domain; null when undecided or without a closed-form base cgf.
     */
    public static Interval centredCgf(TiltedLaw t, Interval l) {
        FamilyLaw f = base(t);
        Interval l0 = lambda(t);
        if (f == null || inDomain(f, l0) != 1) {
            return null;
        }
        Interval s = l0.add(l);
        int d = inDomain(f, s);
        if (d == 0) {
            return Interval.POSITIVE_INFINITY;
        }
        if (d < 0) {
            return null;
        }
        return cgf(f, s).sub(cgf(f, l0)).sub(l.mul(cgf1(f, l0)));
    }

    /** Whether the tilt has a base with a closed-form cgf whose mgf domain is bounded on the right. */
    public static boolean rightBounded(TiltedLaw t) {
        FamilyLaw f = base(t);
        return f != null && f.family() != LineFamily.NORMAL && f.family() != LineFamily.UNIFORM
                && inDomain(f, lambda(t)) == 1;
    }

    /**
     * cdf of the tilt at x: normal and exponential tilts are families; laplace(mu, b), with
     * {@code z = (x - mu)/b}, {@code u = b l}: {@code (1-u)/2 e^((1+u) z)} for {@code z <= 0},
     * {@code 1 - (1+u)/2 e^(-(1-u) z)} above; gumbel(mu, b): {@code U = e^(-z)} is Exp(1) under
     * the base and Gamma(1 - b l, 1) under the tilt, so {@code F(x) = Q(1 - b l, e^(-z))};
     * logistic(mu, s): {@code V = F_base(X)} is U(0, 1) under the base and Beta(1 + s l, 1 - s l)
     * under the tilt, so {@code F(x) = I_(sigma(z))(1 + s l, 1 - s l)}; uniform(a, b):
     * {@code expm1(l (x - a))/expm1(l (b - a))} (for l &gt; 0 as
     * {@code e^(l (x - b)) expm1(-l (x - a))/expm1(-l (b - a))}, no overflow). These cdfs are
     * nondecreasing in x, so an interval x is enclosed by the values at its ends.
     */
    public static Interval cdf(TiltedLaw t, Interval x) {
        FamilyLaw f = base(t);
        Interval l = lambda(t);
        if (f == null || inDomain(f, l) != 1) {
            return null;
        }
        if (f.family() == LineFamily.NORMAL) {
            // N(m + s^2 l, s): F(x) = erfc((m' - x)/(s sqrt 2))/2
            Interval s = Interval.of(f.param(1));
            Interval m = cgf1(f, l);
            Interval arg = m.sub(x).div(s.mul(Interval.of(2).sqrt()));
            return CertifiedLineLaws.erfc(arg).mul(0.5).intersect(Interval.of(0, 1));
        }
        if (f.family() == LineFamily.EXPONENTIAL) {
            if (x.hi() <= 0) {
                return Interval.ZERO;
            }
            Interval xp = x.max(Interval.ZERO);
            Interval rate = Interval.of(f.param(0)).sub(l);
            return rate.mul(xp).neg().expm1().neg().intersect(Interval.of(0, 1));
        }
        if (f.family() == LineFamily.LAPLACE || f.family() == LineFamily.GUMBEL
                || f.family() == LineFamily.LOGISTIC || f.family() == LineFamily.UNIFORM) {
            Interval lo = cdfAt(f, l, x.lo());
            Interval hi = cdfAt(f, l, x.hi());
            return lo == null || hi == null ? null : Interval.of(lo.lo(), hi.hi()).intersect(Interval.of(0, 1));
        }
        return null;
    }

    private static Interval cdfAt(FamilyLaw f, Interval l, double x0) {
        if (Double.isNaN(x0)) {
            return null;
        }
        if (x0 == Double.NEGATIVE_INFINITY) {
            return Interval.ZERO;
        }
        if (x0 == Double.POSITIVE_INFINITY) {
            return Interval.ONE;
        }
        Interval a = Interval.of(f.param(0));
        Interval b = Interval.of(f.param(1));
        Interval x = Interval.of(x0);
        switch (f.family()) {
            case LAPLACE: {
                Interval z = x.sub(a).div(b);
                Interval u = b.mul(l);
                if (x0 <= f.param(0)) {
                    return Interval.ONE.sub(u).mul(0.5).mul(Interval.ONE.add(u).mul(z).exp());
                }
                return Interval.ONE.sub(Interval.ONE.add(u).mul(0.5).mul(Interval.ONE.sub(u).mul(z).neg().exp()));
            }
            case GUMBEL: {
                Interval shape = Interval.ONE.sub(b.mul(l));
                Interval zz = x.sub(a).div(b).neg().exp();
                if (zz.hi() > 600) {
                    return Interval.of(0, CertifiedIncomplete.gammaQUpper(shape, zz));
                }
                Interval p = CertifiedIncomplete.gammaP(shape, zz);
                return p == null ? null : Interval.ONE.sub(p);
            }
            case LOGISTIC: {
                Interval u = b.mul(l);
                if (x0 > f.param(0)) {
                    // upper tail: 1 - I_(sigma(-z))(1 - s l, 1 + s l), sigma(-z) without cancellation
                    Interval w = Interval.ONE.div(x.sub(a).div(b).exp().add(1)).intersect(Interval.of(0, 1));
                    Interval up = CertifiedIncomplete.betaI(Interval.ONE.sub(u), Interval.ONE.add(u), w);
                    return up == null ? null : Interval.ONE.sub(up);
                }
                Interval v = Interval.ONE.div(x.sub(a).div(b).neg().exp().add(1)).intersect(Interval.of(0, 1));
                return CertifiedIncomplete.betaI(Interval.ONE.add(u), Interval.ONE.sub(u), v);
            }
            case UNIFORM: {
                if (x0 <= f.param(0)) {
                    return Interval.ZERO;
                }
                if (x0 >= f.param(1)) {
                    return Interval.ONE;
                }
                Interval xa = x.sub(a);
                Interval ba = b.sub(a);
                if (l.hi() < 0) {
                    return l.mul(xa).expm1().div(l.mul(ba).expm1());
                }
                if (l.lo() > 0) {
                    return l.mul(x.sub(b)).exp().mul(l.mul(xa).neg().expm1()).div(l.mul(ba).neg().expm1());
                }
                return null;
            }
            default:
                return null;
        }
    }

    /**
     * A divergence between the tilt t and its base p (forward: {@code D(t || p)}), or null.
     * {@code alpha} is renyi's order (a point), ignored otherwise.
     */
    public static Interval divergence(String name, TiltedLaw t, boolean forward, Interval alpha) {
        FamilyLaw f = base(t);
        Interval l = lambda(t);
        if (f == null || inDomain(f, l) != 1) {
            return null;
        }
        Interval k = cgf(f, l);
        switch (name) {
            case "KL":
                if (f.family() == LineFamily.NORMAL) {
                    return Interval.of(f.param(1)).sqr().mul(l.sqr()).mul(0.5);
                }
                return (forward ? l.mul(cgf1(f, l)).sub(k) : k.sub(l.mul(cgf1(f, Interval.ZERO))))
                        .intersect(Interval.NONNEGATIVE);
            case "chi2": {
                Interval d2 = renyi(f, l, k, Interval.of(2), forward);
                return d2 == null ? null : d2.expm1().intersect(Interval.NONNEGATIVE);
            }
            case "renyi": {
                if (alpha == null || !alpha.isPoint() || alpha.lo() <= 0 || alpha.lo() == 1
                        || Double.isInfinite(alpha.lo())) {
                    return null;
                }
                return renyi(f, l, k, alpha, forward);
            }
            case "BC":
            case "H2": {
                Interval half = l.mul(0.5);
                Interval bc = cgf(f, half).sub(k.mul(0.5)).exp().intersect(Interval.of(0, 1));
                return name.equals("BC") ? bc : Interval.ONE.sub(bc).intersect(Interval.of(0, 1));
            }
            default:
                return null;
        }
    }

    private static Interval renyi(FamilyLaw f, Interval l, Interval k, Interval alpha, boolean forward) {
        Interval am1 = alpha.sub(1);
        Interval arg = forward ? alpha.mul(l) : Interval.ONE.sub(alpha).mul(l);
        int in = inDomain(f, arg);
        if (in == 0) {
            return alpha.lo() > 1 ? Interval.POSITIVE_INFINITY : null;
        }
        if (in != 1) {
            return null;
        }
        Interval num = forward ? cgf(f, arg).sub(alpha.mul(k)) : cgf(f, arg).add(am1.mul(k));
        return num.div(am1).intersect(Interval.NONNEGATIVE);
    }
}
