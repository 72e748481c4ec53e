package org.infobound.math.discrete;

/** Guard clauses shared by the discrete package; every failure is an IllegalArgumentException. */
final class Checks {

    /** Absolute tolerance on the total mass of a law given in doubles. */
    static final double SUM_TOLERANCE = 1e-12;

    private Checks() {
    }

    static <T> T nonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static void sameAlphabet(DiscreteLaw p, DiscreteLaw q) {
        nonNull(p, "p");
        nonNull(q, "q");
        if (p.size() != q.size()) {
            throw new IllegalArgumentException("laws on different alphabets: p has "
                    + p.size() + " outcomes, q has " + q.size());
        }
    }

    static void positiveN(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, got " + n);
        }
    }

    static void finite(double x, String name) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(name + " must be finite, got " + x);
        }
    }

    static void length(double[] values, int expected, String name) {
        nonNull(values, name);
        if (values.length != expected) {
            throw new IllegalArgumentException(name + " has length " + values.length
                    + ", expected " + expected);
        }
    }

    /** Compensated sum of non-negative terms (relative error of order one ulp). */
    static double sum(double[] values) {
        return sumSigned(values);
    }

    /** Neumaier-compensated sum of terms of either sign (absolute error ~ ulp of the largest). */
    static double sumSigned(double[] values) {
        double s = 0.0;
        double c = 0.0;
        for (double v : values) {
            double t = s + v;
            c += Math.abs(s) >= Math.abs(v) ? (s - t) + v : (v - t) + s;
            s = t;
        }
        return Double.isFinite(s) ? s + c : s;
    }
}
