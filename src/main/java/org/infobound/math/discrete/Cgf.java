package org.infobound.math.discrete;

/** The centred cumulant generating function, stably (see Moments#cgf). */
final class Cgf {

    private Cgf() {
    }

    static double of(double[] p, double[] r, double mean, double l) {
        int k = 0;
        for (double x : p) {
            if (x > 0) {
                k++;
            }
        }
        double[] support = new double[k];
        double[] centred = new double[k];
        for (int i = 0, j = 0; i < p.length; i++) {
            if (p[i] > 0) {
                support[j] = p[i];
                centred[j++] = r[i] - mean;
            }
        }
        return of(support, centred, Checks.sum(p), l, new double[k]);
    }

    /**
     * The same value for a support given once: {@code p} the positive masses, {@code centred}
     * their {@code r - mean}, {@code total} the sum of all masses, {@code scratch} of p's length
     * (repeated evaluation in ProxySearch without re-scanning or allocating).
     */
    static double of(double[] p, double[] centred, double total, double l, double[] t) {
        double maxAbs = 0.0;
        for (int i = 0; i < p.length; i++) {
            maxAbs = Math.max(maxAbs, Math.abs(l * centred[i]));
        }
        if (maxAbs <= 1.0) {
            // psi = log(1 + l eps + T) - l eps with eps = E r - mean (the rounding error of the
            // mean) and T = E[e^x - 1 - x]; dropping eps changes psi only at second order
            // (by about l eps T), so psi = log1p(T) keeps full relative accuracy as l -> 0.
            for (int i = 0; i < p.length; i++) {
                t[i] = p[i] * expm1MinusX(l * centred[i]);
            }
            return Math.max(0.0, Math.log1p(Checks.sumSigned(t) / total));
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            max = Math.max(max, l * centred[i]);
        }
        for (int i = 0; i < p.length; i++) {
            t[i] = p[i] * Math.exp(l * centred[i] - max);
        }
        return Math.max(0.0, max + Math.log(Checks.sum(t) / total));
    }

    /** {@code e^x - 1 - x} for |x| <= 1 by its Taylor series (relative error ~ 1 ulp). */
    static double expm1MinusX(double x) {
        double term = x * x / 2;
        double sum = 0.0;
        for (int j = 3; j < 24 && term != 0; j++) {
            sum += term;
            term *= x / j;
        }
        return sum;
    }
}
