package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 (part A) through the real command line: a gate that checks nothing fails, bad input
 * never crashes, budgets are deterministic, output streams in file order, focus, ASCII hints.
 */
class Issue13CommandTest extends CliTestBase {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private void reset() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    // 1. a gate that checks nothing fails

    @Test
    void zeroClaimsIsExitThree() throws Exception {
        assertEquals(3, run("check", file("empty.claims", "").toString()));
        assertTrue(err.toString().contains("no claims to check"), err.toString());
        assertTrue(out.toString().contains("gate FAIL: no claims to check"), out.toString());
        reset();
        assertEquals(3, run("check", file("comments.claims", "# only a comment\n\n").toString()));
        reset();
        Files.createDirectories(dir.resolve("none"));
        file("none/notes.txt", "claim a: 1 <= 2\n");
        assertEquals(3, run("check", dir.resolve("none").toString()));
        assertTrue(err.toString().contains("no claims to check"), err.toString());
    }

    @Test
    void noCommandIsUsageWithExitTwo() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Usage: infobound"), err.toString());
        assertEquals("", out.toString());
    }

    // 2. bad input never crashes

    @Test
    void unlistableDirectoryIsAnInvalidInputNotACrash() throws Exception {
        // a directory whose path is longer than PATH_MAX cannot be listed, even by root (chmod 000
        // does not stop root); it is made one relative step at a time
        Path deep = dir.resolve("deep");
        Files.createDirectories(deep);
        file("deep/a.claims", "claim a: 1 <= 2\n");
        String d = "d".repeat(200);
        Process pr = new ProcessBuilder("bash", "-c", "for i in $(seq 25); do mkdir " + d + " && cd " + d
                + " || exit 1; done; echo 'claim b: 1 <= 2' > b.claims").directory(deep.toFile()).inheritIO().start();
        assertEquals(0, pr.waitFor());
        try {
            assertEquals(3, run("check", deep.toString()), out + "" + err);
            assertTrue(out.toString().contains("error[E601]: cannot read: File name too long"), out.toString());
            assertTrue(out.toString().contains("PROVED       a"), out.toString());
            assertFalse((out + "" + err).contains("Exception"), out + "" + err);
            assertFalse((out + "" + err).contains("\tat "), out + "" + err);
        } finally {
            // JUnit cannot delete a path longer than PATH_MAX; rm -rf walks it relatively
            new ProcessBuilder("rm", "-rf", deep.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void hugeTriesDoNotExhaustMemory() throws Exception {
        // x <= 1/2 fails for every x in (1/2, 1]; the first block finds it; before, 10^12 tries made
        // about 4.9e8 blocks up front and ran out of memory
        Path f = file("half.claims", "claim half forall x in [0, 1]: x <= 1/2\n  expect falsified\n");
        assertEquals(0, run("check", "--no-prove", "--threads", "2", "--tries", "1000000000000", "--format", "json",
                f.toString()), err.toString());
        JsonNode c = new ObjectMapper().readTree(out.toString()).get("claims").get(0);
        assertEquals("falsified", c.get("verdict").asText());
    }

    @Test
    void evalBeyondDoublesAndHugeLiteralsAreClear() {
        // 10^400 > Double.MAX_VALUE (about 1.797e308): no double value, a certified enclosure
        assertEquals(0, run("eval", "10^400"), err.toString());
        assertTrue(out.toString().contains("none in doubles"), out.toString());
        assertTrue(out.toString().contains("enclosure  [1.79"), out.toString());
        reset();
        assertEquals(3, run("eval", "1e2147483647"));
        assertTrue(err.toString().contains("error: cannot evaluate"), err.toString());
        assertEquals("", out.toString());
    }

    private static String chain(int n) {
        StringBuilder b = new StringBuilder("let a0 = 1\n");
        for (int i = 1; i < n; i++) {
            b.append("let a").append(i).append(" = a").append(i - 1).append(" + 1\n");
        }
        b.append("claim top: a").append(n - 1).append(" >= 1\n");
        b.append("claim low: a50 == 51\n");
        return b.toString();
    }

    @Test
    void letChainsHaveAFixedDepthLimit() throws Exception {
        Path f = file("chain.claims", chain(1000));
        assertEquals(3, run("check", "--no-prove", "--tries", "5", f.toString()));
        String first = out.toString();
        // a0..a100 nest 100 levels (a0 alone is one level): a101 is the first let past the limit
        assertTrue(first.contains("chain.claims:102:5: error[E104]: `a101` nests let definitions more than 100"),
                first);
        assertTrue(first.contains("ERROR        top"), first);
        // a50 = 51 exactly: unaffected by the long chain
        assertTrue(first.contains("low (") && !first.contains("ERROR        low"), first);
        assertFalse(first.contains("StackOverflow"), first);
        reset();
        assertEquals(3, run("check", "--no-prove", "--tries", "5", f.toString()));
        assertEquals(first.replaceAll("\\d+\\.\\d+s", "").replaceAll("\\d+\\.\\d s\\)", ""),
                out.toString().replaceAll("\\d+\\.\\d+s", "").replaceAll("\\d+\\.\\d s\\)", ""));
        reset();
        assertEquals(3, run("check", "--no-prove", "--tries", "5", file("long.claims", chain(60_000)).toString()));
        assertTrue(out.toString().contains("the claim nests let definitions more than 100 levels deep"), out.toString());
    }

    // 3. deterministic budgets

    @Test
    void sameSeedSameJsonForAnyThreads() throws Exception {
        // 9000 tries >= 8192: the blocked (parallel) search
        String[] args = {"check", "--format", "json", "--tries", "9000", "--seed", "7", "--no-prove",
            "spec/examples/bon_kl.claims", "spec/examples/pinsker.claims", "spec/examples/binary_counterexample.claims"};
        run(withThreads(args, 1));
        JsonNode a = withoutTimings(new ObjectMapper().readTree(out.toString()));
        reset();
        run(withThreads(args, 2));
        JsonNode b = withoutTimings(new ObjectMapper().readTree(out.toString()));
        assertTrue(a.get("claims").size() > 3);
        assertEquals(a.toPrettyString(), b.toPrettyString());
    }

    private static String[] withThreads(String[] args, int t) {
        String[] out = new String[args.length + 2];
        out[0] = args[0];
        out[1] = "--threads";
        out[2] = String.valueOf(t);
        System.arraycopy(args, 1, out, 3, args.length - 1);
        return out;
    }

    @Test
    void timeCappedClaimsAreNotCountedAsFullSearches() throws Exception {
        Path f = file("cap.claims", "claim sq forall x in [0, 1]: x * x <= x\n  expect holds\n");
        run("check", "--no-prove", "--tries", "1000000000000", "--time-cap", "200", f.toString());
        assertTrue(out.toString().contains("INCONCLUSIVE"), out.toString());
        assertTrue(out.toString().contains("of 1000000000000 tries"), out.toString());
        assertTrue(out.toString().contains("time cap 200 ms: 1 claim cut short (INCONCLUSIVE, not a full search)"),
                out.toString());
    }

    // 4. streaming output, quiet, colour, progress

    private static final String THREE = "claim first: 1 <= 2\nclaim second: 2 <= 1\n  expect holds\n"
            + "claim third: 3 <= 4\n";

    @Test
    void claimLinesComeInFileOrderAndProgressCounts() throws Exception {
        assertEquals(1, run("check", "--progress", "always", "--threads", "2", file("t.claims", THREE).toString()));
        String o = out.toString();
        int a = o.indexOf(" first ("), b = o.indexOf(" second ("), c = o.indexOf(" third (");
        assertTrue(a >= 0 && a < b && b < c, o);
        assertTrue(err.toString().contains("3/3 claims") || err.toString().contains("/3 claims"), err.toString());
    }

    @Test
    void quietShowsOnlyFailuresAndColorMarksThem() throws Exception {
        Path f = file("t.claims", THREE);
        assertEquals(1, run("check", "--quiet", f.toString()));
        assertFalse(out.toString().contains(" first ("), out.toString());
        assertTrue(out.toString().contains("FAIL ") && out.toString().contains(" second ("), out.toString());
        assertTrue(out.toString().contains("3 claims:"), out.toString());
        reset();
        assertEquals(1, run("check", "--color", "always", f.toString()));
        assertTrue(out.toString().contains("\u001b[32mPASS\u001b[0m"), out.toString());
        assertTrue(out.toString().contains("\u001b[31mFAIL\u001b[0m"), out.toString());
        reset();
        assertEquals(1, run("check", "--color", "never", f.toString()));
        assertFalse(out.toString().contains("\u001b["), out.toString());
        reset();
        assertEquals(2, run("check", "--color", "sometimes", f.toString()));
    }

    // 5. focus

    @Test
    void claimSelectsByNameOrGlob() throws Exception {
        Path f = file("t.claims", THREE);
        assertEquals(0, run("check", "--claim", "first", "--claim", "th*", f.toString()));
        assertTrue(out.toString().contains(" first (") && out.toString().contains(" third ("), out.toString());
        assertFalse(out.toString().contains(" second ("), out.toString());
        assertTrue(out.toString().contains("2 claims:"), out.toString());
        reset();
        assertEquals(3, run("check", "--claim", "nothing*", f.toString()));
        assertTrue(err.toString().contains("match --claim nothing*"), err.toString());
    }

    @Test
    void explainWithoutAClaimListsThem() throws Exception {
        Path f = file("t.claims", THREE + "theorem th forall x in [0, 1]: x <= 1\n");
        assertEquals(0, run("explain", f.toString()));
        String o = out.toString();
        assertTrue(o.contains("claim    first (" + f + ":1)"), o);
        assertTrue(o.contains("claim    third (" + f + ":4)"), o);
        assertTrue(o.contains("theorem  th (" + f + ":5)"), o);
        assertTrue(o.contains("4 claims in"), o);
    }

    // 7. ASCII hints

    @Test
    void pastedSymbolsGetAsciiHints() throws Exception {
        Path f = file("u.claims", "claim a: 1 \u2264 2\nclaim b: \u22121 <= 2\nclaim c: 1 <= \u221E\n"
                + "claim d: KL(bernoulli(1/2) \u2016 bernoulli(1/4)) >= 0\n");
        assertEquals(3, run("check", f.toString()));
        String o = out.toString();
        assertTrue(o.contains("write `<=` (ASCII) for `\u2264`"), o);
        assertTrue(o.contains("write `-` (ASCII) for `\u2212`"), o);
        assertTrue(o.contains("write `inf` (ASCII) for `\u221E`"), o);
        assertTrue(o.contains("write `||` (ASCII) for `\u2016`"), o);
    }
}
