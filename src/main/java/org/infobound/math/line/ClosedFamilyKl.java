package org.infobound.math.line;

import org.infobound.num.Interval;

/**
 * Certified KL divergences between two laws of the same family in closed form, in interval
 * arithmetic over parameter enclosures (points for double parameters, the enclosures of
 * {@link EnclosedFamilyLaw} otherwise; spec/NUMERICS.md, "Exact law parameters"):
 * <ul>
 * <li>gamma (shape k, scale theta; exponential(r) is gamma(1, 1/r)):
 * {@code (k1 - k2) psi(k1) - lgamma(k1) + lgamma(k2) + k2 (log theta2 - log theta1) + k1 (theta1 - theta2)/theta2};</li>
 * <li>beta: {@code log B(a2, b2) - log B(a1, b1) + (a1 - a2) psi(a1) + (b1 - b2) psi(b1)
 * + (a2 - a1 + b2 - b1) psi(a1 + b1)};</li>
 * <li>normal: {@code log(s2/s1) + (s1^2 + (m1 - m2)^2)/(2 s2^2) - 1/2};</li>
 * <li>pareto (scale xm, shape a): {@code log(a1/a2) + a2 log(xm1/xm2) + a2/a1 - 1} when
 * {@code xm1 >= xm2}, {@code +inf} when {@code xm1 < xm2} (p then has mass on
 * {@code [xm1, xm2)} where q has none). The log-density ratio is
 * {@code log(a1/a2) + a1 log xm1 - a2 log xm2 + (a2 - a1) log x} and {@code E log X = log xm1 + 1/a1}
 * under Pareto(xm1, a1), since {@code log(X/xm1)} is exponential with rate a1. When the two
 * scale enclosures overlap without being equal points, null (the order of the scales is not
 * decided).</li>
 * </ul>
 * (Penny, "KL-divergences of normal, gamma, Dirichlet and Wishart densities", 2001; the beta
 * form follows from {@code E log X = psi(a) - psi(a + b)} under Beta(a, b).) Each is the
 * expectation under the first law of the log-density ratio, so it is exact for every parameter
 * point; interval arithmetic encloses it over the enclosures. Null for other pairs.
 */
public final class ClosedFamilyKl {

    private ClosedFamilyKl() {
    }

    /** KL(p || q) for plain or enclosed family laws, or null when there is no closed form here. */
    public static Interval kl(LineLaw p, LineLaw q) {
        Interval[] a = params(p);
        Interval[] b = params(q);
        LineFamily fa = family(p);
        LineFamily fb = family(q);
        if (a == null || b == null) {
            return null;
        }
        if (fa == LineFamily.EXPONENTIAL) {
            a = new Interval[] {Interval.ONE, Interval.ONE.div(a[0])};
            fa = LineFamily.GAMMA;
        }
        if (fb == LineFamily.EXPONENTIAL) {
            b = new Interval[] {Interval.ONE, Interval.ONE.div(b[0])};
            fb = LineFamily.GAMMA;
        }
        if (fa != fb) {
            return null;
        }
        if (fa == LineFamily.PARETO) {
            return pareto(a, b, sameExactScale(p, q));
        }
        Interval v = switch (fa) {
            case GAMMA -> a[0].sub(b[0]).mul(a[0].digamma()).sub(a[0].lgamma()).add(b[0].lgamma())
                    .add(b[0].mul(b[1].log().sub(a[1].log()))).add(a[0].mul(a[1].sub(b[1])).div(b[1]));
            case BETA -> logBeta(b[0], b[1]).sub(logBeta(a[0], a[1]))
                    .add(a[0].sub(b[0]).mul(a[0].digamma())).add(a[1].sub(b[1]).mul(a[1].digamma()))
                    .add(b[0].sub(a[0]).add(b[1]).sub(a[1]).mul(a[0].add(a[1]).digamma()));
            case NORMAL -> b[1].log().sub(a[1].log())
                    .add(a[1].sqr().add(a[0].sub(b[0]).sqr()).div(b[1].sqr().mul(2))).sub(0.5);
            default -> null;
        };
        if (v == null || Double.isNaN(v.lo()) || Double.isNaN(v.hi()) || v.hi() < 0) {
            return null;
        }
        return v.intersect(Interval.NONNEGATIVE);
    }

    /** KL(Pareto(a[0], a[1]) || Pareto(b[0], b[1])), or null when the scales' order is open. */
    private static Interval pareto(Interval[] a, Interval[] b, boolean sameScale) {
        Interval xm1 = a[0];
        Interval xm2 = b[0];
        if (xm1.hi() < xm2.lo()) {
            return Interval.POSITIVE_INFINITY;
        }
        boolean samePoint = sameScale || xm1.lo() == xm1.hi() && xm1.equals(xm2);
        if (!(samePoint || xm1.lo() >= xm2.hi())) {
            return null;
        }
        Interval a1 = a[1];
        Interval a2 = b[1];
        Interval scale = samePoint ? Interval.ZERO : a2.mul(xm1.log().sub(xm2.log()));
        Interval v = a1.log().sub(a2.log()).add(scale).add(a2.div(a1)).sub(1);
        if (Double.isNaN(v.lo()) || Double.isNaN(v.hi()) || v.hi() < 0) {
            return null;
        }
        return v.intersect(Interval.NONNEGATIVE);
    }

    /** Whether both scales are the same exact rational (enclosures that need not be points). */
    private static boolean sameExactScale(LineLaw p, LineLaw q) {
        org.hipparchus.fraction.BigFraction x = exactScale(p);
        org.hipparchus.fraction.BigFraction y = exactScale(q);
        return x != null && x.equals(y);
    }

    private static org.hipparchus.fraction.BigFraction exactScale(LineLaw l) {
        if (l instanceof EnclosedFamilyLaw e) {
            return e.exactParam(0);
        }
        return l instanceof FamilyLaw f ? f.exactParam(0) : null;
    }

    private static Interval logBeta(Interval a, Interval b) {
        return a.lgamma().add(b.lgamma()).sub(a.add(b).lgamma());
    }

    private static LineFamily family(LineLaw l) {
        return l instanceof FamilyLaw f ? f.family() : l instanceof EnclosedFamilyLaw e ? e.family() : null;
    }

    private static Interval[] params(LineLaw l) {
        if (l instanceof FamilyLaw f) {
            Interval[] out = new Interval[f.family().parameters().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = f.paramInterval(i);
            }
            return out;
        }
        if (l instanceof EnclosedFamilyLaw e) {
            Interval[] out = new Interval[e.family().parameters().size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = e.param(i);
            }
            return out;
        }
        return null;
    }
}
