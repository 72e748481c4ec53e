package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * {@link CertifiedLineMean#tiltMean}: the mean of a tilt whose base has no closed-form cgf, as
 * {@code E_P[X e^(X/beta)] / E_P[e^(X/beta)]}. References (mpmath 1.3, mp.dps = 30):
 * <pre>
 * f = lambda x: x*(1-x)**2*exp(x)                      # beta(2, 3) tilted by 1/beta = 1
 * quad(lambda x: x*f(x), [0, 1]) / quad(f, [0, 1])     # 0.440958571290875618663088468054
 * g = lambda x: 2*npdf(x)*ncdf(x)*exp(x)               # bon(normal(0, 1), 2) tilted by 1
 * quad(lambda x: x*g(x), [-inf, 0, inf]) / quad(g, [-inf, 0, inf])   # 1.28897818137263136866139138146
 * </pre>
 * and by hand: the tilt of U(0, 2) (here the mixture of U(0, 1) and U(1, 2) with weight 1/2) by
 * 1/beta = 1/2 has mean {@code int_0^2 x e^(x/2) / int_0^2 e^(x/2) = 4 / (2 (e - 1))}
 * = 1.16395341373865284877.
 */
class CertifiedTiltMeanTest {

    private static void contains(double truth, Interval v, double relWidth) {
        assertNotNull(v, "no enclosure");
        assertTrue(v.lo() <= truth && truth <= v.hi(), v + " must contain " + truth);
        assertTrue(v.width() <= relWidth * Math.max(1, Math.abs(truth)), v + " wider than " + relWidth);
    }

    @Test
    void tiltsOfBasesWithoutClosedFormCgf() {
        contains(0.440958571290875618663088468054,
                CertifiedLineMean.tiltMean((TiltedLaw) TiltedLaw.of(LineFamily.BETA.of(2, 3), 1)), 1e-5);
        contains(1.28897818137263136866139138146,
                CertifiedLineMean.tiltMean((TiltedLaw) TiltedLaw.of(new MaxLaw(LineFamily.NORMAL.of(0, 1), 2), 1)), 1e-5);
        LineLaw mix = new MixtureLaw(LineFamily.UNIFORM.of(0, 1), LineFamily.UNIFORM.of(1, 2), 0.5);
        contains(4 / (2 * (Math.E - 1)), CertifiedLineMean.tiltMean((TiltedLaw) TiltedLaw.of(mix, 2)), 1e-6);
    }
}
