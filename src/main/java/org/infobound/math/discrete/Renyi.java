package org.infobound.math.discrete;

/** The Rényi divergence of every order in [0, inf] (see Divergences#renyi). */
final class Renyi {

    private Renyi() {
    }

    static double of(double[] p, double[] q, double alpha) {
        if (alpha == 1) {
            return Divergences.klArrays(p, q);
        }
        double pOnly = 0.0;
        double qOnly = 0.0;
        double maxRatio = 0.0;
        boolean common = false;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0 && q[i] > 0) {
                common = true;
                maxRatio = Math.max(maxRatio, p[i] / q[i]);
            } else if (p[i] > 0) {
                pOnly += p[i];
            } else {
                qOnly += q[i];
            }
        }
        if (!common) {
            return Double.POSITIVE_INFINITY;
        }
        if (alpha == 0) {
            return Math.max(0.0, -Math.log1p(-qOnly));
        }
        if (alpha > 1 && pOnly > 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (alpha == Double.POSITIVE_INFINITY) {
            return Math.max(0.0, Math.log(maxRatio));
        }
        if (Math.abs(alpha - 1) <= 0.25) {
            // near order 1: S - 1 = sum p expm1((alpha - 1) log(p/q)) - P(q = 0), using that the
            // exact masses sum to 1 (the doubles' own rounding of sum p - 1 would otherwise
            // dominate S - 1 ~ (alpha - 1) KL: 1e-3 relative at alpha = 1 + 1e-12)
            double e = alpha - 1;
            double[] t = new double[p.length + 1];
            for (int i = 0; i < p.length; i++) {
                if (p[i] > 0 && q[i] > 0) {
                    double r = p[i] / q[i];
                    double l = r > 0 && Double.isFinite(r) ? Math.log(r) : Math.log(p[i]) - Math.log(q[i]);
                    t[i] = p[i] * Math.expm1(e * l);
                }
            }
            t[p.length] = -pOnly;
            double s1 = Checks.sumSigned(t);
            if (Double.isFinite(s1) && s1 > -0.5) {
                return Math.max(0.0, Math.log1p(s1) / e);
            }
        }
        // S - 1 = sum_both q psi(t) + alpha sum_both (p - q) + (sum_both q - 1), compensated
        double[] terms = new double[3 * p.length + 1];
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0 && q[i] > 0) {
                terms[3 * i] = q[i] * Terms.renyiPsi(p[i], q[i], alpha);
                terms[3 * i + 1] = alpha * (p[i] - q[i]);
                terms[3 * i + 2] = q[i];
            }
        }
        terms[3 * p.length] = -1.0;
        double sMinus1 = Checks.sumSigned(terms);
        // log1p is accurate while S is near 1; when S is small (S - 1 near -1, e.g. mass 1e-300
        // where P lives) the compensated S - 1 has lost S itself, so sum in log space instead
        double logS = Double.isFinite(sMinus1) && sMinus1 > -0.5 ? Math.log1p(sMinus1) : logSumExp(p, q, alpha);
        return Math.max(0.0, logS / (alpha - 1));
    }

    /** {@code log sum_{p,q>0} q (p/q)^alpha} by log-sum-exp, for orders where t^a overflows. */
    private static double logSumExp(double[] p, double[] q, double alpha) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0 && q[i] > 0) {
                max = Math.max(max, Math.log(q[i]) + alpha * (Math.log(p[i]) - Math.log(q[i])));
            }
        }
        double sum = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0 && q[i] > 0) {
                sum += Math.exp(Math.log(q[i]) + alpha * (Math.log(p[i]) - Math.log(q[i])) - max);
            }
        }
        return max + Math.log(sum);
    }
}
