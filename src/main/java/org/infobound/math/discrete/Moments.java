package org.infobound.math.discrete;

/**
 * Moments and tail quantities of the reward r under a discrete law p (sums run over outcomes
 * with {@code p_i > 0} only). Expectations are taken under p divided by its computed total (which
 * is within 1e-12 of 1), so that E 1 = 1 and psi(0) = 0 exactly. Conventions: nats,
 * {@code 0 log 0 = 0}.
 * Tests: MomentsTest (closed forms, Bernoulli optimal variance proxy, mpmath values).
 */
public final class Moments {

    private Moments() {
    }

    /**
     * {@code E_p r = sum p_i r_i}.
     *
     * Requires: p != null.
     * Throws IllegalArgumentException when p == null.
     */
    public static double mean(DiscreteLaw p) {
        Checks.nonNull(p, "p");
        return expectation(p.p(), p.r());
    }

    /**
     * {@code E_p x = sum_{p_i > 0} p_i x_i} for per-outcome values x (other x_i ignored).
     *
     * Requires: p != null && x != null && x.length == p.size().
     * Throws IllegalArgumentException when p == null || x == null || x.length != p.size().
     */
    public static double E(DiscreteLaw p, double[] x) {
        Checks.nonNull(p, "p");
        Checks.length(x, p.size(), "x");
        return expectation(p.p(), x);
    }

    /**
     * {@code Var_p r = sum p_i (r_i - mean)^2} (two-pass).
     *
     * Requires: p != null.
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when p == null.
     */
    public static double var(DiscreteLaw p) {
        double mean = mean(p);
        double[] pp = p.p();
        double[] r = p.r();
        double[] t = new double[pp.length];
        for (int i = 0; i < pp.length; i++) {
            double d = r[i] - mean;
            t[i] = pp[i] > 0 ? pp[i] * d * d : 0.0;
        }
        return Checks.sum(t) / Checks.sum(pp);
    }

    /**
     * Standard deviation {@code sqrt(var)}.
     *
     * Requires: p != null.
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when p == null.
     */
    public static double sd(DiscreteLaw p) {
        return Math.sqrt(var(p));
    }

    /**
     * The centred cumulant generating function {@code psi(l) = log E exp(l (r - mean))}.
     * Stable: for {@code |l (r - mean)| <= 1} as {@code log1p(E[e^x - 1 - x])}, x = l (r - mean),
     * with the bracket by its Taylor series (the first-order term E x vanishes; its rounding
     * would otherwise cost relative accuracy as l -> 0, where psi(l) ~ l^2 var / 2), otherwise by
     * log-sum-exp. The expectation is taken under the law normalised by
     * its computed total (within 1e-12 of 1), so psi(0) = 0 exactly. Finite for every finite l.
     *
     * Requires: p != null && Double.isFinite(l).
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when p == null || !Double.isFinite(l).
     */
    public static double cgf(DiscreteLaw p, double l) {
        Checks.finite(l, "l");
        return Cgf.of(p.p(), p.r(), mean(p), l);
    }

    /**
     * The optimal sub-gaussian variance proxy {@code sup_{l != 0} 2 psi(l) / l^2} (catalogue 0.3;
     * the value at l -> 0 is the variance, so the result is at least var). One-point reward law:
     * 0. The search is numerical (see {@link #sigma2Right}); e.g. Bernoulli(p):
     * {@code (1-2p) / (2 log((1-p)/p))}, 1/4 at p = 1/2.
     *
     * Requires: p != null.
     * Ensures: result >= var(p).
     * Throws IllegalArgumentException when p == null.
     */
    public static double sigma2(DiscreteLaw p) {
        return Math.max(sigma2Right(p), sigma2Left(p));
    }

    /**
     * Right-tail proxy {@code sup_{l > 0} 2 psi(l) / l^2}. Search: l = tan(theta)^3 / range for
     * theta on a 128-point grid of (0, pi/2) (the ratio tends to var at 0 and to 0 at infinity
     * for a finite law), then Hipparchus BrentOptimizer on the bracket around each of the three
     * best grid points; the result is the best value found, at least var. Not certified: a
     * narrow peak between grid points could be missed (CertifiedDiscrete gives lower bounds).
     *
     * Requires: p != null.
     * Ensures: result >= var(p).
     * Throws IllegalArgumentException when p == null.
     */
    public static double sigma2Right(DiscreteLaw p) {
        Checks.nonNull(p, "p");
        return ProxySearch.sup(p, 1);
    }

