package org.infobound.math.line;

/** Log-space helpers: {@code log(e^a + e^b)} without overflow, {@code -inf} treated as log 0. */
final class LogSum {

    private LogSum() {
    }

    static double of(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        double m = Math.max(a, b);
        return m + Math.log1p(Math.exp(-Math.abs(a - b)));
    }
}
