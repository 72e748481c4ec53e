package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * Seeded checks of lgamma, digamma and harmonic numbers against independent routes: the
 * recurrences (exact identities), Hipparchus' Lanczos lgamma (double accuracy: agreement
 * within 1e-12 asserted), the mean value theorem linking lgamma and digamma, and exact
 * rational harmonic sums. (Hipparchus' digamma is no reference: at x = 1.0934276553531688 it
 * is off by 3e-9 against mpmath's -0.433215494655133565600150765538.)
 */
class SpecialFunctionPropertyTest {

    private final SplittableRandom random = new SplittableRandom(42L);

    /** x = k / 2^20 with x + 1 exact, in (0, 40). */
    private double dyadic() {
        return (1 + random.nextInt(40 << 20)) / (double) (1 << 20);
    }

    @Test
    void recurrencesHoldBetweenEnclosures() {
        for (int i = 0; i < 300; i++) {
            double x = dyadic();
            Interval ix = Interval.of(x);
            Interval next = Interval.of(x + 1);
            double at = x;
            assertTrue(next.lgamma().intersects(ix.lgamma().add(ix.log())),
                    () -> "lgamma(x+1) = lgamma(x) + log x at " + at);
            assertTrue(next.digamma().intersects(ix.digamma().add(Interval.ONE.div(ix))),
                    () -> "psi(x+1) = psi(x) + 1/x at " + at);
        }
    }

    @Test
    void agreesWithHipparchusLanczosAtDoublePrecision() {
        for (int i = 0; i < 300; i++) {
            double x = Math.scalb(1 + random.nextDouble(), random.nextInt(-20, 20));
            Interval lg = Interval.of(x).lgamma();
            double refLg = Gamma.logGamma(x);
            assertTrue(Math.abs(lg.mid() - refLg) <= 1e-12 * Math.max(1, Math.abs(refLg)),
                    () -> "lgamma(" + x + ") = " + lg + " vs " + refLg);
        }
    }

    @Test
    void differenceQuotientOfLgammaMeetsDigammaOnTheStep() {
        // mean value theorem: (lgamma(x+h) - lgamma(x)) / h = psi(xi) for some xi in [x, x+h]
        for (int i = 0; i < 200; i++) {
            double x = dyadic();
            double h = 1.0 / 64;
            Interval quotient = Interval.of(x + h).lgamma().sub(Interval.of(x).lgamma()).div(h);
            Interval psi = Interval.of(x, x + h).digamma();
            assertTrue(quotient.intersects(psi), () -> "at " + x + ": " + quotient + " vs " + psi);
        }
    }

    @Test
    void intervalLgammaContainsPointValuesInside() {
        for (int i = 0; i < 200; i++) {
            double a = dyadic() / 4;
            double b = a + random.nextDouble() * 3;
            double t = a + random.nextDouble() * (b - a);
            Interval whole = Interval.of(a, b).lgamma();
            Interval point = Interval.of(t).lgamma();
            assertTrue(whole.intersects(point) && whole.lo() <= point.hi(),
                    () -> "lgamma([" + a + ", " + b + "]) misses lgamma(" + t + ")");
        }
    }

    @Test
    void asymptoticHarmonicNumbersContainExactSums() {
        BigFraction h = BigFraction.ZERO;
        for (long n = 1; n <= 400; n++) {
            h = h.add(new BigFraction(BigInteger.ONE, BigInteger.valueOf(n)));
            Interval e = Interval.harmonic(n);
            BigFraction exact = h;
            long at = n;
            assertTrue(new BigFraction(e.lo()).compareTo(exact) <= 0
                    && exact.compareTo(new BigFraction(e.hi())) <= 0, () -> "H_" + at + " not in " + e);
        }
    }
}
