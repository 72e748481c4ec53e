package org.infobound.math.line;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.infobound.num.Constants;
import org.infobound.num.Interval;

/**
 * {@code KL(p || q) = -h(p) + E_p[-log q(X)]} (issue 14, line slice 2) for any law p on the line
 * with a certified differential entropy, and a family law q (double parameters) whose
 * {@code -log q} is a simple function, so that its expectation comes from p's certified moments:
 * <ul>
 * <li>normal(mu, s): {@code log s + log(2 pi)/2 + (Var p + (E p - mu)^2)/(2 s^2)};</li>
 * <li>exponential(r), p supported in [0, inf): {@code -log r + r E p};</li>
 * <li>gumbel(mu, b), {@code z = (x - mu)/b}: {@code log b + E z + E e^-z} with
 * {@code E z = (E p - mu)/b} and {@code E e^-z = exp(K_c(-1/b) - (E p - mu)/b)}, K_c the centred
 * cgf of p ({@link CertifiedLineCgf}); {@code +inf} when K_c(-1/b) is {@code +inf} (p's left
 * tail too heavy: then {@code E[-log q] = +inf} and KL = +inf since h(p) is finite);</li>
 * <li>uniform(a, b), p supported in [a, b]: {@code log(b - a)}.</li>
 * </ul>
 * The split {@code int p log(p/q) = int p log p - int p log q} holds whenever h(p) is finite
 * (then both parts are well defined, the second possibly +inf). Moments are passed in (the
 * engine's certified routes, including tilts); a missing moment gives null (no value).
 * Accuracy: interval arithmetic in closed forms, width about 1e-14 relative for family laws
 * (CertifiedCrossEntropyTest, mpmath references).
 */
public final class CertifiedCrossEntropy {

    private CertifiedCrossEntropy() {
    }

    /**
     * Requires: p, q, and the moment functions non-null; each function returns an enclosure or
     * null (the centred cgf {@code (law, l) -> log E e^(l (X - E X))}, +inf outside the domain).
     * Ensures: result == null || result contains KL(p || q).
     */
    public static Interval kl(LineLaw p, FamilyLaw q, Function<LineLaw, Interval> entropy,
            Function<LineLaw, Interval> mean, Function<LineLaw, Interval> variance,
            BiFunction<LineLaw, Interval, Interval> centredCgf) {
        Interval h = entropy.apply(p);
        if (h == null || !h.isFinite()) {
            return null;
        }
        Interval ce = crossEntropy(p, q, mean, variance, centredCgf);
        if (ce == null) {
            return null;
        }
        if (ce.lo() == Double.POSITIVE_INFINITY) {
            return Interval.POSITIVE_INFINITY;
        }
        if (!ce.isFinite()) {
            return null;
        }
        return ce.sub(h).intersect(Interval.NONNEGATIVE);
    }

    /** {@code E_p[-log q(X)]}, or null. */
    static Interval crossEntropy(LineLaw p, FamilyLaw q, Function<LineLaw, Interval> mean,
            Function<LineLaw, Interval> variance, BiFunction<LineLaw, Interval, Interval> centredCgf) {
        Interval a = Interval.of(q.param(0));
        Interval b = q.family().parameters().size() > 1 ? Interval.of(q.param(1)) : null;
        switch (q.family()) {
            case NORMAL: {
                Interval m = mean.apply(p);
                Interval v = variance.apply(p);
                if (m == null || v == null || !m.isFinite()) {
                    return null;
                }
                if (v.lo() == Double.POSITIVE_INFINITY) {
                    return Interval.POSITIVE_INFINITY;
                }
                if (!v.isFinite()) {
                    return null;
                }
                Interval second = v.max(Interval.ZERO).add(m.sub(a).sqr());
                return b.log().add(Constants.HALF_LOG_2PI).add(second.div(b.sqr().mul(2)));
            }
            case EXPONENTIAL: {
                if (!(p.supportLower() >= 0) || !exactSupportLower(p)) {
                    return null;
                }
                Interval m = mean.apply(p);
                if (m == null || !m.isFinite()) {
                    return m != null && m.lo() == Double.POSITIVE_INFINITY ? Interval.POSITIVE_INFINITY : null;
                }
                return a.log().neg().add(a.mul(m));
            }
            case GUMBEL: {
                Interval m = mean.apply(p);
                if (m == null || !m.isFinite()) {
                    return null;
                }
                Interval ez = m.sub(a).div(b);
                Interval k = centredCgf.apply(p, Interval.ONE.div(b).neg());
                if (k == null) {
                    return null;
                }
                if (k.lo() == Double.POSITIVE_INFINITY) {
                    return Interval.POSITIVE_INFINITY;
                }
                if (!k.isFinite()) {
                    return null;
                }
                return b.log().add(ez).add(k.sub(ez).exp());
            }
            case UNIFORM: {
                if (!(exactSupportLower(p) && p.supportLower() >= q.param(0)
                        && exactSupportUpper(p) && p.supportUpper() <= q.param(1))) {
                    return null;
                }
                return b.sub(a).log();
            }
            default:
                return null;
        }
    }

    /**
     * Whether p's float support lower end is its exact one: family laws with double parameters
     * (0 for exponential, gamma, beta; a for uniform; xm for pareto; -inf otherwise), and
     * best-of-n, tilts and mixtures of such laws (the same support as their bases).
     */
    private static boolean exactSupportLower(LineLaw p) {
        return supportExact(p);
    }

    private static boolean exactSupportUpper(LineLaw p) {
        return supportExact(p);
    }

    private static boolean supportExact(LineLaw p) {
        if (p instanceof FamilyLaw) {
            return true;
        }
        if (p instanceof MaxLaw m) {
            return supportExact(m.base());
        }
        if (p instanceof TiltedLaw t) {
            return supportExact(t.base());
        }
        if (p instanceof MixtureLaw m) {
            return supportExact(m.first()) && supportExact(m.second());
        }
        return false;
    }
}
