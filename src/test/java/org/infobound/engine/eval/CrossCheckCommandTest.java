package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infobound.cli.Main;
import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.Ties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code infobound check --cross-check} end to end: agreement exits 0 with comparisons made and
 * the JSON {@code crossCheck} fields (valid against the schema of spec/REPORT-JSON.md); a broken
 * exact route injected through the package-private hook exits 70 and is printed as an internal
 * error, with the verdicts unchanged.
 */
class CrossCheckCommandTest {

    private static final String CLAIMS = """
            claim cc_bon
              forall n in 1..12, p in dist(2..5), g in fn(0, 1):
                KL(bon(p, n) || p) <= log(n) and KL(bon(p, n, ties = index) || p) <= log(n)
                and KL(bon(p, n, by = g) || p) <= log(n)
              expect holds

            claim cc_mix_winrate
              forall p, q in dist(2..4), w in [0, 1]:
                KL(mix(p, q, w) || p) <= KL(q || p) and winrate(p, q) <= 1
              expect holds

            claim cc_line
              forall n in 1..6, p in continuous:
                cdf(bon(p, n), 0) <= 1
              expect holds
            """;

    private static JsonSchema schema;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    @BeforeAll
    static void loadSchemaFromTheSpec() throws Exception {
        String md = Files.readString(Path.of("spec/REPORT-JSON.md"));
        int start = md.indexOf("```json\n") + "```json\n".length();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(md.substring(start,
                md.indexOf("```", start)));
    }

    private int check(String... args) throws Exception {
        Path f = dir.resolve("cc.claims");
        Files.writeString(f, CLAIMS);
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        String[] all = new String[args.length + 6];
        System.arraycopy(new String[] {"check", "--no-progress", "--no-prove", "--tries", "20", "--threads"}, 0, all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        String[] withFile = java.util.Arrays.copyOf(all, all.length + 1);
        withFile[all.length] = f.toString();
        return cl.execute(withFile);
    }

    @Test
    void agreementExitsZeroWithComparisonsAndTheJsonFields() throws Exception {
        assertEquals(0, check("1", "--cross-check", "--cross-check-instances", "3", "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertEquals(java.util.Set.of(), schema.validate(root), out.toString());
        assertEquals(0, root.get("summary").get("crossCheck").asInt());
        for (JsonNode c : root.get("claims")) {
            JsonNode cc = c.get("crossCheck");
            assertEquals(3, cc.get("instances").asInt(), c.toString());
            assertTrue(cc.get("comparisons").asLong() > 0, c.toString());
            assertEquals(0, cc.get("disagreements").size());
            assertTrue(cc.get("worst").asDouble() <= 1);
        }
    }

    @Test
    void withoutTheOptionTheJsonHasNoCrossCheck() throws Exception {
        assertEquals(0, check("1", "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertFalse(root.get("summary").has("crossCheck"));
        root.get("claims").forEach(c -> assertFalse(c.has("crossCheck")));
    }

    @Test
    void aBrokenExactRouteExitsSeventyAndKeepsTheVerdicts() throws Exception {
        CrossCheckBackend.exactRoute = () -> new FloatBackend() {
            @Override
            public DiscreteLaw bon(DiscreteLaw p, long n, Ties ties) {
                return n == 1 ? super.bon(p, n, ties) : p;
            }
        };
        try {
            assertEquals(70, check("1", "--cross-check", "--cross-check-instances", "4", "--format", "json"));
            JsonNode root = new ObjectMapper().readTree(out.toString());
            assertEquals(java.util.Set.of(), schema.validate(root), out.toString());
            assertEquals(70, root.get("summary").get("exitCode").asInt());
            assertTrue(root.get("summary").get("crossCheck").asInt() > 0);
            JsonNode bon = root.get("claims").get(0);
            assertEquals("survived", bon.get("verdict").asText());
            JsonNode d = bon.get("crossCheck").get("disagreements").get(0);
            assertTrue(d.get("law").asText().startsWith("bon("), d.toString());
            assertTrue(d.get("instance").has("p") && d.get("instance").has("n"), d.toString());
            assertTrue(d.get("count").asLong() >= 0 && d.get("samples").asLong() >= 2000, d.toString());
            out.getBuffer().setLength(0);
            assertEquals(70, check("1", "--cross-check", "--cross-check-instances", "4"));
            assertTrue(out.toString().contains("INTERNAL ERROR, cross-check disagreement: bon("), out.toString());
        } finally {
            CrossCheckBackend.exactRoute = FloatBackend::new;
        }
    }
}
