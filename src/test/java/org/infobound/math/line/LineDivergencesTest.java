package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Divergences on the line. Reference values: mpmath quad at 40 digits of the defining
 * integrals (not of our closed forms), and the M-C5 table (reference values,
 * spec/CATALOGUE.md).
 */
class LineDivergencesTest {

    private static final double INF = Double.POSITIVE_INFINITY;
    private final FamilyLaw p = LineFamily.NORMAL.of(0.3, 0.8);
    private final FamilyLaw q = LineFamily.NORMAL.of(-0.5, 1.3);

    @Test
    void normalNormalClosedFormsMatchQuadratureReference() {
        // mpmath quad of the defining integrals, 40 digits
        assertEquals(0.36420604063377181372, LineDivergences.kl(p, q).value(), 1e-14);
        assertEquals(0.17833675639370424252, LineDivergences.renyi(p, q, 0.3).value(), 1e-14);
        assertEquals(0.47746976238496885485, LineDivergences.renyi(p, q, 2).value(), 1e-14);
        assertEquals(0.60108874127382850417, LineDivergences.renyi(p, q, 5).value(), 1e-14);
        assertEquals(0.88212658326755980062, LineDivergences.bc(p, q).value(), 1e-14);
        assertEquals(1 - 0.88212658326755980062, LineDivergences.hellinger2(p, q).value(), 1e-14);
        assertEquals(0.79026972054360556971, LineDivergences.renyi(p, q, INF).value(), 1e-13);
        assertEquals(Math.expm1(0.47746976238496885485), LineDivergences.chi2(p, q).value(), 1e-13);
        assertTrue(LineDivergences.kl(p, q).closedForm());
        // the wider law against the narrower: D_inf and high orders are infinite
        assertEquals(INF, LineDivergences.renyi(q, p, INF).value());
        assertEquals(INF, LineDivergences.chi2(q, p).value());
    }

    @Test
    void numericRouteAgreesWithReferenceForNormals() {
        assertEquals(0.36420604063377181372, NumericDivergences.kl(p, q).value(), 1e-12);
        assertEquals(0.47746976238496885485, NumericDivergences.renyi(p, q, 2).value(), 1e-12);
        assertEquals(0.17833675639370424252, NumericDivergences.renyi(p, q, 0.3).value(), 1e-12);
        assertEquals(0.88212658326755980062, NumericDivergences.bc(p, q).value(), 1e-12);
        // mpmath quad split at the two density crossings (-0.48835.., 2.06359..)
        assertEquals(0.3519306833965815483, LineDivergences.tv(p, q).value(), 1e-10);
        assertEquals(0.10449603377257623945, LineDivergences.js(p, q).value(), 1e-12);
        assertEquals(0.79026972054360556971, NumericDivergences.renyi(p, q, INF).value(), 1e-6);
        assertTrue(LineDivergences.js(p, q).approximate());
    }

    @Test
    void exponentialPairs() {
        FamilyLaw a = LineFamily.EXPONENTIAL.of(2);
        FamilyLaw b = LineFamily.EXPONENTIAL.of(0.7);
        assertEquals(0.39982212449867768833, LineDivergences.kl(a, b).value(), 1e-14);
        assertEquals(0.3693274048356174466, LineDivergences.tv(a, b).value(), 1e-14);
        assertEquals(0.63336756303112568494, LineDivergences.renyi(a, b, 3).value(), 1e-14);
        assertEquals(0.39982212449867768833, NumericDivergences.kl(a, b).value(), 1e-12);
        assertEquals(INF, LineDivergences.renyi(b, a, INF).value());
    }

    @Test
    void laplaceAgainstNormalByQuadrature() {
        FamilyLaw lap = LineFamily.LAPLACE.of(0.2, 0.9);
        FamilyLaw nq = LineFamily.NORMAL.of(0, 1.5);
        assertEquals(0.10550586529960700446, LineDivergences.kl(lap, nq).value(), 1e-12);
        assertEquals(0.025606954428874922657, LineDivergences.js(lap, nq).value(), 1e-12);
        assertEquals(0.025902197215130634905, LineDivergences.hellinger2(lap, nq).value(), 1e-12);
        assertEquals(0.052487133687753633975, LineDivergences.renyi(lap, nq, 0.5).value(), 1e-12);
        // mpmath quad split at the four density crossings and the Laplace kink
        assertEquals(0.19238268247117880739, LineDivergences.tv(lap, nq).value(), 1e-11);
        assertTrue(LineDivergences.kl(lap, nq).errorEstimate() < 1e-10);
    }

