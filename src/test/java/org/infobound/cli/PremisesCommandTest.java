package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * spec/CHECK.md, theorems of a claims file: only the bundled library is trusted. A file's
 * theorem is decided first; a claim proved through one that is not PROVED is PROVED assuming
 * it, which does not meet {@code expect proved}; a FALSIFIED theorem is never used.
 */
class PremisesCommandTest extends CliTestBase {

    @TempDir
    Path dir;

    // Truth by arithmetic: (x - 1/3)^2 > 0 is false at x = 1/3; x^2 >= x is false at x = 1/2
    // (1/4 < 1/2); x^2 <= x holds on [0, 1] (x^2 - x = x (x - 1) <= 0).
    private static final String TEXT = "theorem t forall x in [0, 1]: (x - 1/3)^2 > 0\n"
            + "theorem tf forall x in [0, 1]: x^2 >= x\n"
            + "claim c forall y in [0, 1]: (y - 1/3)^2 > 0\n  expect proved\n"
            + "claim c2 forall y in [0, 1]: (y - 1/3)^2 > 0\n  expect open\n"
            + "claim cf forall y in [0, 1]: y^2 >= y\n  expect open\n";

    private Map<String, JsonNode> json(String... extra) throws Exception {
        Path p = dir.resolve("p.claims");
        Files.writeString(p, TEXT);
        String[] args = new String[extra.length + 7];
        String[] base = {"check", "--seed", "1", "--no-progress", "--format", "json", p.toString()};
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        assertEquals(Main.EXIT_GATE_FAILED, run(args), out + "" + err);
        Map<String, JsonNode> m = new HashMap<>();
        new ObjectMapper().readTree(out.toString()).get("claims").forEach(c -> m.put(c.get("name").asText(), c));
        return m;
    }

    @Test
    void aClaimProvedThroughAnUnprovedTheoremIsOnlyProvedAssumingIt() throws Exception {
        Map<String, JsonNode> m = json();
        // the theorem itself is not PROVED (it is false at 1/3; the search may or may not hit 1/3)
        assertNotEquals("proved", m.get("t").get("verdict").asText());
        JsonNode c = m.get("c");
        assertNotEquals("proved", c.get("verdict").asText(), c.toString());
        if (c.get("verdict").asText().equals("proved_assuming")) {
            assertEquals("t", c.get("premises").get(0).asText());
        }
        assertFalse(c.get("passed").asBoolean(), "expect proved is not met by PROVED assuming");
        assertTrue(m.get("c2").get("passed").asBoolean());
    }

    @Test
    void aFalsifiedTheoremIsNeverUsed() throws Exception {
        Map<String, JsonNode> m = json();
        assertEquals("falsified", m.get("tf").get("verdict").asText());
        // before: PROVED by theorem tf; the claim is false (y = 1/2), so it must be FALSIFIED
        assertEquals("falsified", m.get("cf").get("verdict").asText(), m.get("cf").toString());
    }

    @Test
    void textAndJunitShowTheAssumption() throws Exception {
        Path p = dir.resolve("p.claims");
        Files.writeString(p, TEXT);
        Path junit = dir.resolve("r.xml");
        assertEquals(Main.EXIT_GATE_FAILED, run("check", "--seed", "1", "--no-progress", "--report",
                "junit=" + junit, p.toString()));
        String o = out.toString();
        assertTrue(o.contains("FAIL PROVED assuming t c ") || o.contains("FAIL FALSIFIED    c "), o);
        String xml = Files.readString(junit);
        int at = xml.indexOf("name=\"c\"");
        assertTrue(at > 0 && xml.indexOf("<failure", at) > 0 && xml.indexOf("<failure", at) < xml.indexOf("</testcase>", at), xml);
    }
}
