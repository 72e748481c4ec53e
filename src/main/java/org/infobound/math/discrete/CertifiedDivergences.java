package org.infobound.math.discrete;

import org.infobound.math.CertifiedFGenerator;
import org.infobound.num.Interval;

/**
 * Certified enclosures (org.infobound.num.Interval, outward rounding) of the divergences of
 * {@link Divergences}, for laws given as exact laws or as interval pmfs (for example the
 * certified best-of-n enclosures of engine/eval CertBon). The true laws are assumed to sum to exactly 1
 * (true for the pmfs this package encloses), which allows the non-negative forms:
 * {@code KL = sum q B(p/q)}, {@code B(t) = t log t - t + 1};
 * {@code H2 = sum (sqrt p - sqrt q)^2/2};
 * {@code JS = sum [m B(p/m) + m B(q/m)] / 2}. A mass whose enclosure is {@code [0, x]} (zero not
 * excluded) where the answer depends on it being zero gives a half-infinite or entire enclosure,
 * never a false one. Tests: CertifiedDiscreteTest (mpmath values inside).
 */
public final class CertifiedDivergences {

    private static final Interval UNIT = Interval.of(0, 1);

    private CertifiedDivergences() {
    }

    /**
     * Enclosure of {@code KL(P||Q)}.
     *
     * Requires: p != null && q != null && p.length == q.length.
     * Ensures: result.contains(Divergences.kl(P, Q)) (for the true laws enclosed).
     * Throws only IllegalArgumentException.
     */
    public static Interval kl(Interval[] p, Interval[] q) {
        check(p, q);
        Interval sum = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            Interval a = p[i];
            Interval b = q[i];
            sum = sum.add(singularOr(a, b, () -> b.mul(bregman(a.div(b)))));
        }
        return sum;
    }

    /**
     * Enclosure of {@code chi2(P||Q) = sum (p-q)^2/q}.
     *
     * Requires: p != null && q != null && p.length == q.length.
     * Throws only IllegalArgumentException.
     */
    public static Interval chi2(Interval[] p, Interval[] q) {
        check(p, q);
        Interval sum = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            Interval a = p[i];
            Interval b = q[i];
            sum = sum.add(singularOr(a, b, () -> a.sub(b).sqr().div(b)));
        }
        return sum;
    }

    /**
     * Enclosure of {@code TV = sum |p - q| / 2}, within [0, 1].
     *
     * Requires: p != null && q != null && p.length == q.length.
     * Throws only IllegalArgumentException.
     */
    public static Interval tv(Interval[] p, Interval[] q) {
        check(p, q);
        Interval sum = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            sum = sum.add(p[i].sub(q[i]).abs());
        }
        return sum.mul(0.5).intersect(UNIT);
    }

    /**
     * Enclosure of {@code BC = sum sqrt(p q)}, within [0, 1].
     *
     * Requires: p != null && q != null && p.length == q.length.
     * Throws only IllegalArgumentException.
     */
    public static Interval bc(Interval[] p, Interval[] q) {
        check(p, q);
        Interval sum = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            sum = sum.add(p[i].mul(q[i]).sqrt());
        }
        return sum.intersect(UNIT);
    }

    /**
     * Enclosure of {@code H2 = 1 - BC = sum (sqrt p - sqrt q)^2 / 2}, within [0, 1].
     *
     * Requires: p != null && q != null && p.length == q.length.
     * Throws only IllegalArgumentException.
     */
    public static Interval hellinger2(Interval[] p, Interval[] q) {
        check(p, q);
        Interval sum = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            sum = sum.add(p[i].sqrt().sub(q[i].sqrt()).sqr());
        }
        return sum.mul(0.5).intersect(UNIT);
    }

    /**
     * Enclosure of {@code JS}, within [0, log 2].
     *
     * Requires: p != null && q != null && p.length == q.length.
     * Throws only IllegalArgumentException.
     */
    public static Interval js(Interval[] p, Interval[] q) {
        check(p, q);
        Interval sum = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            Interval m = p[i].add(q[i]).mul(0.5);
            if (m.hi() == 0) {
                continue;
            }
            if (m.lo() == 0) {
                // the term is at most (p + q) log 2 / 2 <= m log 2
                sum = sum.add(Interval.of(0, m.hi()).mul(Interval.of(2).log()));
                continue;
            }
            sum = sum.add(m.mul(bregman(p[i].div(m))).add(m.mul(bregman(q[i].div(m)))));
        }
        return sum.mul(0.5).intersect(Interval.of(0, 1).mul(Interval.of(2).log()));
    }

    /**
     * Enclosure of the Rényi divergence of order alpha in [0, inf] (limits as in
     * {@link Divergences#renyi}).
     *
     * Requires: p != null && q != null && p.length == q.length && alpha >= 0.
     * Throws only IllegalArgumentException.
     */
    public static Interval renyi(Interval[] p, Interval[] q, double alpha) {
        check(p, q);
        if (!(alpha >= 0)) {
            throw new IllegalArgumentException("Rényi order must lie in [0, inf], got " + alpha);
        }
        if (alpha == 1) {
            return kl(p, q);
        }
        return CertifiedRenyi.of(p, q, alpha);
    }

    /**
     * Enclosure of {@code D_f(P||Q)} with the singular-part conventions of
     * {@link org.infobound.math.FGenerator}.
     *
     * Requires: p != null && q != null && f != null && p.length == q.length.
     * Throws only IllegalArgumentException.
     */
    public static Interval fDivergence(Interval[] p, Interval[] q, CertifiedFGenerator f) {
        check(p, q);
        Checks.nonNull(f, "f");
        Interval sum = Interval.ZERO;
        for (int i = 0; i < p.length; i++) {
            Interval term;
            if (q[i].hi() == 0) {
                term = p[i].hi() == 0 ? Interval.ZERO : times(p[i], f.slopeAtInfinityInterval());
            } else if (q[i].lo() > 0) {
                term = q[i].mul(f.value(p[i].div(q[i])));
            } else {
                return Interval.ENTIRE;
            }
            sum = sum.add(term);
        }
        return sum;
    }

    /** {@code B(t) = t log t - t + 1}, which is >= 0 (convexity), so clipped to [0, inf]. */
    static Interval bregman(Interval t) {
        if (t.hi() == Double.POSITIVE_INFINITY) {
            return t.lo() == Double.POSITIVE_INFINITY ? Interval.POSITIVE_INFINITY
                    : Interval.NONNEGATIVE;
        }
        return t.xlogx().sub(t).add(1).intersect(Interval.NONNEGATIVE);
    }

    /** p times a limit that may be +inf, with 0 * inf = 0 for a mass that may be zero. */
    private static Interval times(Interval p, Interval limit) {
        if (limit.hi() == Double.POSITIVE_INFINITY) {
            return p.lo() > 0 ? Interval.of(p.lo() * limit.lo(), Double.POSITIVE_INFINITY)
                    : Interval.of(0, Double.POSITIVE_INFINITY);
        }
        return p.mul(limit);
    }

    /** KL and chi2: +inf where q = 0 < p, [0, inf] where that is not decided, else the term. */
    private static Interval singularOr(Interval p, Interval q,
            java.util.function.Supplier<Interval> term) {
        if (q.hi() == 0) {
            return p.hi() == 0 ? Interval.ZERO
                    : p.lo() > 0 ? Interval.POSITIVE_INFINITY : Interval.NONNEGATIVE;
        }
        if (q.lo() == 0) {
            return Interval.NONNEGATIVE;
        }
        return term.get();
    }

    static void check(Interval[] p, Interval[] q) {
        Checks.nonNull(p, "p");
        Checks.nonNull(q, "q");
        if (p.length != q.length) {
            throw new IllegalArgumentException("laws on different alphabets: " + p.length
                    + " and " + q.length + " outcomes");
        }
        for (int i = 0; i < p.length; i++) {
            if (p[i] == null || q[i] == null || p[i].lo() < 0 || q[i].lo() < 0) {
                throw new IllegalArgumentException("mass " + i
                        + " must be a non-negative interval");
            }
        }
    }
}
