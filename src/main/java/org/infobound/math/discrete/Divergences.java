package org.infobound.math.discrete;

import org.infobound.math.FGenerator;

/**
 * Divergences between two discrete laws on the same alphabet (same k; rewards are ignored).
 *
 * <p>Conventions (catalogue 0.3): natural logarithms (nats), {@code 0 log 0 = 0}, a divergence
 * that is infinite (e.g. KL without absolute continuity) is {@code Double.POSITIVE_INFINITY}.
 * Numerics: KL is summed as non-negative Bregman terms {@code p log(p/q) - p + q} (series near
 * p = q) plus {@code sum p - sum q}; chi2 as {@code sum (p-q)^2/q}; H2 as
 * {@code sum (sqrt p - sqrt q)^2 / 2}; Rényi through {@code log1p} of a sum of
 * {@code q [t^a - 1 - a(t-1)]} terms. Tests: DivergencesTest (closed forms and mpmath values).
 */
public final class Divergences {

    private Divergences() {
    }

    /**
     * {@code KL(P||Q) = sum_{p_i>0} p_i log(p_i/q_i)}; +inf unless P << Q.
     *
     * Requires: p != null && q != null && p.size() == q.size().
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when p == null || q == null || p.size() != q.size().
     */
    public static double kl(DiscreteLaw p, DiscreteLaw q) {
        Checks.sameAlphabet(p, q);
        return klArrays(p.p(), q.p());
    }

    /**
     * One Bregman term {@code p log(p/q) - p + q >= 0} of KL (their sum is KL for masses that sum
     * to 1), without cancellation for p near q; {@code q} for {@code p = 0}.
     *
     * Requires: p >= 0 && q > 0.
     */
    public static double klTerm(double p, double q) {
        return Terms.bregman(p, q);
    }

    static double klArrays(double[] p, double[] q) {
        double sum = 0.0;
        double[] diff = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            if (q[i] == 0) {
                if (p[i] > 0) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            sum += Terms.bregman(p[i], q[i]);
            diff[i] = p[i] - q[i];
        }
        return Math.max(0.0, sum + Checks.sumSigned(diff));
    }

