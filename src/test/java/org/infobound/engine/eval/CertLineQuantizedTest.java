package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.math.line.LineFamily;
import org.infobound.math.line.LineLaw;
import org.infobound.math.line.MaxLaw;
import org.infobound.math.line.MixtureLaw;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * The data-processing bound of {@link CertLine#quantized}: a one-sided enclosure whose sound end
 * lies on the right side of the mpmath value and within a stated distance of it (mp.dps = 45).
 * <pre>
 *   f = lambda x: npdf(x)/2 + npdf(x - 1)/2
 *   KL = quad(lambda x: f(x)*log(f(x)/npdf(x)), [-inf, 0, 1, inf])   = 0.138578517815263820282763187782439756
 *   TV = quad(lambda x: abs(f(x) - npdf(x)), [-inf, 0, 0.5, 1, inf])/2 = 0.191462461274013103637704610608337740
 *   H2 = 1 - quad(lambda x: sqrt(f(x)*npdf(x)), [-inf, 0, 1, inf])   = 0.0304423014448600440151501022800103899
 * </pre>
 */
class CertLineQuantizedTest {

    private static final LineLaw MIX = new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(1, 1), 0.5);
    private static final LineLaw N01 = LineFamily.NORMAL.of(0, 1);

    private static void lowerEnd(double truth, Interval v, double upperEnd, double slack) {
        assertTrue(v.lo() <= truth, v + " must lie below " + truth);
        assertTrue(v.lo() >= truth - slack, v + " lower end not within " + slack + " of " + truth);
        assertEquals(upperEnd, v.hi(), 0.0);
    }

    @Test
    void mixtureAgainstAFamilyLaw() {
        lowerEnd(0.138578517815263820282763187782439756, CertLine.quantized("KL", MIX, N01, null),
                Double.POSITIVE_INFINITY, 1e-3);
        // the dispatch now has a two-sided KL (cross-entropy against a normal q, with the certified
        // mixture entropy): it must contain the same mpmath value
        Interval kl = CertLine.divergence("KL", MIX, N01, null);
        assertTrue(kl.lo() <= 0.138578517815263820282763187782439756
                && 0.138578517815263820282763187782439756 <= kl.hi() && kl.hi() - kl.lo() < 1e-3, kl.toString());
        // the quantized bound itself (the dispatch now takes the two-sided pair quadrature first)
        lowerEnd(0.191462461274013103637704610608337740, CertLine.quantized("TV", MIX, N01, null), 1, 1e-2);
        lowerEnd(0.0304423014448600440151501022800103899, CertLine.quantized("H2", MIX, N01, null), 1, 1e-3);
        Interval bc = CertLine.quantized("BC", MIX, N01, null);
        assertTrue(bc.hi() >= 1 - 0.0304423014448600440151501022800103899 && bc.hi() <= 1 - 0.0304423014448600440151501022800103899 + 1e-3, bc.toString());
        // since the line slice, TV, H2 and BC of this pair are two-sided (CertifiedPairQuadrature)
        twoSided(0.191462461274013103637704610608337740, CertLine.divergence("TV", MIX, N01, null));
        twoSided(0.0304423014448600440151501022800103899, CertLine.divergence("H2", MIX, N01, null));
        twoSided(1 - 0.0304423014448600440151501022800103899, CertLine.divergence("BC", MIX, N01, null));
    }

    private static void twoSided(double truth, Interval v) {
        assertTrue(v.lo() <= truth && truth <= v.hi() && v.width() < 1e-6, v + " must contain " + truth + " within 1e-6");
    }

    // renyi of order 2 of best-of-n against its base is log(n^2/(2n - 1)) (Beta(n, 1) vs U(0, 1));
    // the quantized bound of bon(normal, 10) against normal(0, 1) is never above it:
    // log(100/19) = 1.660731206821650908
    @Test
    void neverAboveTheTruthForBestOfN() {
        LineLaw b = new MaxLaw(N01, 10);
        Interval v = CertLine.quantized("renyi", b, N01, Interval.of(2));
        assertTrue(v.lo() <= 1.660731206821650908 && v.lo() >= 1.660731206821650908 - 0.05, v.toString());
        assertEquals(Double.POSITIVE_INFINITY, v.hi(), 0.0);
        // the exact route is used first when the base is the same law
        Interval exact = CertLine.divergence("renyi", b, N01, Interval.of(2));
        assertTrue(exact.lo() <= 1.660731206821650908 && 1.660731206821650908 <= exact.hi() && exact.width() < 1e-12);
    }

    @Test
    void notForDfOrWithoutACertifiedCdf() {
        assertNull(CertLine.quantized("Df", MIX, N01, null));
        assertNull(CertLine.quantized("renyi", MIX, N01, null));
    }
}