    @Test
    void betaOneVersusUniformUsesCatalogueClosedForms() {
        FamilyLaw b = LineFamily.BETA.of(10, 1);
        FamilyLaw u = LineFamily.UNIFORM.of(0, 1);
        // catalogue M-C5, n = 10
        assertEquals(1.40259, LineDivergences.kl(b, u).value(), 5e-6);
        assertEquals(6.69741, LineDivergences.kl(u, b).value(), 5e-6);
        assertEquals(4.26316, LineDivergences.chi2(b, u).value(), 5e-6);
        assertEquals(INF, LineDivergences.chi2(u, b).value());
        assertEquals(0.42504, LineDivergences.hellinger2(b, u).value(), 5e-6);
        assertEquals(0.69684, LineDivergences.tv(u, b).value(), 5e-6);
        assertEquals(0.34457, LineDivergences.js(b, u).value(), 5e-6);
        // chi2(U || Beta(n,1)) = inf for n >= 2 also by the numeric route (divergent integral)
        assertTrue(NumericDivergences.chi2(u, LineFamily.BETA.of(2, 1)).value() > 1e3);
    }

    @Test
    void quadratureKlOfBestOfNormalEqualsPitClosedForm() {
        FamilyLaw n01 = LineFamily.NORMAL.of(0, 1);
        for (double n : new double[] {2, 10, 100}) {
            LineValue v = NumericDivergences.kl(new MaxLaw(n01, n), n01);
            assertTrue(v.approximate());
            // M-C4: KL = log n - (n-1)/n for atomless references (independent closed form)
            assertEquals(Math.log(n) - (n - 1) / n, v.value(), 1e-10);
            assertEquals(Math.log(n) - (n - 1) / n, LineDivergences.kl(new MaxLaw(n01, n), n01).value(), 1e-14);
        }
        FamilyLaw lap = LineFamily.LAPLACE.of(1, 2);
        assertEquals(Math.log(8) - 7.0 / 8, NumericDivergences.kl(new MaxLaw(lap, 8), lap).value(), 1e-10);
        // the same through the numeric TV and H2 (M-C5 n = 10)
        assertEquals(0.69684, NumericDivergences.tv(new MaxLaw(n01, 10), n01).value(), 5e-6);
        assertEquals(0.42504, NumericDivergences.hellinger2(new MaxLaw(n01, 10), n01).value(), 5e-6);
    }

    @Test
    void renyiIsNondecreasingInAlpha() {
        FamilyLaw lap = LineFamily.LAPLACE.of(0.2, 0.9);
        FamilyLaw nq = LineFamily.NORMAL.of(0, 1.5);
        double prev = 0;
        for (double a : new double[] {0, 0.1, 0.3, 0.5, 0.8, 1, 1.5, 2, 4}) {
            double d = LineDivergences.renyi(lap, nq, a).value();
            assertTrue(d >= prev - 1e-12, "alpha " + a);
            prev = d;
        }
        prev = 0;
        for (double a : new double[] {0, 0.2, 0.5, 0.9, 1, 1.3, 2, 5, 20, INF}) {
            double d = LineDivergences.renyi(p, q, a).value();
            assertTrue(d >= prev - 1e-15, "alpha " + a);
            prev = d;
        }
    }

