package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exponential tilts. Reference values: closed forms (catalogue M-T1 tightness) and mpmath. */
class TiltedLawTest {

    @Test
    void gaussianTiltIsTightForTheSqrtKlBound() {
        // catalogue M-T1 tightness: s = 1.3, beta = 1 gives gain 1.69 = bound 1.69
        FamilyLaw p = LineFamily.NORMAL.of(0.4, 1.3);
        LineLaw t = TiltedLaw.of(p, 1.0);
        FamilyLaw tn = assertInstanceOf(FamilyLaw.class, t);
        assertEquals(LineFamily.NORMAL, tn.family());
        assertEquals(0.4 + 1.69, tn.param(0), 1e-15);
        assertEquals(1.3, tn.param(1));
        double gain = t.mean() - p.mean();
        double kl = LineDivergences.kl(t, p).value();
        assertEquals(1.69, gain, 1e-14);
        assertEquals(1.69 / 2, kl, 1e-14); // s^2/(2 beta^2)
        double bound = Math.sqrt(2 * LineMoments.sigma2(p).value() * kl);
        assertEquals(1.69, bound, 1e-14);
    }

    @Test
    void exponentialAndGammaTiltsAreClosedForms() {
        assertEquals(LineFamily.EXPONENTIAL.of(1.5), TiltedLaw.of(LineFamily.EXPONENTIAL.of(2), 2));
        assertEquals(LineFamily.GAMMA.of(3, 4), TiltedLaw.of(LineFamily.GAMMA.of(3, 2), 4));
    }

