package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infobound.engine.falsify.Falsifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blocked search (issue 16, the sliding window of blocks): through the real command line the
 * JSON report, every field but the timings, is the same on 1, 2, 3 and 8 threads, for claims that
 * stop early (false claims found in a later block and in the climbing stage, an empty domain),
 * one whose dependent range is empty at some earlier values, an INCONCLUSIVE one that searches
 * every try, and the bench claim.
 */
class BlockedSearchThreadsTest extends CliTestBase {

    @TempDir
    Path dir;

    private static final String CLAIMS = String.join("\n",
            "let klbon(n) = log(n) - (n - 1) / n",
            "claim bon_kl_bound forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n)",
            "claim late forall n in 1..100000: (n - 65432)^2 >= 100",
            "claim narrow forall x in [0, 1]: (x - 31831/100000)^2 >= 1/10^9",
            "claim empty forall n in 6..10, x in [n, 5]: x >= 1",
            "claim partlyEmpty forall n in 1..10, x in [n, 5]: x >= 1",
            "claim undefined forall x in [0, 1]: x * (1 / x) <= 1",
            "");

    private static final long TRIES = 40_000;

    private JsonNode check(Path f, int threads) throws Exception {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        run("check", "--threads", String.valueOf(threads), "--seed", "3", "--tries", String.valueOf(TRIES),
                "--no-prove", "--no-progress", "--time-cap", "0", "--format", "json", f.toString());
        return withoutTimings(new ObjectMapper().readTree(out.toString()));
    }

    @Test
    void theReportDoesNotDependOnTheThreadCount() throws Exception {
        assertTrue(TRIES >= Falsifier.BLOCKED_FROM, "the blocked search");
        Path f = dir.resolve("t.claims");
        Files.writeString(f, CLAIMS);
        JsonNode one = check(f, 1);
        JsonNode c = one.get("claims");
        assertEquals(6, c.size(), one.toPrettyString());

        // a theorem (KL(bon(p, n) || p) <= log n - (n - 1)/n): every try is made
        assertEquals("survived", c.get(0).get("verdict").asText());
        assertEquals(TRIES, c.get(0).get("tries").asLong());

        // false where |n - 65432| < 10: found in the climbing stage, after the first block
        assertEquals("falsified", c.get(1).get("verdict").asText());
        BigInteger n = new BigInteger(c.get(1).get("counterexample").get("inputs").get("n").asText());
        assertTrue(n.subtract(BigInteger.valueOf(65432)).pow(2).compareTo(BigInteger.valueOf(100)) < 0, n.toString());
        assertTrue(c.get(1).get("tries").asLong() > Falsifier.BLOCK, "stops after the first block");

        // false where |x - 0.31831| < 10^-4.5, found after the first block too
        assertEquals("falsified", c.get(2).get("verdict").asText());
        assertTrue(c.get(2).get("tries").asLong() > Falsifier.BLOCK, "stops after the first block");

        // [n, 5] is empty for every n in 6..10: the search stops after 10,000 empty draws in a row
        assertEquals("inconclusive", c.get(3).get("verdict").asText());
        assertTrue(c.get(3).get("reason").asText().startsWith("empty domain: x"), c.get(3).toString());

        // [n, 5] is empty only for n > 5 (spec/LANGUAGE.md section 4: no instances there): those
        // draws are skipped and every try is made; true (x >= n >= 1), so SURVIVED
        assertEquals("survived", c.get(4).get("verdict").asText(), c.get(4).toString());
        assertEquals(TRIES, c.get(4).get("tries").asLong());

        // 0 * (1 / 0) is undefined at x = 0: INCONCLUSIVE after a full search
        assertEquals("inconclusive", c.get(5).get("verdict").asText());
        assertEquals(TRIES, c.get(5).get("tries").asLong());
        assertEquals("0", c.get(5).get("instance").get("x").asText());

        for (int t : new int[] {2, 3, 8}) {
            assertEquals(one.toPrettyString(), check(f, t).toPrettyString(), t + " threads");
        }
    }
}
