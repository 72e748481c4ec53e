package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;

/**
 * Claims on {@code Df(bon(P, n) || P, f)} with a user lambda f, decided through the certified
 * line route ({@code CertBackend.lineDf}, {@code math.line.CertifiedBonDf}). Truths from the
 * closed forms of Beta(n, 1) against U(0, 1) (catalogue M-C5): chi2 = (n-1)^2/(2n-1),
 * KL = log n - (n-1)/n, TV = (1 - 1/n) n^(-1/(n-1)), int (t^3 - t) = n^3/(3n-2) - 1, and
 * chi2(U || Beta(n,1)) = +inf for n >= 2.
 */
class CertifiedLineDfClaimsTest {

    private static VerdictKind kind(String claim) {
        return RunTestSupport.decide(claim, RunTestSupport.settings(20240607L, 60)).verdict().kind();
    }

    @Test
    void falseClaimsAreFalsified() {
        // chi2(bon || P) at n = 2 is 1/3 > 0
        assertEquals(VerdictKind.FALSIFIED, kind(
                "claim a forall n in 2..50: Df(bon(normal(0,1), n) || normal(0,1), t -> (t - 1)^2) <= n - 2"));
        // KL(bon(exp, 3) || exp) = log 3 - 2/3 = 0.43195 < 0.6
        assertEquals(VerdictKind.FALSIFIED, kind(
                "claim b: Df(bon(exponential(1), 3) || exponential(1), t -> t * log(t)) >= 0.6"));
        // TV off by 1e-9 only
        assertEquals(VerdictKind.FALSIFIED, kind("claim c forall n in 2..30: Df(bon(gumbel(0,1), n) || gumbel(0,1), "
                + "t -> abs(t - 1)/2) <= (1 - 1/n) * n^(-1/(n-1)) - 1e-9"));
        // a non-convex generator, off by 1e-6
        assertEquals(VerdictKind.FALSIFIED, kind("claim d forall n in 2..20: Df(bon(normal(0,1), n) || normal(0,1), "
                + "t -> t^3 - t) <= n^3/(3*n-2) - 1 - 1e-6"));
        // KL through a lambda, off by 1e-8 (the lower end needs the tangent bound of a convex f at 0)
        assertEquals(VerdictKind.FALSIFIED, kind("claim k forall n in 2..50: Df(bon(normal(0,1), n) || normal(0,1), "
                + "t -> t * log(t)) <= log(n) - (n-1)/n - 1e-8"));
        // KL(Beta(5,1) || U) = log 5 - 4/5 = 0.8094
        assertEquals(VerdictKind.FALSIFIED, kind("claim u: Df(beta(5, 1) || uniform(0, 1), t -> t * log(t)) <= 0.8"));
        // chi2(P || bon(P, 4)) = +inf
        assertEquals(VerdictKind.FALSIFIED, kind(
                "claim e: Df(normal(0,1) || bon(normal(0,1), 4), t -> (t - 1)^2) <= 1000"));
    }

    @Test
    void trueNeighboursAreNotFalsified() {
        assertNotEquals(VerdictKind.FALSIFIED, kind("claim a forall n in 2..50: Df(bon(normal(0,1), n) || normal(0,1), "
                + "t -> (t - 1)^2) <= (n-1)^2/(2*n-1) + 1e-9"));
        assertNotEquals(VerdictKind.FALSIFIED, kind(
                "claim b: Df(bon(exponential(1), 3) || exponential(1), t -> t * log(t)) <= log(3) - 2/3 + 1e-9"));
        assertNotEquals(VerdictKind.FALSIFIED, kind("claim c forall n in 2..30: Df(bon(gumbel(0,1), n) || gumbel(0,1), "
                + "t -> abs(t - 1)/2) <= (1 - 1/n) * n^(-1/(n-1)) + 1e-9"));
        assertNotEquals(VerdictKind.FALSIFIED, kind("claim d forall n in 2..20: Df(bon(normal(0,1), n) || normal(0,1), "
                + "t -> t^3 - t) <= n^3/(3*n-2) - 1 + 1e-9"));
        assertNotEquals(VerdictKind.FALSIFIED, kind("claim k forall n in 2..50: Df(bon(normal(0,1), n) || normal(0,1), "
                + "t -> t * log(t)) <= log(n) - (n-1)/n + 1e-9"));
        // exactly the truth: an enclosure cannot refute equality
        assertNotEquals(VerdictKind.FALSIFIED, kind(
                "claim e: Df(bon(normal(0,1), 3) || normal(0,1), t -> (t - 1)^2) == 4/5"));
    }

    @Test
    void aLambdaWithAnOuterVariableIsNotServedFromTheCache() {
        // t -> a*(t-1)^2 is a different generator for each a; chi2(bon(P, 5) || P) = 16/9, so
        // Df = 16a/9 >= 16a/9 - 1e-6 holds for every a (was FALSIFIED at a = 2 with the value of
        // a = 1 from a cache keyed by the lambda's text)
        assertNotEquals(VerdictKind.FALSIFIED, kind("claim c forall a in 1..3: Df(bon(normal(0,1), 5) || normal(0,1), "
                + "t -> a*(t-1)^2) >= a * 16/9 - 1e-6"));
        assertEquals(VerdictKind.FALSIFIED, kind("claim d forall a in 1..3: Df(bon(normal(0,1), 5) || normal(0,1), "
                + "t -> a*(t-1)^2) <= 16/9 + 1e-6"));
    }

    @Test
    void aGeneratorUndefinedOnTheRangeGivesNoValue() {
        // sqrt(t - 1) has f(1) = 0 but no value for ratios below 1, which bon(P, n) || P reaches
        VerdictKind k = kind("claim a forall n in 2..20: Df(bon(normal(0,1), n) || normal(0,1), t -> sqrt(t - 1)) <= 1");
        assertNotEquals(VerdictKind.FALSIFIED, k);
        assertNotEquals(VerdictKind.PROVED, k);
        k = kind("claim b forall n in 2..20: Df(bon(normal(0,1), n) || normal(0,1), t -> sqrt(t - 1)) >= 100");
        assertNotEquals(VerdictKind.FALSIFIED, k);
        assertNotEquals(VerdictKind.PROVED, k);
    }
}
