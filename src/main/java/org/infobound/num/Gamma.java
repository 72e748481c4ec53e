package org.infobound.num;

import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;

/**
 * Certified lgamma, digamma and harmonic numbers from the asymptotic (Stirling) series
 * with an explicit remainder bound, shifted by the recurrences below {@link #SHIFT}.
 *
 * <p>For real x > 0 (DLMF 5.11.1, 5.11.2 and 5.11(ii)):
 * {@code lgamma(x) = (x - 1/2) log x - x + log(2 pi)/2 + sum_{k=1}^{m} B_2k / (2k(2k-1) x^(2k-1)) + R}
 * and {@code psi(x) = log x - 1/(2x) - sum_{k=1}^{m} B_2k / (2k x^2k) + R'}, where each remainder
 * is bounded in magnitude by the first neglected term. Here m = 8 and the remainder is added
 * as the symmetric interval {@code [-|term_9|, |term_9|]}. Recurrences (DLMF 5.5.1, 5.5.2):
 * {@code lgamma(x) = lgamma(x + n) - log(x (x+1) ... (x+n-1))},
 * {@code psi(x) = psi(x + n) - sum_{i<n} 1/(x+i)}; {@code H_n = psi(n) + 1/n + gamma}.
 */
final class Gamma {

    /** The series is evaluated at arguments >= SHIFT (remainder < 2e-17 there). */
    static final double SHIFT = 10.0;

    /** Below this n the harmonic number is summed exactly in rationals. */
    static final long EXACT_HARMONIC = 100;

    /** B_2, B_4, ..., B_18 (DLMF Table 24.2.1). */
    private static final BigFraction[] BERNOULLI = {
        new BigFraction(1, 6), new BigFraction(-1, 30), new BigFraction(1, 42),
        new BigFraction(-1, 30), new BigFraction(5, 66), new BigFraction(-691, 2730),
        new BigFraction(7, 6), new BigFraction(-3617, 510), new BigFraction(43867, 798),
    };
    private static final int TERMS = BERNOULLI.length - 1;

    private static final Interval[] LGAMMA_COEFF = coefficients(true);
    private static final Interval[] DIGAMMA_COEFF = coefficients(false);

    private Gamma() {
    }

    /** c_k = B_2k / (2k (2k-1)) for lgamma, B_2k / (2k) for digamma; k = 1..9. */
    private static Interval[] coefficients(boolean lgamma) {
        Interval[] c = new Interval[BERNOULLI.length];
        for (int i = 0; i < c.length; i++) {
            int twoK = 2 * (i + 1);
            int den = lgamma ? twoK * (twoK - 1) : twoK;
            c[i] = Interval.of(BERNOULLI[i].divide(den));
        }
        return c;
    }

    static Interval lgamma(Interval x) {
        Interval argmin = Constants.LGAMMA_ARGMIN;
        if (x.hi() <= argmin.lo()) {
            return Interval.unchecked(lgammaAt(x.hi()).lo(), lgammaAt(x.lo()).hi());
        }
        if (x.lo() >= argmin.hi()) {
            return Interval.unchecked(lgammaAt(x.lo()).lo(), lgammaAt(x.hi()).hi());
        }
        double hi = Math.max(lgammaAt(x.lo()).hi(), lgammaAt(x.hi()).hi());
        return Interval.unchecked(Constants.LGAMMA_MIN.lo(), hi);
    }

    private static Interval lgammaAt(double a) {
        if (a == 0 || a == Double.POSITIVE_INFINITY) {
            return Interval.POSITIVE_INFINITY;
        }
        Interval y = Interval.of(a);
        if (a >= SHIFT) {
            return stirling(y);
        }
        int n = (int) Math.ceil(SHIFT - a);
        Interval product = y;
        for (int i = 1; i < n; i++) {
            product = product.mul(y.add(i));
        }
        return stirling(y.add(n)).sub(product.log());
    }

    private static Interval stirling(Interval y) {
        Interval t = Interval.ONE.div(y);
        Interval series = horner(LGAMMA_COEFF, t.sqr()).mul(t);
        Interval remainder = symmetric(LGAMMA_COEFF[TERMS].abs().mul(t.pow(2 * TERMS + 1)));
        return y.sub(0.5).mul(y.log()).sub(y).add(Constants.HALF_LOG_2PI).add(series).add(remainder);
    }

    static Interval digamma(Interval x) {
        return Interval.unchecked(digammaAt(x.lo()).lo(), digammaAt(x.hi()).hi());
    }

    private static Interval digammaAt(double a) {
        if (a == 0) {
            return Interval.of(Double.NEGATIVE_INFINITY);
        }
        if (a == Double.POSITIVE_INFINITY) {
            return Interval.POSITIVE_INFINITY;
        }
        Interval y = Interval.of(a);
        if (a >= SHIFT) {
            return digammaSeries(y);
        }
        int n = (int) Math.ceil(SHIFT - a);
        Interval sum = Interval.ZERO;
        for (int i = 0; i < n; i++) {
            sum = sum.add(Interval.ONE.div(y.add(i)));
        }
        return digammaSeries(y.add(n)).sub(sum);
    }

    private static Interval digammaSeries(Interval y) {
        Interval t = Interval.ONE.div(y);
        Interval t2 = t.sqr();
        Interval series = horner(DIGAMMA_COEFF, t2).mul(t2);
        Interval remainder = symmetric(DIGAMMA_COEFF[TERMS].abs().mul(t.pow(2 * TERMS + 2)));
        return y.log().sub(t.mul(0.5)).sub(series).add(remainder);
    }

    static Interval harmonic(long n) {
        if (n <= EXACT_HARMONIC) {
            BigFraction h = BigFraction.ZERO;
            for (long k = 1; k <= n; k++) {
                h = h.add(new BigFraction(BigInteger.ONE, BigInteger.valueOf(k)));
            }
            return Interval.of(h);
        }
        Interval y = Interval.of(new BigFraction(BigInteger.valueOf(n)));
        return digammaSeries(y).add(Interval.ONE.div(y)).add(Constants.EULER_GAMMA);
    }

    /**
     * H_n for any n >= 0. Above 2^1000 (beyond the double range of n) it is
     * {@code log n + gamma + [0, 1/(2n)]}: {@code H_n - log n - gamma} lies in (0, 1/(2n)) for
     * n >= 1 (DLMF 5.11.2 with 5.4.14: psi(n + 1) = log n + 1/(2n) - 1/(12 n^2) + ..., an
     * enveloping series whose partial sums alternate around it).
     */
    static Interval harmonic(BigInteger n) {
        if (n.bitLength() < 63) {
            return harmonic(n.longValue());
        }
        if (n.bitLength() <= 1000) {
            Interval y = Interval.of(new BigFraction(n));
            return digammaSeries(y).add(Interval.ONE.div(y)).add(Constants.EULER_GAMMA);
        }
        Interval tail = Interval.unchecked(0, Math.scalb(1.0, 1 - n.bitLength()));
        return Interval.logOf(new BigFraction(n)).add(Constants.EULER_GAMMA).add(tail);
    }

    /** c_0 + z (c_1 + z (... + z c_{TERMS-1})), the first TERMS coefficients. */
    private static Interval horner(Interval[] c, Interval z) {
        Interval s = c[TERMS - 1];
        for (int i = TERMS - 2; i >= 0; i--) {
            s = c[i].add(z.mul(s));
        }
        return s;
    }

    private static Interval symmetric(Interval magnitude) {
        return Interval.unchecked(-magnitude.hi(), magnitude.hi());
    }
}
