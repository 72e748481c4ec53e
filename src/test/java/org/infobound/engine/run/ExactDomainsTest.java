package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.infobound.num.Rationals;
import org.junit.jupiter.api.Test;

/**
 * End to end: counterexamples lie exactly in the declared domain, integers never wrap, alphabet
 * sizes are not silently capped, and a search cut by the time cap does not look complete. Every
 * expected value is from the mathematics of the claim (stated per test), not from the code.
 */
class ExactDomainsTest {

    /** An exact value as rendered: integer, n/d, or a terminating decimal. */
    private static BigFraction rational(String t) {
        t = t.trim();
        if (t.contains("/")) {
            String[] nd = t.split("/");
            return new BigFraction(new BigInteger(nd[0].trim()), new BigInteger(nd[1].trim()));
        }
        java.math.BigDecimal d = new java.math.BigDecimal(t);
        return d.scale() > 0 ? new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
                : new BigFraction(d.toBigIntegerExact());
    }

    private static List<BigFraction> list(String t) {
        String body = t.trim().substring(1, t.trim().length() - 1);
        return java.util.Arrays.stream(body.split(",")).map(ExactDomainsTest::rational).toList();
    }

    private static Verdict decide(String claim, long seed, long tries) {
        return RunTestSupport.decide(claim, RunTestSupport.settings(seed, tries)).verdict();
    }

    @Test
    void aTrueClaimOnAnUnderflowingIntervalIsNeverFalsified() {
        // every x in (0, 1e-400] is > 0 (the old search drew x = 0 from the double midpoint)
        for (long seed = 1; seed <= 4; seed++) {
            Verdict v = decide("claim c forall x in (0, 1e-400]: x > 0", seed, 300);
            assertNotEquals(VerdictKind.FALSIFIED, v.kind(), v.toString());
        }
    }

    @Test
    void aTrueClaimOnAnIntervalNarrowerThanAnUlpIsNeverFalsified() {
        // every x in (1/3, 1/3 + 1e-18] is > 1/3
        for (long seed = 1; seed <= 4; seed++) {
            Verdict v = decide("claim c forall x in (1/3, 1/3 + 1e-18]: x > 1/3", seed, 300);
            assertNotEquals(VerdictKind.FALSIFIED, v.kind(), v.toString());
        }
    }

