package org.infobound.math.discrete;

/** The centred cumulant generating function, stably (see Moments#cgf). */
final class Cgf {

    private Cgf() {
    }

    static double of(double[] p, double[] r, double mean, double l) {
        double maxAbs = 0.0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                maxAbs = Math.max(maxAbs, Math.abs(l * (r[i] - mean)));
            }
        }
        if (maxAbs <= 1.0) {
            // psi = log(1 + l eps + T) - l eps with eps = E r - mean (the rounding error of the
            // mean) and T = E[e^x - 1 - x]; dropping eps changes psi only at second order
            // (by about l eps T), so psi = log1p(T) keeps full relative accuracy as l -> 0.
            double[] t = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                if (p[i] > 0) {
                    t[i] = p[i] * expm1MinusX(l * (r[i] - mean));
                }
            }
            return Math.max(0.0, Math.log1p(Checks.sumSigned(t) / Checks.sum(p)));
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                max = Math.max(max, l * (r[i] - mean));
            }
        }
        double[] t = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            t[i] = p[i] > 0 ? p[i] * Math.exp(l * (r[i] - mean) - max) : 0.0;
        }
        return Math.max(0.0, max + Math.log(Checks.sum(t) / Checks.sum(p)));
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