    /**
     * Left-tail proxy {@code sup_{l < 0} 2 psi(l) / l^2}; search as in {@link #sigma2Right}.
     *
     * Requires: p != null.
     * Ensures: result >= var(p).
     * Throws IllegalArgumentException when p == null.
     */
    public static double sigma2Left(DiscreteLaw p) {
        Checks.nonNull(p, "p");
        return ProxySearch.sup(p, -1);
    }

    /**
     * Shannon entropy {@code -sum p log p} in nats (0 log 0 = 0).
     *
     * Requires: p != null.
     * Ensures: result >= 0.
     * Throws IllegalArgumentException when p == null.
     */
    public static double entropy(DiscreteLaw p) {
        Checks.nonNull(p, "p");
        double[] pp = p.p();
        double[] t = new double[pp.length];
        for (int i = 0; i < pp.length; i++) {
            t[i] = pp[i] > 0 ? -pp[i] * Math.log(pp[i]) : 0.0;
        }
        return Checks.sum(t);
    }

    /**
     * Collision probability {@code sum p^2 = exp(-H_2)}.
     *
     * Requires: p != null.
     * Ensures: 0 < result && result <= 1.
     * Throws IllegalArgumentException when p == null.
     */
    public static double collision(DiscreteLaw p) {
        Checks.nonNull(p, "p");
        double[] pp = p.p();
        double[] t = new double[pp.length];
        for (int i = 0; i < pp.length; i++) {
            t[i] = pp[i] * pp[i];
        }
        return Checks.sum(t);
    }

    /**
     * The largest outcome probability.
     *
     * Requires: p != null.
     * Ensures: 0 < result && result <= 1.
     * Throws IllegalArgumentException when p == null.
     */
    public static double pmax(DiscreteLaw p) {
        Checks.nonNull(p, "p");
        double m = 0.0;
        for (double v : p.p()) {
            m = Math.max(m, v);
        }
        return m;
    }

    /**
     * The reward CDF {@code F(x) = P(r <= x)}.
     *
     * Requires: p != null && !Double.isNaN(x).
     * Ensures: 0 <= result && result <= 1.
     * Throws IllegalArgumentException when p == null || Double.isNaN(x).
     */
    public static double cdf(DiscreteLaw p, double x) {
        Checks.nonNull(p, "p");
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("x is NaN");
        }
        double[] pp = p.p();
        double[] r = p.r();
        double[] t = new double[pp.length];
        for (int i = 0; i < pp.length; i++) {
            t[i] = r[i] <= x ? pp[i] : 0.0;
        }
        return Math.min(1.0, Checks.sum(t));
    }

    /**
     * The generalised inverse {@code F^{<-}(u) = min { r : F(r) >= u }} for u in (0, 1] (the
     * reward levels of positive mass; a u above the computed total maps to the largest level).
     *
     * Requires: p != null && 0 < u && u <= 1.
     * Throws IllegalArgumentException when p == null || !(0 < u && u <= 1).
     */
    public static double quantile(DiscreteLaw p, double u) {
        Checks.nonNull(p, "p");
        if (!(u > 0 && u <= 1)) {
            throw new IllegalArgumentException("u must lie in (0, 1], got " + u);
        }
        DiscreteLaw levels = p.rewardLaw();
        if (levels.isExact()) {
            return exactQuantile(levels, u);
        }
        double[] lp = levels.p();
        double cumulative = 0.0;
        int last = -1;
        for (int j = 0; j < lp.length; j++) {
            if (lp[j] > 0) {
                cumulative += lp[j];
                last = j;
                if (cumulative >= u) {
                    return levels.r()[j];
                }
            }
        }
        return levels.r()[last];
    }

    /** For exact laws the comparison F(r) >= u is exact (u is the rational value of the double). */
    private static double exactQuantile(DiscreteLaw levels, double u) {
        org.hipparchus.fraction.BigFraction target = new org.hipparchus.fraction.BigFraction(u);
        org.hipparchus.fraction.BigFraction cumulative = org.hipparchus.fraction.BigFraction.ZERO;
        int last = 0;
        for (int j = 0; j < levels.size(); j++) {
            if (levels.exact()[j].signum() > 0) {
                cumulative = cumulative.add(levels.exact()[j]);
                last = j;
                if (cumulative.compareTo(target) >= 0) {
                    return levels.r()[j];
                }
            }
        }
        return levels.r()[last];
    }

    static double expectation(double[] p, double[] x) {
        double[] t = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            t[i] = p[i] > 0 ? p[i] * x[i] : 0.0;
        }
        return Checks.sumSigned(t) / Checks.sum(p);
    }
}
