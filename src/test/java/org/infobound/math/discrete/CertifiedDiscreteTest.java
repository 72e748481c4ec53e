package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.hipparchus.fraction.BigFraction;
import org.infobound.math.StandardF;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Certified enclosures contain mpmath values (50 digits; exact decimal inputs such as 1/10 are
 * used as rationals, so the references are for exactly those laws).
 */
class CertifiedDiscreteTest {

    private static final DiscreteLaw P = DiscreteLaw.categorical(new BigFraction[] {
        new BigFraction(1, 10), new BigFraction(2, 10), new BigFraction(3, 10), new BigFraction(4, 10)},
            new double[] {0, 1, 1, 3});
    private static final Interval[] PI = CertifiedDiscrete.enclose(P);
    private static final Interval[] QI = CertifiedDiscrete.enclose(DiscreteLaw.uniform(4));

    /** The decimal value lies in x (exact BigDecimal comparison) and x is at most rel wide. */
    static void encloses(String value, Interval x, double rel) {
        BigDecimal v = new BigDecimal(value);
        assertTrue(new BigDecimal(x.lo()).compareTo(v) <= 0 && v.compareTo(new BigDecimal(x.hi())) <= 0,
                () -> x + " does not contain " + value);
        assertTrue(x.width() <= rel * Math.abs(v.doubleValue()), () -> x + " wider than " + rel);
    }

    @Test
    void divergenceEnclosuresContainMpmathValues() {
        encloses("0.106440135286223151652278480767", CertifiedDivergences.kl(PI, QI), 1e-13);
        encloses("0.121777274287168660271791811444", CertifiedDivergences.kl(QI, PI), 1e-13);
        encloses("0.2", CertifiedDivergences.chi2(PI, QI), 1e-13);
        encloses("0.2", CertifiedDivergences.tv(PI, QI), 1e-13);
        encloses("0.971809725527818926169236289938", CertifiedDivergences.bc(PI, QI), 1e-13);
        encloses("0.0281902744721810738307637100616", CertifiedDivergences.hellinger2(PI, QI), 1e-12);
        encloses("0.027865613457276731488415705901", CertifiedDivergences.js(PI, QI), 1e-12);
        encloses("0.0571904986282960692242130001659", CertifiedDivergences.renyi(PI, QI, 0.5), 1e-12);
        encloses("0.182321556793954626211718025155", CertifiedDivergences.renyi(PI, QI, 2), 1e-12);
        encloses("0.235001814622867776825468515574", CertifiedDivergences.renyi(PI, QI, 3), 1e-12);
        encloses("0.0120377314239296928644157947811", CertifiedDivergences.renyi(PI, QI, 0.1), 1e-11);
        encloses("0.470003629245735553650937031148", CertifiedDivergences.renyi(PI, QI, Double.POSITIVE_INFINITY), 1e-13);
        assertEquals(Interval.ZERO, CertifiedDivergences.renyi(PI, QI, 0));
    }

    @Test
    void fDivergenceEnclosuresAgreeWithDedicatedOnes() {
        encloses("0.106440135286223151652278480767", CertifiedDivergences.fDivergence(PI, QI, StandardF.KL), 1e-12);
        encloses("0.121777274287168660271791811444", CertifiedDivergences.fDivergence(PI, QI, StandardF.REVERSE_KL), 1e-12);
        encloses("0.2", CertifiedDivergences.fDivergence(PI, QI, StandardF.CHI2), 1e-12);
        encloses("0.2", CertifiedDivergences.fDivergence(PI, QI, StandardF.TV), 1e-12);
        encloses("0.0281902744721810738307637100616", CertifiedDivergences.fDivergence(PI, QI, StandardF.HELLINGER2), 1e-11);
        encloses("0.027865613457276731488415705901", CertifiedDivergences.fDivergence(PI, QI, StandardF.JS), 1e-11);
    }

