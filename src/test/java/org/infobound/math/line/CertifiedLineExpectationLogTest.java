package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.num.Dual;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * {@link CertifiedLineExpectation#lowerBoundLog}: {@code E exp(h(X))} in log space, where
 * {@code exp(h)} overflows doubles long before the integrand becomes small. References
 * (closed forms, checked with mpmath quad at mp.dps = 40):
 * <pre>
 *   E_{N(0,1)} exp(a r^2) = 1/sqrt(1 - 2a):  a = 1/2 - 2^-12 gives sqrt(2048) = 45.254833995939045...
 *   E_{Exp(1)} exp(a r) = 1/(1 - a):          a = 1 - 2^-10 gives 1024
 * </pre>
 * The value in (lower, +inf] must contain the truth and its lower end must be within 1% of it.
 * Before this change the only route evaluated exp(h) directly on pieces inside the quantiles
 * of p and reached [29.6, inf] for the first (mass out to |r| = 37 only).
 */
class CertifiedLineExpectationLogTest {

    @Test
    void gaussianAgainstNearlyCancellingSquare() {
        Interval a = Interval.of(0.5 - Math.scalb(1.0, -12));
        Interval v = CertifiedLineExpectation.lowerBoundLog(LineFamily.NORMAL.of(0, 1),
                d -> d.mul(d).mul(Dual.constant(a)));
        double truth = 45.254833995939045;
        assertEquals(Double.POSITIVE_INFINITY, v.hi());
        assertTrue(v.lo() <= truth && v.lo() >= 0.99 * truth, v.toString());
    }

    @Test
    void exponentialAgainstNearlyCriticalRate() {
        Interval a = Interval.of(1 - Math.scalb(1.0, -10));
        Interval v = CertifiedLineExpectation.lowerBoundLog(LineFamily.EXPONENTIAL.of(1),
                d -> d.mul(Dual.constant(a)));
        assertEquals(Double.POSITIVE_INFINITY, v.hi());
        assertTrue(v.lo() <= 1024 && v.lo() >= 0.99 * 1024, v.toString());
    }
}
