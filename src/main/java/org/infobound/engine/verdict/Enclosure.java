package org.infobound.engine.verdict;

/**
 * A certified enclosure {@code [lo, hi]} of a real value (extended reals: either end may be
 * infinite) together with the floating-point estimate the search saw.
 *
 * @param lo lower end of the enclosure
 * @param hi upper end of the enclosure
 * @param estimate the floating-point value (NaN when the float route had none)
 */
public record Enclosure(double lo, double hi, double estimate) {

    /** Validates {@code lo <= hi} (no NaN ends). */
    public Enclosure {
        if (Double.isNaN(lo) || Double.isNaN(hi) || lo > hi) {
            throw new IllegalArgumentException("bad enclosure [" + lo + ", " + hi + "]");
        }
    }

    @Override
    public String toString() {
        return "[" + fmt(lo) + ", " + fmt(hi) + "]";
    }

    static String fmt(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return String.format(java.util.Locale.ROOT, "%.14g", x);
    }
}