    @Test
    void divergentTiltsAreRejectedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TiltedLaw.of(LineFamily.PARETO.of(1, 3), 5));
        assertTrue(e.getMessage().contains("E e^{X/beta} = inf"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TiltedLaw.of(LineFamily.EXPONENTIAL.of(1), 1));
        assertThrows(IllegalArgumentException.class, () -> TiltedLaw.of(LineFamily.EXPONENTIAL.of(0.5), 1.5));
        assertThrows(IllegalArgumentException.class, () -> TiltedLaw.of(LineFamily.LAPLACE.of(0, 1), 0.9));
        assertThrows(IllegalArgumentException.class, () -> TiltedLaw.of(LineFamily.NORMAL.of(0, 1), 0));
    }

    @Test
    void numericTiltOfLaplace() {
        // Laplace(0,1), l = 1/2: K(l) = -log(1 - l^2), tilted mean K'(l) = 4/3,
        // KL(tilt || p) = l K'(l) - K(l) = 0.378984594214885739 (mpmath)
        FamilyLaw lap = LineFamily.LAPLACE.of(0, 1);
        LineLaw t = TiltedLaw.of(lap, 2);
        TiltedLaw tl = assertInstanceOf(TiltedLaw.class, t);
        assertEquals(-Math.log(0.75), tl.logPartition().value(), 1e-12);
        assertEquals(4.0 / 3, t.mean(), 1e-11);
        assertEquals(0.37898459421488573923, LineDivergences.kl(t, lap).value(), 1e-11);
        double x = t.quantile(0.3);
        assertEquals(0.3, t.cdf(x), 1e-10);
        assertEquals(0.7, t.survival(x), 1e-10);
    }

    @Test
    void numericTiltOfGumbel() {
        // Gumbel(0,1), l = 1/3: log Z = log Gamma(2/3), mean = -digamma(2/3) (mpmath)
        TiltedLaw t = (TiltedLaw) TiltedLaw.of(LineFamily.GUMBEL.of(0, 1), 3);
        assertEquals(0.30315027514752356868, t.logPartition().value(), 1e-11);
        assertEquals(1.3182344157865884724, t.mean(), 1e-10);
    }

    @Test
    void numericTiltOfBoundedAndDerivedLaws() {
        // U(0,1) tilted by 2 (beta = 1/2): KL = 2 E_t X - log Z, Z = (e^2 - 1)/2 (mpmath quad)
        FamilyLaw u = LineFamily.UNIFORM.of(0, 1);
        assertEquals(0.15159592392813567003, LineDivergences.kl(TiltedLaw.of(u, 0.5), u).value(), 1e-12);
        // mixture cgf: log(0.75 e^{l^2/2} + 0.25 e^{3l + l^2/2}) - 0.75 l at l = 1/2 (mpmath)
        MixtureLaw m = new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(3, 1), 0.25);
        assertEquals(0.3761642169174283811, LineMoments.cgf(m, 0.5).value(), 1e-12);
        // best of 2 N(0,1): E e^{lX} = 2 e^{l^2/2} Phi(l/sqrt 2), mean 1/sqrt(pi) (closed form,
        // evaluated with mpmath); l = 40 puts the tilted mass far beyond the quantile scan
        MaxLaw b2 = new MaxLaw(LineFamily.NORMAL.of(0, 1), 2);
        assertEquals(0.3548495642278032934152918, LineMoments.cgf(b2, 1).value(), 1e-12);
        assertEquals(778.1255638386496938314941, LineMoments.cgf(b2, 40).value(), 1e-9);
    }

    /**
     * The float tilt with a tiny beta (a search hint; it must not be wildly off). References by
     * mpmath, mp.dps = 40, with t = 1/beta:
     * <pre>
     * U(0, 1):     mean 1/(1 - exp(-t)) - 1/t, variance 1/t**2 - exp(t)/(exp(t) - 1)**2
     * Beta(a, b):  mean a/(a+b) * hyp1f1(a+1, a+b+1, t)/hyp1f1(a, a+b, t)
     * t = 2^10: U 0.9990234375 (var 9.5367431640625e-7), Beta(2,3) 0.99707318192948090107737512,
     *           Beta(1/2,1/2) 0.99951147986433272323907667
     * t = 2^40: U 0.99999999999909050529822707 (var 8.2718061255302767487e-25),
     *           Beta(2,3) 0.99999999999727151589468369, Beta(1/2,1/2) 0.99999999999954525264911332
     * t = 2^1000: every mean is 1 - O(2^-1000), 1.0 in doubles
     * </pre>
     * Before fix7: U(0,1) at 2^-10 gave Infinity (a false divergence at the finite end), at 2^-40
     * 0.99994 (the peak missed), at 2^-1000 0; Beta(1/2,1/2) at 2^-10 NaN.
     */
    @Test
    void tiltsWithTinyBetaOnABoundedSupport() {
        LineLaw u = LineFamily.UNIFORM.of(0, 1);
        LineLaw u10 = TiltedLaw.of(u, Math.scalb(1.0, -10));
        assertEquals(0.9990234375, u10.mean(), 2e-16);
        assertEquals(9.5367431640625e-7, u10.variance(), 1e-9 * 9.5367431640625e-7);
        LineLaw u40 = TiltedLaw.of(u, Math.scalb(1.0, -40));
        assertEquals(0.99999999999909050529822707, u40.mean(), 2.3e-16);
        assertEquals(8.2718061255302767487e-25, u40.variance(), 1e-4 * 8.27e-25);
        LineLaw u1000 = TiltedLaw.of(u, Math.scalb(1.0, -1000));
        assertEquals(1.0, u1000.mean());
        assertEquals(0.0, u1000.cdf(Math.nextDown(1.0))); // e^(-2^948) in truth
        assertEquals(1.0, u1000.quantile(0.5));

        LineLaw b23 = LineFamily.BETA.of(2, 3);
        assertEquals(0.99707318192948090107737512, TiltedLaw.of(b23, Math.scalb(1.0, -10)).mean(), 4.5e-16);
        assertEquals(0.99999999999727151589468369, TiltedLaw.of(b23, Math.scalb(1.0, -40)).mean(), 2.3e-16);
        assertEquals(1.0, TiltedLaw.of(b23, Math.scalb(1.0, -1000)).mean());

        LineLaw arcsine = LineFamily.BETA.of(0.5, 0.5);
        // the density's (1 - x)^(-1/2) singularity at the peak: 8e-11 off at 2^-10, and at 2^-40
        // 2.4e-15 off, 0.5% of the distance 4.5e-13 from the end (measured)
        assertEquals(0.99951147986433272323907667, TiltedLaw.of(arcsine, Math.scalb(1.0, -10)).mean(), 2e-10);
        assertEquals(0.99999999999954525264911332, TiltedLaw.of(arcsine, Math.scalb(1.0, -40)).mean(), 4e-15);
        assertEquals(1.0, TiltedLaw.of(arcsine, Math.scalb(1.0, -1000)).mean());
    }

    /**
     * Tilts close to the edge of the mgf's domain and tilts of narrow laws. mpmath (mp.dps = 40),
     * t = 1/beta: laplace(0, s) mean 2 t s^2/(1 - (t s)^2); logistic(0, s) mean
     * s (1/u - pi cot(pi u)), u = t s; gumbel(0, s) mean -s psi(0, 1 - t s).
     * <pre>
     * beta = 1 + 2^-10, s = 1: laplace 1024.4997559785261102977, logistic 1025.9977669330424000326,
     *                         gumbel 1025.5756119943087377533
     * beta = 1 + 2^-40, s = 1: laplace 1099511627776.4999999999998, logistic 1099511627777.9999999999979,
     *                         gumbel 1099511627777.5772156649000
     * beta = 2^-40, s = 2^-50: laplace 1.7347251303396099237823505e-18, logistic 2.8535075327508168967559088e-18,
     *                         gumbel 5.1409826902741498175229326e-16; laplace(1, 2^-50): 1 + 1.73e-18
     * </pre>
     * At 2^-40 from the edge, {@code log f(x) + x/beta} cancels at x ~ 2^40 (an absolute error of
     * ulp(2^40) = 1.2e-4 in the exponent): the float mean is 5e-5 relative off (measured), a hint.
     */
    @Test
    void tiltsNearTheMgfEdgeAndOfNarrowLaws() {
        double b10 = 1 + Math.scalb(1.0, -10);
        assertEquals(1024.4997559785261102977, TiltedLaw.of(LineFamily.LAPLACE.of(0, 1), b10).mean(), 1e-12 * 1024);
        assertEquals(1025.9977669330424000326, TiltedLaw.of(LineFamily.LOGISTIC.of(0, 1), b10).mean(), 1e-12 * 1026);
        assertEquals(1025.5756119943087377533, TiltedLaw.of(LineFamily.GUMBEL.of(0, 1), b10).mean(), 1e-12 * 1026);
        double b40 = 1 + Math.scalb(1.0, -40);
        assertEquals(1099511627776.5, TiltedLaw.of(LineFamily.LAPLACE.of(0, 1), b40).mean(), 1e-4 * 1.1e12);
        assertEquals(1099511627778.0, TiltedLaw.of(LineFamily.LOGISTIC.of(0, 1), b40).mean(), 1e-4 * 1.1e12);
        assertEquals(1099511627777.5772, TiltedLaw.of(LineFamily.GUMBEL.of(0, 1), b40).mean(), 1e-4 * 1.1e12);
        double tiny = Math.scalb(1.0, -40);
        double s = Math.scalb(1.0, -50);
        assertEquals(1.7347251303396099237823505e-18, TiltedLaw.of(LineFamily.LAPLACE.of(0, s), tiny).mean(), 1e-11 * 1.7e-18);
        assertEquals(2.8535075327508168967559088e-18, TiltedLaw.of(LineFamily.LOGISTIC.of(0, s), tiny).mean(), 1e-11 * 2.9e-18);
        assertEquals(5.1409826902741498175229326e-16, TiltedLaw.of(LineFamily.GUMBEL.of(0, s), tiny).mean(), 1e-11 * 5.1e-16);
        // a law 3 ulps wide at 1: the tilt is the atom at 1 in doubles (was 1.0104)
        assertEquals(1.0, TiltedLaw.of(LineFamily.LAPLACE.of(1, s), tiny).mean());
    }
}
