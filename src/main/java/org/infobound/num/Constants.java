package org.infobound.num;

import java.math.BigDecimal;

/**
 * Certified enclosures of mathematical constants. Each is built from a decimal expansion
 * computed with mpmath 1.3 at 60 digits and printed to 45 significant digits: the true value is
 * within one unit of the last printed digit, so the hull of the enclosures of
 * {@code d - 10^-scale} and {@code d + 10^-scale} contains it (exact decimal enclosure, no
 * floating-point rounding involved).
 */
public final class Constants {

    /** pi. */
    public static final Interval PI = around("3.14159265358979323846264338327950288419716940");
    /** log 2 (natural logarithm). */
    public static final Interval LN2 = around("0.693147180559945309417232121458176568075500134");
    /** (1/2) log(2 pi), the constant of Stirling's series. */
    public static final Interval HALF_LOG_2PI =
            around("0.918938533204672741780329736405617639861397474");
    /** Euler's constant gamma = lim (H_n - log n). */
    public static final Interval EULER_GAMMA =
            around("0.577215664901532860606512090082402431042159336");
    /** x0, the positive zero of digamma, where lgamma attains its minimum on (0, inf). */
    public static final Interval LGAMMA_ARGMIN =
            around("1.46163214496836234126265954232572132846819620");
    /** lgamma(x0), the minimum of lgamma on (0, inf). */
    public static final Interval LGAMMA_MIN =
            around("-0.121486290535849608095514557177691582151356173");

    private Constants() {
    }

    private static Interval around(String digits) {
        BigDecimal d = new BigDecimal(digits);
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-d.scale());
        return Decimals.enclose(d.subtract(unit)).hull(Decimals.enclose(d.add(unit)));
    }
}
