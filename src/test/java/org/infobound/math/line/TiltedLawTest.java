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
}
