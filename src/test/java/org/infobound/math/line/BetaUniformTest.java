package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.math.FGenerator;
import org.junit.jupiter.api.Test;

/**
 * Beta(n,1) vs U(0,1) closed forms. Reference values: mpmath at 50 digits from the closed forms
 * (JS by mpmath quad), cross-checked against the 5-digit M-C5 table in the reference values,
 * spec/CATALOGUE.md.
 */
class BetaUniformTest {

    private static final double[] N = {2, 4, 10, 100, 1000};
    // columns: KL, reverse KL, chi2, H2, BC, TV, JS (mpmath, 50 digits)
    private static final double[][] REF = {
        {0.19314718055994530942, 0.30685281944005469058, 0.33333333333333333333,
            0.057190958417936634132, 0.94280904158206336587, 0.25, 0.053781946088294561306},
        {0.63629436111989061883, 1.6137056388801093812, 1.2857142857142857143, 0.2, 0.8,
            0.47247039371057743679, 0.17331535090660610154},
        {1.402585092994045684, 6.697414907005954316, 4.2631578947368421053,
            0.42504042542393103055, 0.57495957457606896945, 0.69683731441301435375,
            0.3445665706659648826},
        {3.615170185988091368, 94.394829814011908632, 49.251256281407035176,
            0.8019801980198019802, 0.1980198019801980198, 0.94500297209521568895,
            0.60508866808035080051},
        {5.9087552789821370521, 992.09224472101786295, 499.25012506253126563,
            0.93681762916746494841, 0.063182370832535051588, 0.99211607219360468002,
            0.67647493031796220699},
    };

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected);
    }

    @Test
    void closedFormsMatchMpmathTo1e12() {
        for (int i = 0; i < N.length; i++) {
            double n = N[i];
            close(REF[i][0], BetaUniform.kl(n), 1e-13);
            close(REF[i][1], BetaUniform.reverseKl(n), 1e-13);
            close(REF[i][2], BetaUniform.chi2(n), 1e-13);
            close(REF[i][3], BetaUniform.h2(n), 1e-13);
            close(REF[i][4], BetaUniform.bc(n), 1e-13);
            close(REF[i][5], BetaUniform.tv(n), 1e-13);
            LineValue js = BetaUniform.js(n);
            close(REF[i][6], js.value(), 1e-12);
            assertTrue(js.approximate());
            assertTrue(js.errorEstimate() < 1e-11);
        }
    }

    @Test
    void catalogueTableFiveDigits() {
        // M-C5 table, n = 2, 4, 10, 100 (reference values, spec/CATALOGUE.md)
        double[] d12 = {0.11778, 0.44629, 1.10691, 3.23878};
        double[] d2 = {0.28768, 0.82668, 1.66073, 3.91704};
        double[] tv = {0.25000, 0.47247, 0.69684, 0.94500};
        for (int i = 0; i < 4; i++) {
            assertEquals(d12[i], BetaUniform.renyi(N[i], 0.5), 5e-6);
            assertEquals(d2[i], BetaUniform.renyi(N[i], 2), 5e-6);
            assertEquals(tv[i], BetaUniform.tv(N[i]), 5e-6);
            assertEquals(Math.log(N[i]), BetaUniform.renyi(N[i], Double.POSITIVE_INFINITY), 1e-15);
            assertEquals(Double.POSITIVE_INFINITY, BetaUniform.reverseChi2(N[i]));
        }
    }

    @Test
    void renyiAtEightMatchesCatalogueAndIsNondecreasing() {
        double[] alpha = {0, 0.1, 0.5, 0.9, 1, 2, 10, Double.POSITIVE_INFINITY};
        // mpmath 50 digits; catalogue M-C5: 0.3585, 0.9287, 1.1638, 1.2044, 1.4508, 1.8369, 2.0794
        double[] ref = {0, 0.35853788543798533712, 0.92871325187271221849, 1.1637696064249310965,
            1.2044415416798359283, 1.4508328822574617905, 1.8368595044174493179,
            2.0794415416798359283};
        double prev = -1;
        for (int i = 0; i < alpha.length; i++) {
            double d = BetaUniform.renyi(8, alpha[i]);
            assertEquals(ref[i], d, 1e-13 * Math.max(1, ref[i]));
            assertTrue(d >= prev);
            prev = d;
        }
        for (double a = 0; a < 30; a += 0.01) {
            double d = BetaUniform.renyi(8, a);
            assertTrue(d >= prev - 1e-15 || a == 0, "monotone at " + a);
            prev = a == 0 ? 0 : d;
        }
    }

    @Test
    void renyiNearOneIsContinuous() {
        // mpmath: D_1.0001 at n = 10
        assertEquals(1.4026255905642096972, BetaUniform.renyi(10, 1.0001), 1e-13);
        assertEquals(BetaUniform.kl(10), BetaUniform.renyi(10, 1 + 1e-12), 1e-12);
    }

    @Test
    void largeNIsStable() {
        double n = 1e9; // mpmath 50 digits
        close(19.723265837946411156, BetaUniform.kl(n), 1e-14);
        close(999999978.27673416305, BetaUniform.reverseKl(n), 1e-14);
        close(499999999.25000000012, BetaUniform.chi2(n), 1e-14);
        close(0.99993675444685987797, BetaUniform.h2(n), 1e-14);
        close(0.0000632455531401220335, BetaUniform.bc(n), 1e-13);
        close(0.99999997827673437778, BetaUniform.tv(n), 1e-14);
        close(19.336971477826520536, BetaUniform.renyi(n, 0.5), 1e-13);
        // catalogue M-C5, n = 1000: KL 5.90876, TV 0.99212, JS 0.67647
        assertEquals(5.90876, BetaUniform.kl(1000), 5e-6);
        assertEquals(0.99212, BetaUniform.tv(1000), 5e-6);
        assertEquals(0.67647, BetaUniform.js(1000).value(), 5e-6);
        assertTrue(Math.abs(BetaUniform.js(1e9).value() - Math.log(2)) < 1e-3);
    }

    @Test
    void nearOneHasNoCancellation() {
        // mpmath: n = 1.001
        close(4.993340825341658104e-7, BetaUniform.kl(1.001), 1e-12);
        close(4.996669164668331906e-7, BetaUniform.reverseKl(1.001), 1e-12);
        close(0.00036769560868009696648, BetaUniform.tv(1.001), 1e-12);
    }

    @Test
    void nEqualsOneGivesZero() {
        assertEquals(0, BetaUniform.kl(1));
        assertEquals(0, BetaUniform.tv(1));
        assertEquals(0, BetaUniform.h2(1));
        assertEquals(0, BetaUniform.renyi(1, 3));
        assertEquals(0, BetaUniform.js(1).value(), 1e-17);
        assertEquals(0, BetaUniform.reverseRenyi(1, Double.POSITIVE_INFINITY));
    }

    @Test
    void reverseDirection() {
        // mpmath: D_2(U || Beta(1.5,1)) = log(1 + chi2) with chi2 = 1/3 (quad); D_0.3(U || Beta(4,1))
        assertEquals(0.28768207245178092744, BetaUniform.reverseRenyi(1.5, 2), 1e-14);
        assertEquals(1.0 / 3, BetaUniform.reverseChi2(1.5), 1e-15);
        assertEquals(0.22999436958168161247, BetaUniform.reverseRenyi(4, 0.3), 1e-14);
        assertEquals(Double.POSITIVE_INFINITY, BetaUniform.reverseRenyi(2, 2));
        assertEquals(Double.POSITIVE_INFINITY, BetaUniform.reverseRenyi(2, Double.POSITIVE_INFINITY));
        assertEquals(BetaUniform.reverseKl(4), BetaUniform.reverseRenyi(4, 1));
    }

    @Test
    void fDivergenceQuadratureMatchesClosedForms() {
        FGenerator kl = gen("t log t", t -> t * Math.log(t), 0, Double.POSITIVE_INFINITY);
        FGenerator rkl = gen("-log t", t -> -Math.log(t), Double.POSITIVE_INFINITY, 0);
        FGenerator chi2 = gen("(t-1)^2", t -> (t - 1) * (t - 1), 1, Double.POSITIVE_INFINITY);
        for (double n : new double[] {2, 4, 10, 100}) {
            close(BetaUniform.kl(n), BetaUniform.fDivergence(n, kl).value(), 1e-11);
            if (n <= 10) {
                close(BetaUniform.reverseKl(n), BetaUniform.fDivergence(n, rkl).value(), 1e-9);
            }
            close(BetaUniform.chi2(n), BetaUniform.fDivergence(n, chi2).value(), 1e-11);
        }
    }

    @Test
    void badInputIsRejectedWithClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BetaUniform.kl(0.5));
        assertTrue(e.getMessage().contains("n must be"));
        assertThrows(IllegalArgumentException.class, () -> BetaUniform.renyi(2, -1));
        assertThrows(IllegalArgumentException.class, () -> BetaUniform.tv(Double.NaN));
    }

    static FGenerator gen(String name, java.util.function.DoubleUnaryOperator f, double atZero, double slope) {
        return new FGenerator() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public double value(double t) {
                return f.applyAsDouble(t);
            }

            @Override
            public double atZero() {
                return atZero;
            }

            @Override
            public double slopeAtInfinity() {
                return slope;
            }
        };
    }
}
