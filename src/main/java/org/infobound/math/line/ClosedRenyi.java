package org.infobound.math.line;

import org.infobound.num.Interval;

/**
 * Certified closed-form Renyi divergences {@code D_a(P || Q)} between two normal or two
 * exponential family laws, written without the cancellation of {@code (K(a) - ...)/(a - 1)} near
 * order 1 (spec/NUMERICS.md, "Derived laws on the line"). With {@code L(u) = log1p(u)/u}
 * ({@code L(0) = 1}, positive and decreasing on (-1, inf)):
 * <ul>
 * <li>normal: {@code s_a^2 = a s2^2 + (1-a) s1^2 = s2^2 (1 + u)}, {@code u = (1-a)(s1^2 - s2^2)/s2^2},
 * {@code D = log(s2/s1) + (s1^2 - s2^2)/(2 s2^2) L(u) + a (m1 - m2)^2 / (2 s_a^2)}
 * (Gil, Alajaji, Linder 2013, Table 2, rearranged: {@code log(s2^2/s_a^2)/(2(a-1)) =
 * (s1^2 - s2^2)/(2 s2^2) L(u)}); +inf when {@code s_a^2 <= 0};</li>
 * <li>exponential: {@code a r1 + (1-a) r2 = r1 (1 + u)}, {@code u = (1-a)(r2 - r1)/r1},
 * {@code D = log(r1/r2) + (r2 - r1)/r1 L(u)}; +inf when {@code 1 + u <= 0}.</li>
 * </ul>
 * At a = 1 both are the KL divergences. Orders: a finite interval in [0, inf); null otherwise
 * and for other families.
 */
public final class ClosedRenyi {

    private ClosedRenyi() {
    }

    /** The enclosure for every order in {@code alpha}, or null. */
    public static Interval of(FamilyLaw p, FamilyLaw q, Interval alpha) {
        if (p.family() != q.family() || !(alpha.lo() >= 0) || !(alpha.hi() < Double.POSITIVE_INFINITY)) {
            return null;
        }
        Interval oneMinusA = Interval.ONE.sub(alpha);
        switch (p.family()) {
            case NORMAL: {
                Interval m1 = p.paramInterval(0);
                Interval m2 = q.paramInterval(0);
                Interval v1 = p.paramInterval(1).sqr();
                Interval v2 = q.paramInterval(1).sqr();
                Interval dv = v1.sub(v2);
                Interval u = oneMinusA.mul(dv).div(v2);
                if (u.hi() <= -1) {
                    return Interval.POSITIVE_INFINITY;
                }
                if (u.lo() <= -1) {
                    return null;
                }
                Interval sa2 = v2.mul(u.add(1));
                Interval d = v2.div(v1).log().mul(0.5).add(dv.div(v2.mul(2)).mul(log1pOver(u)))
                        .add(alpha.mul(m1.sub(m2).sqr()).div(sa2.mul(2)));
                return d.intersect(Interval.NONNEGATIVE);
            }
            case EXPONENTIAL: {
                Interval r1 = p.paramInterval(0);
                Interval r2 = q.paramInterval(0);
                Interval dr = r2.sub(r1);
                Interval u = oneMinusA.mul(dr).div(r1);
                if (u.hi() <= -1) {
                    return Interval.POSITIVE_INFINITY;
                }
                if (u.lo() <= -1) {
                    return null;
                }
                Interval d = r1.div(r2).log().add(dr.div(r1).mul(log1pOver(u)));
                return d.intersect(Interval.NONNEGATIVE);
            }
            default:
                return null;
        }
    }

    /** {@code L(u) = log1p(u)/u} on an interval u in (-1, inf), L(0) = 1, L decreasing. */
    static Interval log1pOver(Interval u) {
        if (u.lo() > 0 || u.hi() < 0) {
            return u.log1p().div(u);
        }
        // u contains 0: L is decreasing, so [L(u.hi), L(u.lo)]
        double lo = u.hi() == 0 ? 1 : pointL(u.hi()).lo();
        double hi = u.lo() == 0 ? 1 : pointL(u.lo()).hi();
        return Interval.of(lo, hi);
    }

    private static Interval pointL(double u) {
        Interval x = Interval.of(u);
        return x.log1p().div(x);
    }
}
