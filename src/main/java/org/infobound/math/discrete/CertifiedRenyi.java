package org.infobound.math.discrete;

import org.infobound.num.Interval;

/** Certified Rényi divergence for orders other than 1 (see CertifiedDivergences#renyi). */
final class CertifiedRenyi {

    private CertifiedRenyi() {
    }

    static Interval of(Interval[] p, Interval[] q, double alpha) {
        if (alpha == 0) {
            return orderZero(p, q);
        }
        if (alpha == Double.POSITIVE_INFINITY) {
            return orderInfinity(p, q);
        }
        Interval a = Interval.of(alpha);
        Interval b = Interval.ONE.sub(a);
        Interval sum = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            if (alpha > 1 && q[i].lo() == 0) {
                if (p[i].hi() == 0) {
                    continue;
                }
                if (q[i].hi() == 0 && p[i].lo() > 0) {
                    return Interval.POSITIVE_INFINITY;
                }
                sum = sum.add(Interval.NONNEGATIVE);
                continue;
            }
            sum = sum.add(p[i].pow(a).mul(q[i].pow(b)));
        }
        return sum.log().div(a.sub(1)).intersect(Interval.NONNEGATIVE);
    }

    /** {@code D_0 = -log Q(supp P)}; an undecided support member widens the sum. */
    private static Interval orderZero(Interval[] p, Interval[] q) {
        Interval lower = Interval.ZERO;
        Interval upper = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            if (p[i].lo() > 0) {
                lower = lower.add(q[i]);
                upper = upper.add(q[i]);
            } else if (p[i].hi() > 0) {
                upper = upper.add(q[i]);
            }
        }
        Interval mass = Interval.of(lower.lo(), Math.min(1.0, upper.hi()));
        return mass.log().neg().intersect(Interval.NONNEGATIVE);
    }

    /** {@code D_inf = log max_{p>0} p/q}. */
    private static Interval orderInfinity(Interval[] p, Interval[] q) {
        double lo = 0.0;
        double hi = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (p[i].hi() == 0) {
                continue;
            }
            if (q[i].hi() == 0) {
                if (p[i].lo() > 0) {
                    return Interval.POSITIVE_INFINITY;
                }
                hi = Double.POSITIVE_INFINITY;
                continue;
            }
            Interval ratio = p[i].div(q[i]);
            if (p[i].lo() > 0) {
                lo = Math.max(lo, ratio.lo());
            }
            hi = Math.max(hi, ratio.hi());
        }
        return Interval.of(lo, hi).log().intersect(Interval.NONNEGATIVE);
    }
}
