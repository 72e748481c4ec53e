package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Certified enclosures contain the mpmath values (50 digits, printed to 40; JS by mpmath quad).
 * Reference values cross-checked with the M-C5 table (spec/CATALOGUE.md).
 */
class CertifiedLineTest {

    private static final double[] N = {2, 4, 10, 100};
    // KL, reverse KL, chi2, H2, BC, TV, JS
    private static final String[][] REF = {
        {"0.1931471805599453094172321214581765680755", "0.3068528194400546905827678785418234319245",
            "0.3333333333333333333333333333333333333333", "0.05719095841793663413220751719353461428689",
            "0.9428090415820633658677924828064653857131", "0.25", "0.05378194608829456130619729064942343438482"},
        {"0.636294361119890618834464242916353136151", "1.613705638880109381165535757083646863849",
            "1.285714285714285714285714285714285714286", "0.2", "0.8", "0.4724703937105774367877039777293356314638",
            "0.1733153509066061015419623848758846948465"},
        {"1.402585092994045684017991454684364207601", "6.697414907005954315982008545315635792399",
            "4.263157894736842105263157894736842105263", "0.4250404254239310305456557191940511756874",
            "0.5749595745760689694543442808059488243126", "0.6968373144130143537540115063832723503929",
            "0.344566570665964882600870682877668943434"},
        {"3.615170185988091368035982909368728415202", "94.3948298140119086319640170906312715848",
            "49.25125628140703517587939698492462311558", "0.801980198019801980198019801980198019802",
            "0.198019801980198019801980198019801980198", "0.9450029720952156889484002097755948111646",
            "0.6050886680803508005134341591532562496756"},
    };

    private static void encloses(Interval enclosure, String reference, double maxWidth) {
        Interval ref = Interval.ofDecimal(reference);
        assertTrue(enclosure.contains(ref), enclosure + " must contain " + reference);
        assertTrue(enclosure.width() <= maxWidth, enclosure + " too wide");
    }

    @Test
    void closedFormEnclosuresContainMpmathValues() {
        for (int i = 0; i < N.length; i++) {
            Interval n = Interval.of(N[i]);
            encloses(CertifiedLine.kl(n), REF[i][0], 1e-13);
            encloses(CertifiedLine.reverseKl(n), REF[i][1], 1e-12);
            encloses(CertifiedLine.chi2(n), REF[i][2], 1e-12);
            encloses(CertifiedLine.h2(n), REF[i][3], 1e-14);
            encloses(CertifiedLine.bc(n), REF[i][4], 1e-14);
            encloses(CertifiedLine.tv(n), REF[i][5], 1e-14);
            encloses(CertifiedLine.renyi(n, Interval.ONE), REF[i][0], 1e-13);
        }
    }

    @Test
    void jsByCertifiedQuadratureContainsMpmathValue() {
        for (int i = 0; i < 3; i++) {
            encloses(CertifiedLine.js(Interval.of(N[i]), 1e-7), REF[i][6], 2e-6);
        }
        assertEquals(Interval.ZERO, CertifiedLine.js(Interval.ONE, 1e-6));
    }

    @Test
    void renyiEnclosuresAtEight() {
        // mpmath; catalogue M-C5: 0.3585, 0.9287, 1.1638, 1.4508, 1.8369
        String[] ref = {"0.3585378854379853371181928075014548417383", "0.9287132518727122184948203403992199782125",
            "1.163769606424931096475906748171016294998", "1.45083288225746179050738815860034606428",
            "1.836859504417449317909723234581362549501"};
        double[] alpha = {0.1, 0.5, 0.9, 2, 10};
        for (int k = 0; k < alpha.length; k++) {
            encloses(CertifiedLine.renyi(Interval.of(8), Interval.of(alpha[k])), ref[k], 1e-12);
        }
        Interval inf = CertifiedLine.renyi(Interval.of(8), Interval.POSITIVE_INFINITY);
        assertTrue(inf.contains(Math.log(8)));
        // a box of orders spans the monotone range
        Interval box = CertifiedLine.renyi(Interval.of(8), Interval.of(0.5, 2));
        assertTrue(box.contains(Interval.ofDecimal(ref[1])) && box.contains(Interval.ofDecimal(ref[3])));
        assertEquals(0.0, CertifiedLine.renyi(Interval.of(8), Interval.ZERO).hi());
    }

    @Test
    void intervalArgumentsGiveSoundBoxes() {
        Interval box = Interval.of(9.5, 10.5);
        Interval kl = CertifiedLine.kl(box);
        for (double n = 9.5; n <= 10.5; n += 0.125) {
            assertTrue(kl.contains(BetaUniform.kl(n)));
            assertTrue(CertifiedLine.tv(box).contains(BetaUniform.tv(n)));
            assertTrue(CertifiedLine.bc(box).contains(BetaUniform.bc(n)));
            assertTrue(CertifiedLine.renyi(box, Interval.of(3)).contains(BetaUniform.renyi(n, 3)));
        }
        assertTrue(CertifiedLine.tv(Interval.of(1, 2)).contains(0.0));
    }

    @Test
    void reverseDirectionEnclosures() {
        encloses(CertifiedLine.reverseRenyi(Interval.of(4), Interval.of(0.3)),
                "0.2299943695816816124672112854522082964902", 1e-12);
        encloses(CertifiedLine.reverseRenyi(Interval.of(1.5), Interval.of(2)),
                "0.2876820724517809274392190059938274315035", 1e-12);
        assertEquals(Interval.POSITIVE_INFINITY, CertifiedLine.reverseChi2(Interval.of(2)));
        assertTrue(CertifiedLine.reverseChi2(Interval.of(1.5)).contains(1.0 / 3));
        assertEquals(Double.POSITIVE_INFINITY, CertifiedLine.reverseRenyi(Interval.of(2), Interval.of(2)).hi());
    }

    @Test
    void normalTiltAndNormalKl() {
        // M-T1: s = 1.3, beta = 1: KL = 0.845, gain = 1.69 = sqrt(2 s^2 KL)
        Interval s = Interval.ofDecimal("1.3");
        Interval kl = CertifiedLine.normalTiltKl(s, Interval.ONE);
        Interval gain = CertifiedLine.normalTiltGain(s, Interval.ONE);
        assertTrue(kl.contains(Interval.ofDecimal("0.845")));
        assertTrue(gain.contains(Interval.ofDecimal("1.69")));
        assertTrue(s.sqr().mul(kl).mul(2).sqrt().contains(Interval.ofDecimal("1.69")));
        Interval nkl = CertifiedLine.normalKl(Interval.ofDecimal("0.3"), Interval.ofDecimal("0.8"),
                Interval.ofDecimal("-0.5"), Interval.ofDecimal("1.3"));
        encloses(nkl, "0.3642060406337718137189508405043983680344", 1e-13);
    }

    @Test
    void badBoxesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> CertifiedLine.kl(Interval.of(0.5, 2)));
        assertThrows(IllegalArgumentException.class, () -> CertifiedLine.renyi(Interval.of(2), Interval.of(-1, 1)));
        assertThrows(IllegalArgumentException.class, () -> CertifiedLine.normalTiltKl(Interval.of(-1, 1), Interval.ONE));
        assertThrows(IllegalArgumentException.class, () -> CertifiedLine.js(Interval.of(2), 0));
    }
}
