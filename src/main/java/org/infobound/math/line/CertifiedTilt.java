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
 * Methods return null where there is no certified route (uniform, logistic, beta, pareto, or a
 * cgf argument that may lie on the boundary of its domain).
 */
public final class CertifiedTilt {

    private CertifiedTilt() {
    }

    /** Whether the tilt's base has a closed-form cgf here. */
    public static boolean supported(LineLaw base) {
        return base instanceof FamilyLaw f && switch (f.family()) {
            case NORMAL, EXPONENTIAL, GAMMA, LAPLACE, GUMBEL -> true;
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
            case NORMAL, EXPONENTIAL, GAMMA, GUMBEL, LAPLACE -> CertifiedLineCgf.domain(f, l);
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
            default:
                throw new IllegalStateException();
        }
    }

    /** K''(l), or null (gumbel: no certified trigamma). */
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
        return f != null && f.family() != LineFamily.NORMAL && inDomain(f, lambda(t)) == 1;
    }

    /** cdf of a normal or exponential tilt at x. */
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
        return null;
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
