package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dependent range that is empty at some earlier values contributes no instances there
 * (spec/LANGUAGE.md section 4); the search draws again instead of stopping with "empty domain"
 * (adversarial round 9 found the stop: a false claim was INCONCLUSIVE). Truth by hand, exact
 * integers: at n = 2 the range 1..n*2^63 holds k = 2^64 > 2^64 - 1.
 */
class DependentEmptyRangeTest {

    @TempDir
    Path dir;

    private List<ClaimResult> run(String text, long tries) throws Exception {
        Path f = dir.resolve("d.claims");
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), new Settings(1, tries, 0, 1, 0, false)).results();
    }

    @Test
    void aRangeEmptyAtSomeEarlierValuesIsSkippedNotTheWholeSearch() throws Exception {
        for (long tries : new long[] {300, 20_000}) { // one stream, and the blocked search
            List<ClaimResult> r = run("""
                    claim falseAtTwo forall n in 0..2, k in 1..n*2^63: k <= 2^64 - 1
                    claim trueEverywhere forall n in 0..5, k in 1..n: k <= n
                    """, tries);
            Verdict f = r.get(0).verdict();
            assertEquals(VerdictKind.FALSIFIED, f.kind(), tries + ": " + f);
            assertTrue(f.toString().contains(BigInteger.TWO.pow(64).toString()), f.toString());
            Verdict t = r.get(1).verdict();
            assertNotEquals(VerdictKind.FALSIFIED, t.kind(), t.toString());
            assertNotEquals(VerdictKind.INCONCLUSIVE, t.kind(), t.toString());
        }
    }

    @Test
    void aRangeEmptyAtEveryEarlierValueStillStopsAsAnEmptyDomain() throws Exception {
        for (long tries : new long[] {300, 20_000}) {
            Verdict v = run("claim never forall n in 1..3, k in n+1..n: k > 0\n", tries).get(0).verdict();
            assertNotEquals(VerdictKind.PROVED, v.kind(), v.toString());
            assertNotEquals(VerdictKind.FALSIFIED, v.kind(), v.toString());
            assertTrue(v.toString().contains("empty"), v.toString());
        }
    }
}
