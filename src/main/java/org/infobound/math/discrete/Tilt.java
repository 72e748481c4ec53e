package org.infobound.math.discrete;

/**
 * The exponential tilt {@code p_beta(i) = p(i) exp(r_i / beta) / Z_beta}, the KL-penalised
 * optimum (catalogue M-Def2, Gibbs variational principle). Computed by log-sum-exp (the largest
 * exponent is subtracted), so no overflow for any beta > 0.
 */
public final class Tilt {

    private Tilt() {
    }

    /**
     * The tilted law on the same alphabet (rewards kept); beta = +inf gives p itself.
     *
     * Requires: p != null && beta > 0.
     * Ensures: result.size() == p.size().
     * Throws IllegalArgumentException when p == null || !(beta > 0).
     */
    public static DiscreteLaw tilt(DiscreteLaw p, double beta) {
        Checks.nonNull(p, "p");
        if (!(beta > 0)) {
            throw new IllegalArgumentException("beta must be > 0, got " + beta);
        }
        if (beta == Double.POSITIVE_INFINITY) {
            return p;
        }
        double[] pp = p.p();
        double[] r = p.r();
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < pp.length; i++) {
            if (pp[i] > 0) {
                max = Math.max(max, r[i] / beta);
            }
        }
        double[] out = new double[pp.length];
        for (int i = 0; i < pp.length; i++) {
            out[i] = pp[i] > 0 ? pp[i] * Math.exp(r[i] / beta - max) : 0.0;
        }
        double z = Checks.sum(out);
        for (int i = 0; i < out.length; i++) {
            out[i] /= z;
        }
        return DiscreteLaw.of(out, p.r(), null);
    }

    /** {@code log Z_beta = log E_p exp(r / beta)} (log-sum-exp); beta * log Z is the optimum of
     * the KL-penalised problem. */
    /**
     * Requires: p != null && beta > 0 && Double.isFinite(beta).
     * Throws IllegalArgumentException when p == null || !(beta > 0 && Double.isFinite(beta)).
     */
    public static double logPartition(DiscreteLaw p, double beta) {
        Checks.nonNull(p, "p");
        if (!(beta > 0 && Double.isFinite(beta))) {
            throw new IllegalArgumentException("beta must be finite and > 0, got " + beta);
        }
        double mean = Moments.mean(p);
        return mean / beta + Cgf.of(p.p(), p.r(), mean, 1 / beta);
    }
}
