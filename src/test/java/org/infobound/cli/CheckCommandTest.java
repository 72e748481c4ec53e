package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code infobound check} and {@code infobound eval}: exit codes and output, through picocli. */
class CheckCommandTest extends CliTestBase {

    @TempDir
    Path dir;


    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static final String GOOD = "let klbon(n) = log(n) - (n - 1) / n\n"
            + "claim bound forall n in 1..50, p in dist(1..6): KL(bon(p, n) || p) <= klbon(n)\n  expect holds\n"
            + "claim equality forall n in 1..50, p in dist(2..6): KL(bon(p, n) || p) == klbon(n)\n  expect falsified\n";

    @Test
    void passingGateExitsZero() throws Exception {
        assertEquals(0, run("check", "--tries", "50", file("good.claims", GOOD).toString()), out + "" + err);
        assertTrue(out.toString().contains("FALSIFIED"));
        assertTrue(out.toString().contains("gate PASS"));
    }

    @Test
    void unmetExpectationExitsOne() throws Exception {
        String text = "claim eq forall n in 2..5: log(n) - (n - 1) / n == 0\n  expect holds\n";
        assertEquals(1, run("check", file("bad.claims", text).toString()));
        assertTrue(out.toString().contains("FAIL FALSIFIED"));
    }

    @Test
    void directoriesAreSearchedForClaimsFiles() throws Exception {
        file("a.claims", "claim a: 1 <= 2\n");
        file("notes.txt", "not a claims file");
        assertEquals(0, run("check", dir.toString()));
        assertTrue(out.toString().contains("1 claims"));
    }

    @Test
    void invalidFilesExitThreeAndValidClaimsStillRun() throws Exception {
        String text = "claim ok: 1 <= 2\nclaim broken forall n in 1..3: nn >= 1\n";
        assertEquals(3, run("check", file("x.claims", text).toString()));
        assertTrue(out.toString().contains("PROVED       ok"), out.toString());
        assertTrue(out.toString().contains("ERROR        broken"), out.toString());
    }

    @Test
    void missingFileOrBadOptionsAreUsageOrInvalid() throws Exception {
        assertEquals(3, run("check", dir.resolve("nope.claims").toString()));
        assertEquals(2, run("check", "--tries", "0", file("y.claims", "claim a: 1 <= 2\n").toString()));
        assertEquals(2, run("check", "--no-such-option", "x"));
    }

    @Test
    void jsonHasTheFieldsOfTheIssue() throws Exception {
        assertEquals(0, run("check", "--format", "json", "--tries", "50", "--seed", "9", file("j.claims", GOOD).toString()));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        JsonNode eq = root.get("claims").get(1);
        for (String f : new String[] {"file", "name", "line", "verdict", "expected", "passed", "seconds", "tries", "seed"}) {
            assertTrue(eq.has(f), f);
        }
        assertEquals("falsified", eq.get("verdict").asText());
        assertEquals(9, eq.get("seed").asLong());
        JsonNode cx = eq.get("counterexample");
        assertEquals(2, cx.get("inputs").get("n").asLong());
        assertEquals("[1/2, 1/2]", cx.get("inputs").get("p").asText());
        assertTrue(cx.get("left").get("hi").asDouble() < cx.get("right").get("lo").asDouble());
        assertEquals("pass", root.get("summary").get("gate").asText());
        assertEquals(1, root.get("summary").get("falsified").asInt());
    }

    @Test
    void evalPrintsValueAndCertifiedEnclosure() {
        assertEquals(0, run("eval", "KL(bon(categorical([1/2, 1/2], rewards = [0, 1]), 2) || categorical([1/2, 1/2], rewards = [0, 1]))"));
        String s = out.toString();
        assertTrue(s.contains("0.1308120359411"), s);
        assertTrue(s.contains("(certified)"), s);
        assertEquals(3, run("eval", "foo(2)"));
    }
}
