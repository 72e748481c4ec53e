package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adversarial findings on closed claims and dependent domains. Truth values from exact fractions
 * and mpmath (dps 60): 10^-400 > 0; log1p(10^-30) - 10^-30 = -5.0e-61 < 0; digamma(1) =
 * -0.57721566490153286... &lt; -0.5772156649015328; every pair n in 1..5, k in n + 1..5 has
 * k > n, and n = 1, k = 2 violates k > n + 1.
 */
class ClosedAndDependentTest {

    @TempDir
    Path dir;

    private List<ClaimResult> run(String text, boolean prove) throws Exception {
        Path f = dir.resolve("x.claims");
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), new Settings(1, 300, 0, 1, 500, prove)).results();
    }

    @Test
    void closedClaimsBelowEveryDoubleAreDecidedExactly() throws Exception {
        for (boolean prove : new boolean[] {false, true}) {
            List<ClaimResult> r = run("""
                    claim f1: 10^-400 <= 0
                    claim f2: 10^-400 == 0
                    claim t1: 10^-400 > 0
                    claim t2: 1/3 < 1/3 + 10^-5000
                    """, prove);
            assertEquals(VerdictKind.FALSIFIED, r.get(0).verdict().kind(), r.get(0).verdict().toString());
            assertEquals(VerdictKind.FALSIFIED, r.get(1).verdict().kind(), r.get(1).verdict().toString());
            assertEquals(VerdictKind.PROVED, r.get(2).verdict().kind(), r.get(2).verdict().toString());
            assertEquals(VerdictKind.PROVED, r.get(3).verdict().kind(), r.get(3).verdict().toString());
        }
    }

    @Test
    void undecidedFalseClosedClaimsCarryANote() throws Exception {
        List<ClaimResult> r = run("""
                claim a: log1p(10^-30) >= 10^-30
                claim b: digamma(1) >= -0.5772156649015328
                """, false);
        for (ClaimResult c : r) {
            // both are false: never PROVED; if the float pass lets them survive it must say why
            assertTrue(c.verdict().kind() != VerdictKind.PROVED, c.name());
            if (c.verdict() instanceof Verdict.Survived s) {
                assertTrue(s.notes().stream().anyMatch(n -> n.contains("closed claim not decided")), s.toString());
            }
        }
    }

    /**
     * Masses below every normal double, written as powers. Truths (mpmath, dps 700, which keeps
     * 1 - 10^-320 apart from 1): KL(Ber(10^-320) || Ber(10^-330)) = 2.2025850930040456840e-319;
     * 1/10^320 is the same number. Before, 10^-320 (an exponent above 256) and 1/10^320 (more
     * than 1024 bits) became enclosures, the certified bernoulli refused them ("not an exact
     * rational") and the false claims SURVIVED.
     */
    @Test
    void tinyExactMassesWrittenAsPowersStayExact() throws Exception {
        List<ClaimResult> r = run("""
                claim f1: KL(bernoulli(10^-320) || bernoulli(10^-330)) <= 2.2 * 10^-319
                claim f2: KL(bernoulli(1/10^320) || bernoulli(1/10^330)) <= 2 * 10^-319
                claim t1: KL(bernoulli(10^-320) || bernoulli(10^-330)) <= 2.21 * 10^-319
                claim f3: KL(bernoulli(1 - 10^-320) || bernoulli(1 - 10^-330)) >= 2.21 * 10^-319
                """, false);
        assertEquals(VerdictKind.FALSIFIED, r.get(0).verdict().kind(), r.get(0).verdict().toString());
        assertEquals(VerdictKind.FALSIFIED, r.get(1).verdict().kind(), r.get(1).verdict().toString());
        assertTrue(r.get(2).verdict().kind() != VerdictKind.FALSIFIED, r.get(2).verdict().toString());
        // the mirror image (relabel 0 and 1) has the same KL, 2.2026e-319 < 2.21e-319
        assertEquals(VerdictKind.FALSIFIED, r.get(3).verdict().kind(), r.get(3).verdict().toString());
    }

    @Test
    void dependentRangeEmptyForSomeOuterValues() throws Exception {
        List<ClaimResult> r = run("""
                claim t forall n in 1..5, k in n + 1..5: k > n
                claim f forall n in 1..5, k in n + 1..5: k > n + 1
                claim e forall n in 4..5, k in n + 2..5: k < 0
                """, false);
        assertEquals(VerdictKind.PROVED, r.get(0).verdict().kind(), r.get(0).verdict().toString());
        assertEquals(VerdictKind.FALSIFIED, r.get(1).verdict().kind(), r.get(1).verdict().toString());
        // empty for every outer value: no instance at all, never a vacuous PROVED
        assertEquals(VerdictKind.INCONCLUSIVE, r.get(2).verdict().kind(), r.get(2).verdict().toString());
    }

    @Test
    void negatedTinyLiteralIsAnExactBound() throws Exception {
        List<ClaimResult> r = run("""
                claim t forall x in [-10^-300, 0]: x <= 0
                claim f forall x in [-10^-300, 0]: x >= 0
                """, true);
        assertEquals(VerdictKind.PROVED, r.get(0).verdict().kind(), r.get(0).verdict().toString());
        assertEquals(VerdictKind.FALSIFIED, r.get(1).verdict().kind(), r.get(1).verdict().toString());
    }

    @Test
    void repeatedRewardValuesLeaveNothingOut() throws Exception {
        List<ClaimResult> r = run("""
                claim t forall p in dist(3, rewards in {0, 0}): KL(p || p) >= 0
                """, false);
        if (r.get(0).verdict() instanceof Verdict.Survived s) {
            assertTrue(s.notes().stream().noneMatch(n -> n.contains("left out: )")), s.notes().toString());
        }
    }
}
