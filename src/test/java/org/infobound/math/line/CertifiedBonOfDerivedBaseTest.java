package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Best-of-n of a base that is itself derived (a mixture, a tilt; brief derive7): cdf {@code F^n}
 * ({@link CertifiedLineLaws#cdf}), density {@code n f F^(n-1)} in {@link CertifiedPairQuadrature}'s
 * model, mean and variance by {@link CertifiedLineMean}. References: exact rationals (hand
 * integration of piecewise-linear densities) or mpmath (mp.dps = 40), commands in the comments.
 */
class CertifiedBonOfDerivedBaseTest {

    private static void encloses(String ref, Interval iv, double maxWidth) {
        CertifiedLineLawsTest.encloses(ref, iv, maxWidth);
    }

    /** mix(uniform(0, 1), uniform(0, 2), 1/2): density 3/4 on (0, 1), 1/4 on (1, 2). */
    private static final LineLaw MIX_UU = new MixtureLaw(LineFamily.UNIFORM.of(0, 1), LineFamily.UNIFORM.of(0, 2),
            new BigFraction(1, 2));

    // bon(MIX_UU, 2): F = 3x/4 on [0, 1], 1/2 + x/4 on [1, 2]; density 9x/8, then 1/4 + x/8.
    // E = int_0^1 9x^2/8 + int_1^2 (x/4 + x^2/8) = 3/8 + 3/8 + 7/24 = 25/24;
    // E X^2 = 9/32 + 15/32 + 15/32 = 39/32, Var = 39/32 - 625/576 = 143/576;
    // F^2(1) = 9/16; TV against uniform(0, 2) = 25/144 (sign change of 9x/8 - 1/2 at 4/9)
    @Test
    void bonOfUniformMixtureAgainstExactRationals() {
        MaxLaw b = new MaxLaw(MIX_UU, 2);
        encloses("1.041666666666666666666666666666666666667", CertifiedLineMean.mean(b), 1e-6);
        encloses("0.2482638888888888888888888888888888888889",
                CertifiedLineMean.variance(b, CertifiedLineMean.mean(b)), 1e-6);
        encloses("0.5625", CertifiedLineLaws.cdf(b, Interval.of(1)), 1e-14);
        encloses("0.1736111111111111111111111111111111111111",
                CertifiedPairQuadrature.tv(b, LineFamily.UNIFORM.of(0, 2)), 1e-6);
        // cdf outside the support: exactly 0 and 1
        assertEquals(0.0, CertifiedLineLaws.cdf(b, Interval.of(-1)).hi());
        assertEquals(1.0, CertifiedLineLaws.cdf(b, Interval.of(3)).lo());
    }

    // mpmath: w = mpf(1)/3; F = (1-w) ncdf(x) + w ncdf(x-2); f = (1-w) npdf(x) + w npdf(x-2);
    //   quad(x*3*f(x)*F(x)**2, [-inf,-3,0,2,5,inf]) = 1.857118814952861385163405116817038654734
    // tilt(normal(0,1), 3) = normal(1/3, 1) (kept as a TiltedLaw: 1/3 is not a double):
    //   E bon 2 = 1/3 + 1/sqrt(pi) = mpf(1)/3 + 1/sqrt(pi) = 0.8975229168810896202814127848941059191773
    // mpmath: F = ncdf(x)/2 + (1 - x**-1.5)/2 [x >= 1]; f = npdf(x)/2 + 1.5 x**-2.5/2 [x >= 1];
    //   quad(x*2*f*F, [-inf,-3,0,1,10,100,inf]) = 2.781077708242456236052646859020707377092
    @Test
    void bonOfNormalMixturesTiltsAndHeavyTails() {
        encloses("1.857118814952861385163405116817038654734", CertifiedLineMean.mean(new MaxLaw(
                new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(2, 1), new BigFraction(1, 3)), 3)),
                1e-4);
        LineLaw tilt = TiltedLaw.exact(LineFamily.NORMAL.of(0, 1), 3);
        assertTrue(tilt instanceof TiltedLaw, tilt.describe());
        encloses("0.8975229168810896202814127848941059191773", CertifiedLineMean.mean(new MaxLaw(tilt, 2)), 1e-4);
        encloses("2.781077708242456236052646859020707377092", CertifiedLineMean.mean(new MaxLaw(
                new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.PARETO.of(1, 1.5), new BigFraction(1, 2)), 2)),
                1e-3);
    }

    // pareto(1, 1) has no finite mean; the mixture and its best-of-2 neither: never a finite value
    @Test
    void divergentMeanGetsNoValue() {
        LineLaw heavy = new MaxLaw(
                new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.PARETO.of(1, 1), new BigFraction(1, 2)), 2);
        assertNull(CertifiedLineMean.mean(heavy));
        Interval v = CertifiedLineMean.enclose(heavy, x -> x, x -> x, t -> new double[] {1, 1});
        assertTrue(v == null || v.hi() == Double.POSITIVE_INFINITY, String.valueOf(v));
    }
}
