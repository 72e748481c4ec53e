package org.infobound.math.line;

/**
 * Digamma and trigamma for x &gt; 0 to about 1e-16 relative: recurrence up to x &gt;= 10,
 * then the asymptotic (Bernoulli) series to x^-14 / x^-15 (remainder below 1e-17 there).
 * Written here because Hipparchus 4.0.2's {@code Gamma.digamma} is only ~1e-9 accurate for
 * small arguments (digamma(2.5) is off by 2.8e-9 against mpmath).
 */
final class Special {

    private Special() {
    }

    static double digamma(double x) {
        double acc = 0;
        while (x < 10) {
            acc -= 1 / x;
            x += 1;
        }
        double i2 = 1 / (x * x);
        double series = i2 * (1.0 / 12 - i2 * (1.0 / 120 - i2 * (1.0 / 252 - i2 * (1.0 / 240
                - i2 * (1.0 / 132 - i2 * (691.0 / 32760 - i2 / 12))))));
        return acc + Math.log(x) - 0.5 / x - series;
    }

    static double trigamma(double x) {
        double acc = 0;
        while (x < 10) {
            acc += 1 / (x * x);
            x += 1;
        }
        double i = 1 / x;
        double i2 = i * i;
        double series = i + i2 / 2 + i * i2 * (1.0 / 6 - i2 * (1.0 / 30 - i2 * (1.0 / 42 - i2 * (1.0 / 30
                - i2 * (5.0 / 66 - i2 * (691.0 / 2730 - i2 * 7.0 / 6))))));
        return acc + series;
    }
}
