package org.infobound.math.line;

import org.infobound.num.Constants;
import org.infobound.num.Interval;

/**
 * Certified special functions for the cgfs of tilts ({@link CertifiedTilt}):
 * <ul>
 * <li>trigamma {@code psi'(x)}, x &gt; 0: the recurrence {@code psi'(x) = 1/x^2 + psi'(x + 1)}
 * (DLMF 5.15.5) up to {@code y >= 20}, then {@code psi'(y) = 1/y + 1/(2y^2) + sum_{k=1}^{5}
 * B_2k / y^(2k+1) + R}, an enveloping series for real y &gt; 0 (DLMF 5.15.8 with 5.11; the error
 * has the sign and at most the size of the first omitted term {@code B_12/y^13}, enclosed here as
 * {@code +-|B_12|/y^13}); decreasing, so an interval maps to {@code [psi'(hi), psi'(lo)]};</li>
 * <li>the Langevin function {@code L(y) = coth y - 1/y} and its derivative
 * {@code L'(y) = 1/y^2 - 1/sinh^2 y} (the uniform tilt's {@code K'} and {@code K''}): for
 * {@code |y| <= 1/4} the series {@code L(y) = sum_{n>=1} c_n y^(2n-1)},
 * {@code c_n = 2^(2n) B_2n/(2n)!} (DLMF 4.33.3: {@code coth y - 1/y}), eight terms, the rest
 * after them at most {@code 2.1 |y|^17/pi^18/(1 - y^2/pi^2)} ({@code |c_n| = 2 zeta(2n)/pi^(2n)},
 * DLMF 24.8.4; for {@code L'} at most {@code 2.1*18 |y|^16/pi^18}); above, directly
 * ({@code coth y = 1 + 2/expm1(2y)}, {@code 1/sinh^2 y = 4 e^(-2y)/expm1(-2y)^2}, y &gt; 0; L is
 * odd, L' even).</li>
 * </ul>
 */
final class TiltSpecial {

    private static final double SHIFT = 20.0;
    /** B_2k for k = 1..5 as num/den. */
    private static final double[][] BERNOULLI = {{1, 6}, {-1, 30}, {1, 42}, {-1, 30}, {5, 66}};
    /** |B_12| = 691/2730. */
    private static final Interval B12 = Interval.of(691).div(Interval.of(2730));
    /** c_n = 2^(2n) B_2n/(2n)!, n = 1..8, as num/den (exact doubles). */
    private static final double[][] LANGEVIN = {{1, 3}, {-1, 45}, {2, 945}, {-1, 4725}, {2, 93555},
        {-1382, 638512875}, {4, 18243225}, {-3617, 162820783125.0}};
    private static final double SERIES_MAX = 0.25;

    private TiltSpecial() {
    }

    /** {@code psi'(x)} for every x of the interval (x.lo() &gt; 0). */
    static Interval trigamma(Interval x) {
        if (!(x.lo() > 0)) {
            throw new IllegalArgumentException("trigamma needs x > 0: " + x);
        }
        if (x.hi() == Double.POSITIVE_INFINITY) {
            return Interval.of(0, trigammaAt(x.lo()).hi());
        }
        return Interval.of(trigammaAt(x.hi()).lo(), trigammaAt(x.lo()).hi());
    }

    private static Interval trigammaAt(double a) {
        Interval y = Interval.of(a);
        Interval sum = Interval.ZERO;
        while (y.lo() < SHIFT) {
            sum = sum.add(Interval.ONE.div(y.sqr()));
            y = y.add(1);
        }
        Interval inv = Interval.ONE.div(y);
        Interval inv2 = inv.sqr();
        Interval series = inv.add(inv2.mul(0.5));
        Interval pow = inv.mul(inv2);
        for (double[] b : BERNOULLI) {
            series = series.add(pow.mul(b[0]).div(b[1]));
            pow = pow.mul(inv2);
        }
        Interval rest = B12.mul(pow);
        return sum.add(series).add(Interval.of(-rest.hi(), rest.hi()));
    }

    /** {@code L(y) = coth y - 1/y} ({@code L(0) = 0}), increasing. */
    static Interval langevin(Interval y) {
        return Interval.of(langevinAt(y.lo()).lo(), langevinAt(y.hi()).hi());
    }

    private static Interval langevinAt(double y0) {
        if (y0 < 0) {
            return langevinAt(-y0).neg();
        }
        if (y0 == Double.POSITIVE_INFINITY) {
            return Interval.ONE;
        }
        Interval y = Interval.of(y0);
        if (y0 <= SERIES_MAX) {
            Interval y2 = y.sqr();
            Interval pow = y;
            Interval sum = Interval.ZERO;
            for (double[] c : LANGEVIN) {
                sum = sum.add(pow.mul(c[0]).div(c[1]));
                pow = pow.mul(y2);
            }
            // pow = y^17 now
            Interval q = y2.div(Constants.PI.sqr());
            Interval rest = pow.mul(2.1).div(Constants.PI.pow(18)).div(Interval.ONE.sub(q));
            return sum.add(Interval.of(-rest.hi(), rest.hi()));
        }
        Interval coth = Interval.ONE.add(Interval.of(2).div(y.mul(2).expm1()));
        return coth.sub(Interval.ONE.div(y)).intersect(Interval.of(0, 1));
    }

    /** {@code L'(y) = 1/y^2 - 1/sinh^2 y} ({@code L'(0) = 1/3}) for every y of the interval. */
    static Interval langevinSlope(Interval y) {
        // even, decreasing in |y|
        Interval a = y.abs();
        return Interval.of(langevinSlopeAt(a.hi()).lo(), langevinSlopeAt(a.lo()).hi());
    }

    private static Interval langevinSlopeAt(double y0) {
        if (y0 == Double.POSITIVE_INFINITY) {
            return Interval.ZERO;
        }
        Interval y = Interval.of(y0);
        if (y0 <= SERIES_MAX) {
            Interval y2 = y.sqr();
            Interval pow = Interval.ONE;
            Interval sum = Interval.ZERO;
            for (int n = 1; n <= LANGEVIN.length; n++) {
                double[] c = LANGEVIN[n - 1];
                sum = sum.add(pow.mul(c[0] * (2 * n - 1)).div(c[1]));
                pow = pow.mul(y2);
            }
            // pow = y^16 now
            Interval rest = pow.mul(2.1 * 18).div(Constants.PI.pow(18));
            return sum.add(Interval.of(-rest.hi(), rest.hi()));
        }
        Interval e = y.mul(-2).expm1();
        Interval invSinh2 = y.mul(-2).exp().mul(4).div(e.sqr());
        return Interval.ONE.div(y.sqr()).sub(invSinh2).intersect(Interval.of(0, 0.34));
    }
}
