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
        if (Math.abs(alpha - 1) <= 0.25) {
            Interval near = nearOne(p, q, alpha);
            if (near != null) {
                return near;
            }
        }
        Interval a = Interval.of(alpha);
        Interval b = Interval.ONE.sub(a);
        Interval rest = Interval.ZERO;
        Interval[] exponents = new Interval[p.length];
        double shift = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            if (alpha > 1 && q[i].lo() == 0) {
                if (p[i].hi() == 0) {
                    continue;
                }
                if (q[i].hi() == 0 && p[i].lo() > 0) {
                    return Interval.POSITIVE_INFINITY;
                }
                rest = rest.add(Interval.NONNEGATIVE);
                continue;
            }
            if (p[i].hi() == 0 && q[i].lo() > 0) {
                continue; // 0^alpha q^(1 - alpha) = 0 for alpha > 0
            }
            if (p[i].lo() > 0 && q[i].lo() > 0) {
                // p^a q^(1-a) = exp(a (log p - log q) + log q), summed in log space below: no
                // underflow times overflow at large orders (0.5^500000 * 0.5^-499999)
                Interval lq = q[i].log();
                exponents[i] = a.mul(p[i].log().sub(lq)).add(lq);
                shift = Math.max(shift, exponents[i].hi());
            } else {
                rest = rest.add(p[i].pow(a).mul(q[i].pow(b)));
            }
        }
        Interval logSum;
        if (shift > Double.NEGATIVE_INFINITY && Double.isFinite(shift) && rest.hi() == 0) {
            // log sum exp(e_i) = M + log sum exp(e_i - M), with M the largest upper end
            Interval scaled = Interval.ZERO;
            for (Interval e : exponents) {
                if (e != null) {
                    scaled = scaled.add(e.sub(shift).exp());
                }
            }
            logSum = scaled.log().add(shift);
        } else {
            Interval sum = rest;
            for (Interval e : exponents) {
                if (e != null) {
                    sum = sum.add(e.exp());
                }
            }
            logSum = sum.log();
        }
        return logSum.div(a.sub(1)).intersect(Interval.NONNEGATIVE);
    }

    /**
     * Orders near 1 without cancellation: with {@code e = alpha - 1} (exact in doubles for
     * alpha in [3/4, 5/4], Sterbenz) and {@code L_i = log p_i - log q_i},
     * {@code sum p_i^alpha q_i^(1 - alpha) - 1 = sum p_i expm1(e L_i)} because the p_i sum to 1,
     * so {@code D_alpha = log1p(sum p_i expm1(e L_i)) / e}. Each term keeps its relative
     * accuracy, so at alpha = 1 +- 1e-12 the width is a few ulps of the value (the direct form
     * {@code log(sum) / e} loses |log(sum)| / e ulps: 5% there). Null where an outcome has one
     * mass not certainly positive (the general route handles those).
     */
    private static Interval nearOne(Interval[] p, Interval[] q, double alpha) {
        Interval e = Interval.of(alpha - 1);
        Interval t = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            if (p[i].hi() == 0) {
                continue;
            }
            if (!(p[i].lo() > 0 && q[i].lo() > 0)) {
                return null;
            }
            Interval l = p[i].log().sub(q[i].log());
            t = t.add(p[i].mul(e.mul(l).expm1()));
        }
        if (t.lo() < -1) {
            t = Interval.of(-1, Math.max(-1, t.hi()));
        }
        Interval r = t.log1p().div(e);
        return r.hi() < 0 ? null : r.intersect(Interval.NONNEGATIVE);
    }

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