    @Test
    void unnestedSupportsGiveInfinity() {
        FamilyLaw u = LineFamily.UNIFORM.of(0, 1);
        FamilyLaw v = LineFamily.UNIFORM.of(0.5, 2);
        assertEquals(INF, LineDivergences.kl(u, v).value());
        assertEquals(INF, NumericDivergences.kl(u, v).value());
        assertEquals(INF, NumericDivergences.kl(LineFamily.NORMAL.of(0, 1), LineFamily.EXPONENTIAL.of(1)).value());
        // D_0 = -log Q(supp P): Q = U(0.5, 2) gives mass 1/3 to [0, 1]
        assertEquals(Math.log(3), LineDivergences.renyi(u, v, 0).value(), 1e-15);
        assertEquals(Math.log(3), NumericDivergences.renyi(u, v, 0).value(), 1e-15);
        // nested: KL = log(|supp Q| / |supp P|); TV = 1 - 1/2 for U(0,1) in U(0,2)
        FamilyLaw w = LineFamily.UNIFORM.of(0, 2);
        assertEquals(Math.log(2), LineDivergences.kl(u, w).value(), 1e-15);
        assertEquals(0.5, LineDivergences.tv(u, w).value(), 1e-15);
        assertEquals(0.5, NumericDivergences.tv(u, w).value(), 1e-12);
    }

    @Test
    void identicalLawsGiveZero() {
        FamilyLaw g = LineFamily.GUMBEL.of(1, 2);
        assertEquals(0, LineDivergences.kl(g, LineFamily.GUMBEL.of(1, 2)).value());
        assertEquals(0, NumericDivergences.kl(g, g).value(), 1e-14);
        assertEquals(0, NumericDivergences.js(g, g).value(), 1e-14);
        assertEquals(1, NumericDivergences.bc(g, g).value(), 1e-13);
    }

    @Test
    void fDivergenceOfBestOfNUsesBetaUniform() {
        var kl = BetaUniformTest.gen("t log t", t -> t * Math.log(t), 0, INF);
        FamilyLaw n01 = LineFamily.NORMAL.of(0, 1);
        assertEquals(BetaUniform.kl(5), LineDivergences.fDivergence(new MaxLaw(n01, 5), n01, kl).value(), 1e-12);
        assertEquals(0.36420604063377181372, LineDivergences.fDivergence(p, q, kl).value(), 1e-12);
        assertFalse(LineDivergences.fDivergence(p, q, kl).closedForm());
    }

    /**
     * Df of N(0, 1) against N(1, 1) where q leaves the double range before the ratio does (far
     * left, p/q = e^(1/2 - x)): closed forms KL = (m1 - m2)^2/2 = 1/2 and chi2 = e^((m1 - m2)^2) - 1
     * = e - 1. Before, the integrand took the slope at infinity of t log t (inf) wherever q
     * underflowed, and Df was +inf.
     */
    @Test
    void fDivergenceWithQBelowTheDoubleRangeUsesTheRatio() {
        FamilyLaw n0 = LineFamily.NORMAL.of(0, 1);
        FamilyLaw n1 = LineFamily.NORMAL.of(1, 1);
        var kl = BetaUniformTest.gen("t log t", t -> t * Math.log(t), 0, INF);
        var chi2 = BetaUniformTest.gen("(t - 1)^2", t -> (t - 1) * (t - 1), 1, INF);
        assertEquals(0.5, LineDivergences.fDivergence(n0, n1, kl).value(), 1e-9);
        assertEquals(Math.E - 1, LineDivergences.fDivergence(n0, n1, chi2).value(), 1e-8);
        // laplace(0, 1) against N(0, 1): the ratio e^(x^2/2 - |x|) overflows far out while p does
        // not; KL is finite, 0.225791352644727 (mpmath quad of p log(p/q)), chi2 diverges
        // (int p^2/q with p^2/q = e^(x^2/2 - 2|x|) sqrt(2 pi)/4)
        FamilyLaw lap = LineFamily.LAPLACE.of(0, 1);
        assertEquals(0.225791352644727, LineDivergences.fDivergence(lap, n0, kl).value(), 1e-6);
        assertEquals(INF, LineDivergences.fDivergence(lap, n0, chi2).value());
    }

    @Test
    void nullAndBadOrderAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> LineDivergences.kl(null, q));
        assertThrows(IllegalArgumentException.class, () -> LineDivergences.renyi(p, q, -0.5));
        assertThrows(IllegalArgumentException.class, () -> LineDivergences.renyi(p, q, Double.NaN));
    }
}
