package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.verdict.VerdictKind;
import org.infobound.math.discrete.EmpiricalSamples;
import org.infobound.math.discrete.LawFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV samples of {@code empirical} are exact decimals (spec/LANGUAGE.md): 0.1 and
 * 0.10000000000000000001 round to the same double but are two different rewards.
 *
 * <p>Truth (python3 fractions): a = F('0.1'), b = F('0.10000000000000000001'); mean m = (a+b)/2;
 * var = ((a-m)**2 + (b-m)**2)/2 = 1/40000000000000000000000000000000000000000 = 2.5e-41 > 0;
 * P(b > a) = 1 (strict winrate 1); cdf at 1/10 = 1/2 (b > 1/10).
 */
class ExactSamplesTest {

    @TempDir
    Path dir;

    private List<ClaimResult> check(String claims) throws IOException {
        Files.writeString(dir.resolve("close.csv"), "x\n0.1\n0.10000000000000000001\n");
        Files.writeString(dir.resolve("a.csv"), "0.1\n");
        Files.writeString(dir.resolve("b.csv"), "0.10000000000000000001\n");
        Path f = dir.resolve("t.claims");
        Files.writeString(f, claims);
        CheckReport r = CheckRun.run(List.of(f), new Settings(1, 200, 0, 1, 2000, true));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return r.results();
    }

    @Test
    void twoSamplesThatRoundAlikeAreTwoOutcomes() throws Exception {
        Files.writeString(dir.resolve("close.csv"), "x\n0.1\n0.10000000000000000001\n0.10\n");
        EmpiricalSamples s = EmpiricalSamples.read(dir.resolve("close.csv"));
        // 0.1 and 0.10 are one value (2 of 3 samples); the long decimal is another
        assertEquals(2, s.values().length);
        assertEquals(new BigFraction(1, 10), s.values()[0]);
        assertEquals(new BigFraction(new java.math.BigInteger("10000000000000000001"),
                new java.math.BigInteger("100000000000000000000")), s.values()[1]);
        assertEquals(new BigFraction(2, 3), s.probs()[0]);
        assertEquals(new BigFraction(1, 3), s.probs()[1]);
    }

    @Test
    void varianceOfCloseSamplesIsPositive() throws IOException {
        List<ClaimResult> r = check("claim v0: var(empirical(\"close.csv\")) == 0\n"
                + "claim vpos: var(empirical(\"close.csv\")) > 0\n");
        assertEquals(VerdictKind.FALSIFIED, r.get(0).verdict().kind(), r.get(0).verdict().toString());
        assertEquals(VerdictKind.PROVED, r.get(1).verdict().kind(), r.get(1).verdict().toString());
    }

    @Test
    void exactComparisonsAcrossLaws() throws IOException {
        List<ClaimResult> r = check("claim w: winrate(empirical(\"b.csv\"), empirical(\"a.csv\"), ties = strict) > 1/2\n"
                + "claim c: cdf(empirical(\"close.csv\"), 1/10) < 1\n"
                + "claim e: E(empirical(\"close.csv\"), (r - 1/10)^2) == 0\n");
        // strict winrate is exactly 1 (b > a): never falsified, and decided exactly here
        assertEquals(VerdictKind.PROVED, r.get(0).verdict().kind(), r.get(0).verdict().toString());
        // cdf is exactly 1/2; the enclosure of b touches 1/10's, so it cannot be FALSIFIED
        assertNotEquals(VerdictKind.FALSIFIED, r.get(1).verdict().kind(), r.get(1).verdict().toString());
        // E((r - 1/10)^2) = 5e-41 != 0: the reward r is an enclosure of the exact sample, never PROVED == 0
        assertNotEquals(VerdictKind.PROVED, r.get(2).verdict().kind(), r.get(2).verdict().toString());
    }

    @Test
    void junkStaysAnErrorWithItsLine() throws IOException {
        Files.writeString(dir.resolve("comma.csv"), "0.5\n0.25\n1,5\n");
        LawFormatException e = assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(dir.resolve("comma.csv")));
        assertEquals(3, e.line());
        Files.writeString(dir.resolve("junk.csv"), "x\n0.5\n0.5.1\n");
        assertEquals(3, assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(dir.resolve("junk.csv"))).line());
        Files.writeString(dir.resolve("big.csv"), "1\n1e400\n");
        assertEquals(2, assertThrows(LawFormatException.class,
                () -> EmpiricalSamples.read(dir.resolve("big.csv"))).line());
    }
}
