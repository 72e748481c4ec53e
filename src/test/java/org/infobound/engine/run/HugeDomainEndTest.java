package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A domain end beyond the double range (10^400) or an integer argument beyond 2^63 is a limit of
 * the search, said in an INCONCLUSIVE verdict: not an internal error (exit 70) and not a wrong
 * verdict. (Found by the adversarial round of 2026-12-06: both claims below are true, H(10^400)
 * = 921.6 by H(n) ~ log n + gamma, and E(max of n U(0,1)) = n / (n + 1).)
 */
class HugeDomainEndTest {

    @TempDir
    Path dir;

    @Test
    void valuesBeyondTheSearchAreInconclusiveWithTheReason() throws Exception {
        Path f = dir.resolve("huge.claims");
        Files.writeString(f, """
                claim huge_start
                  forall n in 10^400..inf:
                    harmonic(n) > 900

                claim huge_n
                  forall n in {10^20}:
                    E(bon(uniform(0, 1), n)) == n / (n + 1)
                """);
        CheckReport r = CheckRun.run(List.of(f), new Settings(1, 300, 0, 1, 500, true));
        assertEquals(2, r.results().size());
        for (ClaimResult c : r.results()) {
            assertNull(c.internalError(), c.name() + ": " + c.internalError());
        }
        // 10^400 is an exact integer bound now (exact powers up to 4096 bits): the search draws
        // from the range and the true claim survives (before: INCONCLUSIVE "cannot search")
        assertEquals(VerdictKind.SURVIVED, r.results().get(0).verdict().kind(), r.results().get(0).verdict().toString());
        assertEquals(VerdictKind.INCONCLUSIVE, r.results().get(1).verdict().kind(), r.results().get(1).verdict().toString());
        assertTrue(((Verdict.Inconclusive) r.results().get(1).verdict()).reason().contains("beyond 2^63 - 1"));
        assertEquals(0, r.exitCode());
    }

    /**
     * H(10^400) = 400 log 10 + euler gamma + O(10^-400) = 921.6112528625 (mpmath), and
     * H(1.5625 * 10^400) = 922.0575; a false bound on such a range is FALSIFIED at an exact n
     * inside it.
     */
    @Test
    void hugeExactIntegerRangesAreSearched() throws Exception {
        Path f = dir.resolve("huge2.claims");
        Files.writeString(f, """
                claim f1
                  forall n in 10^400..inf:
                    harmonic(n) < 921
                claim f2
                  forall n in 10^400..10^401:
                    harmonic(n) < 921.5
                """);
        CheckReport r = CheckRun.run(List.of(f), new Settings(1, 300, 0, 1, 500, true));
        for (ClaimResult c : r.results()) {
            assertEquals(VerdictKind.FALSIFIED, c.verdict().kind(), c.name() + ": " + c.verdict());
            java.math.BigInteger n = new java.math.BigInteger(((Verdict.Falsified) c.verdict()).counterexample()
                    .inputs().get("n").toString());
            assertTrue(n.compareTo(java.math.BigInteger.TEN.pow(400)) >= 0, n.toString());
        }
    }
}