    /**
     * {@code chi2(P||Q) = sum (p_i - q_i)^2 / q_i}; +inf unless P << Q.
     *
     * Requires: p != null && q != null && p.size() == q.size().
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when p == null || q == null || p.size() != q.size().
     */
    public static double chi2(DiscreteLaw p, DiscreteLaw q) {
        Checks.sameAlphabet(p, q);
        double[] a = p.p();
        double[] b = q.p();
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            if (b[i] == 0) {
                if (a[i] > 0) {
                    return Double.POSITIVE_INFINITY;
                }
                continue;
            }
            double d = a[i] - b[i];
            sum += d * (d / b[i]);
        }
        return sum;
    }

    /**
     * {@code TV(P,Q) = sum |p_i - q_i| / 2}, in [0, 1].
     *
     * Requires: p != null && q != null && p.size() == q.size().
     * Ensures: 0 <= result && result <= 1.
     * Throws IllegalArgumentException when p == null || q == null || p.size() != q.size().
     */
    public static double tv(DiscreteLaw p, DiscreteLaw q) {
        Checks.sameAlphabet(p, q);
        double[] a = p.p();
        double[] b = q.p();
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = Math.abs(a[i] - b[i]);
        }
        return Math.min(1.0, 0.5 * Checks.sum(d));
    }

    /**
     * Bhattacharyya coefficient {@code BC = sum sqrt(p_i q_i)}, in [0, 1].
     *
     * Requires: p != null && q != null && p.size() == q.size().
     * Ensures: 0 <= result && result <= 1.
     * Throws IllegalArgumentException when p == null || q == null || p.size() != q.size().
     */
    public static double bc(DiscreteLaw p, DiscreteLaw q) {
        Checks.sameAlphabet(p, q);
        double[] a = p.p();
        double[] b = q.p();
        double[] t = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            t[i] = Math.sqrt(a[i]) * Math.sqrt(b[i]);
        }
        return Math.min(1.0, Checks.sum(t));
    }

    /**
     * Squared Hellinger distance with the 1/2: {@code H2 = 1 - BC = sum (sqrt p - sqrt q)^2 / 2}
     * (plus {@code 1 - (sum p + sum q)/2}, zero for exactly normalised laws), in [0, 1].
     *
     * Requires: p != null && q != null && p.size() == q.size().
     * Ensures: 0 <= result && result <= 1.
     * Throws IllegalArgumentException when p == null || q == null || p.size() != q.size().
     */
    public static double hellinger2(DiscreteLaw p, DiscreteLaw q) {
        Checks.sameAlphabet(p, q);
        double[] a = p.p();
        double[] b = q.p();
        double[] t = new double[a.length];
        double[] mass = new double[2 * a.length + 1];
        mass[2 * a.length] = 1.0;
        for (int i = 0; i < a.length; i++) {
            double s = Math.sqrt(a[i]) + Math.sqrt(b[i]);
            double d = a[i] - b[i];
            t[i] = s == 0 ? 0.0 : 0.5 * (d / s) * (d / s);
            mass[2 * i] = -0.5 * a[i];
            mass[2 * i + 1] = -0.5 * b[i];
        }
        double correction = Checks.sumSigned(mass);
        return Math.max(0.0, Math.min(1.0, Checks.sum(t) + correction));
    }

    /**
     * Jensen-Shannon {@code JS = KL(P||M)/2 + KL(Q||M)/2}, M = (P+Q)/2, in [0, log 2].
     *
     * Requires: p != null && q != null && p.size() == q.size().
     * Ensures: 0 <= result && result <= Math.log(2).
     * Throws IllegalArgumentException when p == null || q == null || p.size() != q.size().
     */
    public static double js(DiscreteLaw p, DiscreteLaw q) {
        Checks.sameAlphabet(p, q);
        double[] a = p.p();
        double[] b = q.p();
        double[] m = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            m[i] = 0.5 * a[i] + 0.5 * b[i];
        }
        return Math.min(Math.log(2), 0.5 * klArrays(a, m) + 0.5 * klArrays(b, m));
    }

    /**
     * Rényi divergence of order alpha in [0, inf] (catalogue 0.3):
     * {@code D_a = log(sum p^a q^(1-a)) / (a - 1)}, with the limits {@code D_0 = -log Q(supp P)},
     * {@code D_1 = KL}, {@code D_inf = log max_{p_i>0} p_i/q_i}. Infinite when a > 1 (or a = 1,
     * inf) and P is not << Q, and at a = 0 when Q(supp P) = 0 (impossible unless disjoint).
     *
     * Requires: p != null && q != null && p.size() == q.size().
     * Requires: alpha >= 0.
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when p == null || q == null || p.size() != q.size() ||
     *     !(alpha >= 0).
     */
    public static double renyi(DiscreteLaw p, DiscreteLaw q, double alpha) {
        Checks.sameAlphabet(p, q);
        if (!(alpha >= 0)) {
            throw new IllegalArgumentException("Rényi order must lie in [0, inf], got " + alpha);
        }
        return Renyi.of(p.p(), q.p(), alpha);
    }

    /**
     * {@code D_f(P||Q) = sum_{p,q>0} q f(p/q) + P(q=0) f'(inf) + Q(p=0) f(0+)} (the singular-part
     * conventions of {@link FGenerator}; a zero mass never multiplies an infinite limit).
     *
     * Requires: p != null && q != null && f != null && p.size() == q.size().
     * Throws IllegalArgumentException when p == null || q == null || f == null || p.size() !=
     *     q.size().
     */
    public static double fDivergence(DiscreteLaw p, DiscreteLaw q, FGenerator f) {
        Checks.sameAlphabet(p, q);
        Checks.nonNull(f, "f");
        double[] a = p.p();
        double[] b = q.p();
        double sum = 0.0;
        double singular = 0.0;
        double vanishing = 0.0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0 && b[i] > 0) {
                sum += b[i] * f.value(a[i] / b[i]);
            } else if (a[i] > 0) {
                singular += a[i];
            } else if (b[i] > 0) {
                vanishing += b[i];
            }
        }
        if (singular > 0) {
            sum += singular * f.slopeAtInfinity();
        }
        if (vanishing > 0) {
            sum += vanishing * f.atZero();
        }
        return sum;
    }
}