    @Test
    void aFalseClaimOnAnUnderflowingIntervalIsFalsifiedInside() {
        // x < 1e-400 fails exactly at x = 1e-400 (closed end); the counterexample is that end
        Verdict v = decide("claim c forall x in (0, 1e-400]: x < 1e-400", 1, 300);
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, v);
        BigFraction x = rational(f.counterexample().inputs().get("x"));
        assertEquals(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(400)), x);
    }

    @Test
    void rewardsThatAreNotDoublesAreNeverRoundedIntoTies() {
        // {0, 1e-400} with distinct rewards on 2 outcomes: 1e-400 is not a double; the old search
        // used its rounding 0 and produced the tied rewards [0, 0]
        Verdict v = decide("claim c forall p in dist(2, rewards in {0, 1e-400}, distinct rewards): E(p) > 0", 1, 200);
        Verdict.Inconclusive i = assertInstanceOf(Verdict.Inconclusive.class, v);
        assertTrue(i.reason().contains("1E-400"), i.reason());
    }

    @Test
    void rewardsFromASetAreSearchedOnItsExactDoublesAndSaySo() {
        // the reward set's exact doubles are {0, 1}; E(p) >= 0 holds for every p on them
        Verdict v = decide("claim c forall p in dist(2, rewards in {0, 1e-400, 1}, distinct rewards): E(p) >= 0", 1, 200);
        Verdict.Survived s = assertInstanceOf(Verdict.Survived.class, v);
        assertTrue(s.notes().stream().anyMatch(n -> n.contains("1E-400")), s.notes().toString());
    }

    @Test
    void integersBeyondTheLongRangeDoNotWrap() {
        // every n in 10^19..10^19 + 10 is >= 10^19 (the old search wrapped to negative n)
        Verdict v = decide("claim c forall n in 10^19..10^19 + 10: n >= 10^19", 1, 200);
        assertNotEquals(VerdictKind.FALSIFIED, v.kind(), v.toString());
    }

    @Test
    void exhaustionBeyondTheLongRangeFalsifiesAtTheLowerEnd() {
        // n < 10 is false for every n in 2^64..2^64 + 5; the smallest is 2^64 = 18446744073709551616
        Verdict v = decide("claim c forall n in 2^64..2^64 + 5: n < 10", 1, 200);
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, v);
        assertEquals(BigInteger.TWO.pow(64).toString(), f.counterexample().inputs().get("n"));
    }

    @Test
    void aRangeWhoseCountExceedsTheLimitIsNotExhausted() {
        // 0..2^64 + 5 has 2^64 + 6 values (the old count wrapped to 6 and PROVED the claim);
        // n < 2^64 is false at n = 2^64 .. 2^64 + 5
        Verdict v = decide("claim c forall n in 0..2^64 + 5: n < 2^64", 1, 300);
        assertNotEquals(VerdictKind.PROVED, v.kind(), v.toString());
        assertInstanceOf(Verdict.Falsified.class, v);
    }

    @Test
    void hugeIntegerRangesAreNeverProvedFalse() {
        // n < 2^70 is false at n = 2^70 (upper end of the range)
        Verdict v = decide("claim c forall n in 1..2^70: n < 2^70", 2, 400);
        assertNotEquals(VerdictKind.PROVED, v.kind(), v.toString());
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, v);
        assertEquals(BigInteger.TWO.pow(70).toString(), f.counterexample().inputs().get("n"));
    }

    @Test
    void alphabetsAboveSixtyFourOutcomesAreSearched() {
        // the uniform law on k outcomes has pmax 1/k < 1/64 for every k >= 65, so the claim is false;
        // the shrunk counterexample is the uniform law on 65 outcomes (64 would satisfy it)
        Verdict v = decide("claim c forall p in dist(60..100000): pmax(p) >= 1/64", 1, 400);
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, v);
        List<BigFraction> p = list(f.counterexample().inputs().get("p"));
        assertTrue(p.size() >= 65, "alphabet " + p.size());
        BigFraction max = p.stream().max(BigFraction::compareTo).orElseThrow();
        assertTrue(max.compareTo(new BigFraction(1, 64)) < 0, max.toString());
        assertEquals(65, p.size(), "the shrinker moves toward 65 outcomes");
    }

    @Test
    void survivedStatesTheSearchedAlphabetRange() {
        Verdict v = decide("claim c forall p in dist(60..100000): pmax(p) > 0", 1, 100);
        Verdict.Survived s = assertInstanceOf(Verdict.Survived.class, v);
        assertTrue(s.notes().contains("searched alphabets of 60..1024 outcomes of the declared 60..100000"),
                s.notes().toString());
    }

    @Test
    void alphabetsBeyondTheSearchCapAreInconclusiveNotSilentlySmaller() {
        // 4294967297 = 2^32 + 1 outcomes: an (int) cast made this 1 outcome before
        Verdict v = decide("claim c forall p in dist(4294967297): pmax(p) >= 1/2", 1, 100);
        Verdict.Inconclusive i = assertInstanceOf(Verdict.Inconclusive.class, v);
        assertTrue(i.reason().contains("4294967297"), i.reason());
    }

    @Test
    void kernelsBeyondTheSearchCapAreInconclusive() {
        Verdict v = decide("claim c forall p in dist(2), k in kernel(10^12): entropy(apply(k, p)) >= 0", 1, 100);
        Verdict.Inconclusive i = assertInstanceOf(Verdict.Inconclusive.class, v);
        assertTrue(i.reason().contains("1000000000000"), i.reason());
    }

    @Test
    void invalidLawParametersAreNeverConfirmed() {
        // bernoulli(a) for a > 1 and normal(0, s) for s <= 0 are not laws: a "violation" there is
        // not a counterexample (E(bernoulli(3/2)) = 3/2 > 1 would be one if evaluated blindly)
        for (String claim : List.of("claim c forall a in [0, 2]: E(bernoulli(a)) <= 1",
                "claim c forall s in [-1, 1]: cdf(normal(0, s), 1) >= 1/2",
                "claim c forall w in [0, 2]: E(mix(bernoulli(0), bernoulli(1), w)) <= 1")) {
            Verdict v = decide(claim, 1, 300);
            assertNotEquals(VerdictKind.FALSIFIED, v.kind(), claim + ": " + v);
            assertNotEquals(VerdictKind.PROVED, v.kind(), claim + ": " + v);
        }
    }

    @Test
    void aSearchCutByTheTimeCapIsInconclusive() {
        // a 1 ms cap cannot complete 10^6 tries of a true claim
        Settings s = new Settings(1, 1_000_000, 1, 1, 0, false, 0);
        Verdict v = RunTestSupport.decide("claim c forall x in [0, 1]: x^2 <= x", s).verdict();
        Verdict.Inconclusive i = assertInstanceOf(Verdict.Inconclusive.class, v);
        assertTrue(i.reason().startsWith("time cap reached after "), i.reason());
        assertTrue(i.reason().endsWith(" of 1000000 tries"), i.reason());
    }

    @Test
    void theTinyRealsAroundZeroStayInside() {
        // x in (-1e-320, 1e-320): x^2 < 1e-600 holds for all of them (|x| < 1e-320)
        Verdict v = decide("claim c forall x in (-1e-320, 1e-320): x^2 < 1e-600", 1, 300);
        assertNotEquals(VerdictKind.FALSIFIED, v.kind(), v.toString());
        assertTrue(Rationals.of(Double.MIN_VALUE).signum() > 0);
    }
}