    @Test
    void singularCasesAreInfiniteOrUseTheLimits() {
        Interval[] a = CertifiedDiscrete.enclose(DiscreteLaw.categorical(new double[] {0.5, 0.5, 0}, new double[] {0, 1, 2}));
        Interval[] b = CertifiedDiscrete.enclose(DiscreteLaw.categorical(new double[] {0.5, 0, 0.5}, new double[] {0, 1, 2}));
        assertEquals(Interval.POSITIVE_INFINITY, CertifiedDivergences.kl(a, b));
        assertEquals(Interval.POSITIVE_INFINITY, CertifiedDivergences.chi2(a, b));
        assertEquals(Interval.POSITIVE_INFINITY, CertifiedDivergences.renyi(a, b, 2));
        assertEquals(Interval.POSITIVE_INFINITY, CertifiedDivergences.renyi(a, b, Double.POSITIVE_INFINITY));
        assertTrue(CertifiedDivergences.renyi(a, b, 0).contains(Math.log(2)));
        // TV via the generator: 0.5 * 1/2 (singular) + 0.5 * 1/2 (vanishing) = 0.5
        assertTrue(CertifiedDivergences.fDivergence(a, b, StandardF.TV).contains(0.5));
        assertEquals(Interval.POSITIVE_INFINITY, CertifiedDivergences.fDivergence(a, b, StandardF.KL));
    }

    @Test
    void momentsAreExactOrEnclosed() {
        assertEquals(new BigFraction(17, 10), CertifiedDiscrete.mean(P));
        assertEquals(new BigFraction(121, 100), CertifiedDiscrete.var(P));
        encloses("1.27985422583366746718218576215", CertifiedDiscrete.entropy(P), 1e-13);
        encloses("0.285528006756789335104056115792", CertifiedDiscrete.cgf(P, 0.7), 1e-13);
        encloses("0.800898158801223286672382429819", CertifiedDiscrete.cgf(P, -1.3), 1e-13);
        encloses("6.0500003599990439164473069307e-13", CertifiedDiscrete.cgf(P, 1e-6), 1e-3);
    }

    @Test
    void sigma2LowerBoundIsSoundAndTightAtTheOptimum() {
        DiscreteLaw b = DiscreteLaw.bernoulli(new BigFraction(1, 10));
        // closed form (1-2p)/(2 log((1-p)/p)), attained at l* = 2 log 9 (mpmath 50 digits)
        double sigma2 = 0.182047845325367478722848033147;
        Interval at = CertifiedDiscrete.sigma2LowerBound(b, 4.394449154672438765580980947690);
        assertTrue(at.lo() <= sigma2 && at.hi() >= sigma2 * (1 - 1e-12), at.toString());
        assertTrue(CertifiedDiscrete.sigma2LowerBound(b, 1.0).hi() < sigma2);
        assertTrue(Moments.sigma2(b) >= at.lo());
    }

    /**
     * Large orders: D_1000((0.6, 0.4) || (0.5, 0.5)) = 0.18181021983322790881... (mpmath, 40
     * digits), and D_500000(P || P) = 0, where p^alpha underflows and q^(1 - alpha) overflows.
     */
    @Test
    void renyiAtLargeOrders() {
        Interval[] p = {Interval.of(0.6), Interval.of(0.4)};
        Interval[] q = {Interval.of(0.5), Interval.of(0.5)};
        encloses("0.1818102198332279088111119049379944510804", CertifiedDivergences.renyi(p, q, 1000), 1e-9);
        Interval same = CertifiedDivergences.renyi(q, q, 500000);
        assertTrue(same.contains(0) && same.hi() < 1e-9, same.toString());
        // P = (1, 0), Q = (1/2, 1/2): D_alpha = log 2 for every alpha > 1 (closed form); at
        // alpha = 500000 the single term 2^(alpha - 1) overflows a double
        Interval[] one = {Interval.ONE, Interval.ZERO};
        encloses("0.6931471805599453094172321214581765680755", CertifiedDivergences.renyi(one, q, 500000), 1e-9);
    }
}
