package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.infobound.math.discrete.BestOfN;
import org.infobound.math.discrete.CertifiedDiscrete;
import org.infobound.math.discrete.CertifiedDivergences;
import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.TestLaws;
import org.infobound.math.discrete.Divergences;
import org.infobound.math.discrete.Ties;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * The one certified best-of-n (CertBon): exact fractions from the catalogue, mpmath values (50
 * digits) inside its enclosures on every route (exact rational pmf, interval form with exact F
 * and m, interval inputs, n above 2^53), and the float search route (BestOfN) inside them.
 * Moved here from math.discrete CertifiedDiscreteTest when its copy of best-of-n was removed.
 */
class CertBonTest {

    private static BigFraction q(long a, long b) {
        return new BigFraction(a, b);
    }

    /** The decimal value lies in x (exact BigDecimal comparison) and x is at most rel wide. */
    private static void encloses(String value, Interval x, double rel) {
        BigDecimal v = new BigDecimal(value);
        assertTrue(new BigDecimal(x.lo()).compareTo(v) <= 0 && v.compareTo(new BigDecimal(x.hi())) <= 0,
                () -> x + " does not contain " + value);
        assertTrue(x.width() <= rel * Math.abs(v.doubleValue()), () -> x + " wider than " + rel);
    }

    /** The law as the engine's certified route sees it: each double exact, divided by the exact sum. */
    private static CertLaw exact(DiscreteLaw p) {
        BigFraction[] e = new BigFraction[p.size()];
        BigFraction total = BigFraction.ZERO;
        for (int i = 0; i < e.length; i++) {
            e[i] = p.isExact() ? p.exactProbabilities()[i] : new BigFraction(p.probability(i));
            total = total.add(e[i]);
        }
        double[] r = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = e[i].divide(total);
            r[i] = p.reward(i);
        }
        return CertLaw.exact(e, r);
    }

    private static CertLaw law(BigFraction[] p, double... r) {
        return CertLaw.exact(p, r);
    }

    private static BigFraction[] exactPmf(CertLaw b) {
        BigFraction[] out = new BigFraction[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.exactProb(i);
        }
        return out;
    }

    private static Interval[] pmf(CertLaw b) {
        Interval[] out = new Interval[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.prob(i);
        }
        return out;
    }

    private static Interval klBon(CertLaw p, long n, Ties t) {
        return CertDivergences.kl(CertBon.bon(p, n, p.rewards(), t), p);
    }

    @Test
    void exactBestOfNMatchesCatalogue() {
        CertLaw bin = law(new BigFraction[] {q(1, 2), q(1, 2)}, 0, 1);
        assertArrayEquals(new BigFraction[] {q(1, 4), q(3, 4)}, exactPmf(CertBon.bon(bin, 2, bin.rewards(), Ties.UNIFORM)));
        CertLaw three = law(new BigFraction[] {q(1, 5), q(1, 2), q(3, 10)}, 1, 2, 3);
        assertArrayEquals(new BigFraction[] {q(1, 25), q(9, 20), q(51, 100)},
                exactPmf(CertBon.bon(three, 2, three.rewards(), Ties.UNIFORM)));
        CertLaw tied = law(new BigFraction[] {q(1, 2), q(1, 2)}, 1, 1);
        assertArrayEquals(new BigFraction[] {q(1, 2), q(1, 2)}, exactPmf(CertBon.bon(tied, 2, tied.rewards(), Ties.UNIFORM)));
        assertArrayEquals(new BigFraction[] {q(1, 4), q(3, 4)}, exactPmf(CertBon.bon(tied, 2, tied.rewards(), Ties.INDEX)));
        // selection by a proxy g that reverses the order (catalogue M-Def9): the last outcome wins least
        assertArrayEquals(new BigFraction[] {q(51, 100), q(9, 20), q(1, 25)},
                exactPmf(CertBon.bon(law(new BigFraction[] {q(3, 10), q(1, 2), q(1, 5)}, 1, 2, 3), 2,
                        new double[] {3, 2, 1}, Ties.UNIFORM)));
    }

    @Test
    void bestOfNKlEnclosuresContainReferenceValues() {
        CertLaw bin = law(new BigFraction[] {q(1, 2), q(1, 2)}, 0, 1);
        encloses("0.1308120359411369591292018", klBon(bin, 2, Ties.UNIFORM), 1e-13);
        encloses("0.6854020796172440613955352", klBon(bin, 10, Ties.UNIFORM), 1e-13);
        CertLaw three = law(new BigFraction[] {q(1, 5), q(1, 2), q(3, 10)}, 1, 2, 3);
        encloses("0.15883065949832105154168119852", klBon(three, 2, Ties.UNIFORM), 1e-13);
        encloses("0.954052567155141516569233095001", klBon(three, 8, Ties.UNIFORM), 1e-13);
        encloses("1.20397280432592396738246978116", klBon(three, 100, Ties.UNIFORM), 1e-11);
        // uniform(100) in doubles: 0.01 as its exact rational, large denominators: the interval route
        CertLaw u = exact(DiscreteLaw.uniform(100));
        encloses("4.604693111367170872520738", klBon(u, 1000, Ties.UNIFORM), 1e-11);
        encloses("4.605170185988091368035983", klBon(u, 10000, Ties.UNIFORM), 1e-10);
    }

    @Test
    void intervalInputsAreEnclosedToo() {
        // a law known only by enclosures (no exact masses): the stable interval form
        Interval third = Interval.of(q(1, 3));
        CertLaw p = new CertLaw(new Interval[] {third, third, third}, null, new double[] {0, 1, 2});
        CertLaw b = CertBon.bon(p, 7, p.rewards(), Ties.UNIFORM);
        // (1/3)^7, (2/3)^7 - (1/3)^7, 1 - (2/3)^7 exactly; KL by mpmath 0.87304128433814549413640648
        encloses(new BigDecimal(1).divide(new BigDecimal(2187), 40, java.math.RoundingMode.HALF_EVEN).toPlainString(),
                b.prob(0), 1e-12);
        encloses("0.05807041609510745313214449016918152720622", b.prob(1), 1e-12);
        encloses("0.8730412843381454941364064841152720798837610961374", CertDivergences.kl(b, p), 1e-11);
    }

    @Test
    void hugeNIntervalPmfContainsReference() {
        DiscreteLaw d = DiscreteLaw.categorical(new double[] {1 - 1e-9 - 1e-300, 1e-9, 1e-300}, new double[] {0, 1, 2});
        CertLaw p = exact(d);
        Interval[] b = pmf(CertBon.bon(p, 1_000_000_000L, p.rewards(), Ties.UNIFORM));
        // mpmath 60 digits on the exactly normalised double inputs (BestOfNTest)
        encloses("0.3678794409875025884253852", b[0], 1e-6);
        encloses("0.6321205590124974115746148", b[1], 1e-6);
        encloses("9.999999999999999967771603e-292", b[2], 1e-12);
    }

    @Test
    void nAbove2To53IsEnclosedNotRounded() {
        // p = (1 - 2^-60, 2^-60), n = 2^63 - 1 (not a double): top mass 1 - (1 - 2^-60)^n, mpmath 50 digits
        BigFraction small = new BigFraction(java.math.BigInteger.ONE, java.math.BigInteger.ONE.shiftLeft(60));
        CertLaw p = law(new BigFraction[] {BigFraction.ONE.subtract(small), small}, 0, 1);
        Interval[] b = pmf(CertBon.bon(p, Long.MAX_VALUE, p.rewards(), Ties.UNIFORM));
        encloses("0.00033546262790251183794848678187782166022859104026743", b[0], 1e-9);
        encloses("0.99966453737209748816205151321812217833977140895973", b[1], 1e-12);
    }

    @Test
    void exactWinRatesMatchF8() {
        CertLaw ref = law(new BigFraction[] {q(1, 2), q(1, 2)}, 0, 1);
        DiscreteLaw bon = DiscreteLaw.categorical(exactPmf(CertBon.bon(ref, 2, ref.rewards(), Ties.UNIFORM)), new double[] {0, 1});
        DiscreteLaw r = DiscreteLaw.uniform(2);
        assertEquals(q(5, 8), CertifiedDiscrete.winrate(bon, r, WinRateTies.HALF));
        assertEquals(q(3, 8), CertifiedDiscrete.winrate(bon, r, WinRateTies.STRICT));
        assertEquals(q(7, 8), CertifiedDiscrete.winrate(bon, r, WinRateTies.WEAK));
    }

    @Test
    void exactAndFloatingRoutesAgreeOnRandomRationalLaws() {
        SplittableRandom rng = new SplittableRandom(41);
        for (int trial = 0; trial < 60; trial++) {
            int k = 1 + rng.nextInt(6);
            BigFraction[] e = new BigFraction[k];
            int[] w = new int[k];
            int total = 0;
            double[] r = new double[k];
            for (int i = 0; i < k; i++) {
                w[i] = rng.nextInt(4);
                total += w[i];
                r[i] = rng.nextInt(3);
            }
            if (total == 0) {
                w[0] = 1;
                total = 1;
            }
            for (int i = 0; i < k; i++) {
                e[i] = q(w[i], total);
            }
            DiscreteLaw p = DiscreteLaw.categorical(e, r);
            CertLaw c = law(e, r);
            int n = 1 + rng.nextInt(40);
            Ties t = trial % 2 == 0 ? Ties.UNIFORM : Ties.INDEX;
            Interval kl = klBon(c, n, t);
            double f = BestOfN.klToReference(p, n, t);
            assertTrue(kl.lo() - 1e-14 <= f && f <= kl.hi() + 1e-14, kl + " vs " + f);
            assertTrue(kl.hi() <= Math.log(n) - (n - 1.0) / n + 1e-12, "M-C4 upper bound, certified");
            assertTrue(CertifiedDivergences.tv(pmf(CertBon.bon(c, n, r, t)), pmf(c))
                    .contains(Divergences.tv(BestOfN.bon(p, n, t), p)) || n == 1);
        }
    }

    @Test
    void fastScanLiesInTheCertifiedPmfForLargeAlphabetsAndHugeN() {
        // independent routes: the float scan (top-down log F accumulation, radix order) against
        // the certified pmf (exact F and m)
        SplittableRandom rng = new SplittableRandom(43);
        for (long n : new long[] {3, 1000, 1_000_000, 1_000_000_000L}) {
            DiscreteLaw p = TestLaws.random(rng, 300, n % 2 == 0);
            CertLaw c = exact(p);
            for (Ties t : Ties.values()) {
                Interval[] cert = pmf(CertBon.bon(c, n, c.rewards(), t));
                DiscreteLaw fast = BestOfN.bon(p, n, t);
                for (int i = 0; i < cert.length; i++) {
                    double v = fast.probability(i);
                    double slack = 1e-12 * v + 1e-300;
                    assertTrue(cert[i].lo() - slack <= v && v <= cert[i].hi() + slack,
                            "n=" + n + " " + t + " outcome " + i + ": " + v + " not in " + cert[i]);
                }
            }
        }
    }
}
