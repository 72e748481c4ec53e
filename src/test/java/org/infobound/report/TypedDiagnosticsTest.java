package org.infobound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.FileProblem;
import org.infobound.engine.verdict.Expected;
import org.infobound.engine.verdict.ReportedDiagnostic;
import org.infobound.engine.verdict.Verdict;
import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagnostics reach every report as typed values (spec/DIAGNOSTICS.md, spec/REPORT-JSON.md):
 * locations and codes are read from the fields, never parsed back out of the rendered text. The
 * expected positions are counted by hand from the claims text written here; the file and message
 * texts are chosen so that parsing {@code file:line:col: error[CODE]: message} back would go
 * wrong.
 */
class TypedDiagnosticsTest {

    /** A directory name that reads like the head of a rendered warning. */
    private static final String ODD_DIR = "odd:1:1: warning[W101]: x";

    /**
     * Line 3 is {@code "    n + nn >= 0"}: {@code nn} starts after 8 characters (column 9) and
     * ends before column 11. Line 6 is {@code "    KLL(p || p) >= 0"}: {@code KLL} is columns 5 to 7.
     */
    private static final String TYPOS = "# two typos\n"
            + "claim typo forall n in 1..3:\n"
            + "    n + nn >= 0\n"
            + "  expect holds\n"
            + "claim misspelt forall p in dist(2..3):\n"
            + "    KLL(p || p) >= 0\n";

    /**
     * The claim starts at line 3, column 3 (two spaces of indent) and ends after line 4,
     * {@code "    KL(p || p) >= 0"} (19 characters): end column 20. Its alphabet bound uses the
     * binder {@code n}, which the evaluator rejects (an engine error, not a checker one).
     */
    private static final String ENGINE_ERROR = "# an engine error\n"
            + "\n"
            + "  claim c forall n in 1..3, p in dist(3..floor(5/2)):\n"
            + "    KL(p || p) >= 0\n";

    private static JsonSchema jsonSchema;
    private static JsonSchema sarifSchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchemas() throws Exception {
        String md = Files.readString(Path.of("spec/REPORT-JSON.md"));
        int start = md.indexOf("```json\n") + "```json\n".length();
        jsonSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(md.substring(start,
                md.indexOf("```", start)));
        try (InputStream in = TypedDiagnosticsTest.class.getClassLoader()
                .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
            assertNotNull(in);
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private CheckReport run(String subdir, String name, String text) throws Exception {
        Path d = Files.createDirectories(dir.resolve(subdir));
        Path f = d.resolve(name);
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), Fixtures.settings());
    }

    private static JsonNode json(CheckReport r) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Fixtures.render(JsonReport::write, r));
        assertEquals(java.util.Set.of(), jsonSchema.validate(root), root.toPrettyString());
        return root;
    }

    private static JsonNode sarif(CheckReport r) throws Exception {
        JsonNode root = new ObjectMapper().readTree(Fixtures.render(SarifReport::write, r));
        assertEquals(java.util.Set.of(), sarifSchema.validate(root), root.toPrettyString());
        return root;
    }

    private static List<JsonNode> sarifDiagnostics(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : root.get("runs").get(0).get("results")) {
            if (r.get("ruleId").asText().startsWith("diagnostic/")) {
                out.add(r);
            }
        }
        return out;
    }

    private static JsonNode region(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("region");
    }

    private static void assertSpan(JsonNode o, String lineKey, String colKey, int line, int col, int endLine,
            int endCol) {
        assertEquals(List.of(line, col, endLine, endCol), List.of(o.get(lineKey).asInt(), o.get(colKey).asInt(),
                o.get("endLine").asInt(), o.get("endColumn").asInt()), o.toString());
    }

    @Test
    void sarifRegionsComeFromTheTypedSpanEvenWhenThePathReadsLikeADiagnosticHead() throws Exception {
        CheckReport r = run(ODD_DIR, "a.claims", TYPOS);
        List<JsonNode> ds = sarifDiagnostics(sarif(r));
        assertEquals(2, ds.size(), ds.toString());
        JsonNode typo = ds.get(0);
        // parsing the rendered head back would give diagnostic/W101, warning, 1:1
        assertEquals("diagnostic/E101", typo.get("ruleId").asText());
        assertEquals("error", typo.get("level").asText());
        assertEquals("unknown name `nn`", typo.get("message").get("text").asText());
        assertSpan(region(typo), "startLine", "startColumn", 3, 9, 3, 11);
        JsonNode fn = ds.get(1);
        assertEquals("diagnostic/E102", fn.get("ruleId").asText());
        assertSpan(region(fn), "startLine", "startColumn", 6, 5, 6, 8);
        assertEquals("did you mean `KL`?", fn.get("properties").get("hint").asText());
        String uri = typo.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
        assertTrue(uri.endsWith("/odd:1:1:%20warning%5BW101%5D:%20x/a.claims"), uri);
    }

    @Test
    void jsonCarriesTheTypedFieldsNextToTheRenderedTextForProblemsAndErrorClaims() throws Exception {
        CheckReport r = run(ODD_DIR, "a.claims", TYPOS);
        JsonNode root = json(r);
        String file = dir.resolve(ODD_DIR).resolve("a.claims").toString();
        JsonNode p = root.get("problems").get(0);
        assertEquals(2, p.get("diagnosticDetails").size());
        assertEquals(p.get("diagnostics").size(), p.get("diagnosticDetails").size());
        JsonNode typo = p.get("diagnosticDetails").get(0);
        assertEquals(file, typo.get("file").asText());
        assertSpan(typo, "line", "column", 3, 9, 3, 11);
        assertEquals("error", typo.get("severity").asText());
        assertEquals("E101", typo.get("code").asText());
        assertEquals("unknown name `nn`", typo.get("message").asText());
        assertEquals("", typo.get("hint").asText());
        // the rendered text is kept unchanged for people
        assertTrue(p.get("diagnostics").get(0).asText().startsWith(file + ":3:9: error[E101]: unknown name `nn`\n"));
        JsonNode typoClaim = root.get("claims").get(0);
        assertEquals("error", typoClaim.get("verdict").asText());
        assertEquals(typo, typoClaim.get("diagnosticDetails").get(0));
        JsonNode fn = root.get("claims").get(1).get("diagnosticDetails").get(0);
        assertEquals("E102", fn.get("code").asText());
        assertSpan(fn, "line", "column", 6, 5, 6, 8);
        assertEquals("did you mean `KL`?", fn.get("hint").asText());
    }

    @Test
    void anEngineErrorIsATypedDiagnosticAtTheClaimsSpan() throws Exception {
        CheckReport r = run("plain", "e.claims", ENGINE_ERROR);
        ClaimResult c = r.results().get(0);
        Verdict.Error e = (Verdict.Error) c.verdict();
        ReportedDiagnostic d = e.diagnostics().get(0);
        assertEquals(Code.E602, d.code());
        assertEquals(List.of(3, 3, 4, 20), List.of(d.line(), d.column(), d.endLine(), d.endColumn()));
        JsonNode j = json(r).get("claims").get(0).get("diagnosticDetails").get(0);
        assertEquals("E602", j.get("code").asText());
        assertSpan(j, "line", "column", 3, 3, 4, 20);
        List<JsonNode> ds = sarifDiagnostics(sarif(r));
        assertEquals(1, ds.size(), ds.toString());
        assertEquals("diagnostic/E602", ds.get(0).get("ruleId").asText());
        assertSpan(region(ds.get(0)), "startLine", "startColumn", 3, 3, 4, 20);
    }

    @Test
    void aClaimLeftOutForAnErrorInALetIsE603AndTheLetErrorKeepsItsOwnSpan() throws Exception {
        // line 1 "let f(n) = n + nn": nn is columns 16 to 17; the use "f(n)" of the broken let is
        // line 3, columns 5 to 8 (a use of a let with errors is E603 at the use)
        CheckReport r = run("plain", "l.claims", "let f(n) = n + nn\nclaim c forall n in 1..3:\n    f(n) >= 0\n");
        JsonNode root = json(r);
        JsonNode let = root.get("problems").get(0).get("diagnosticDetails").get(0);
        assertEquals("E101", let.get("code").asText());
        assertSpan(let, "line", "column", 1, 16, 1, 18);
        JsonNode claim = root.get("claims").get(0).get("diagnosticDetails").get(0);
        assertEquals("E603", claim.get("code").asText());
        assertSpan(claim, "line", "column", 3, 5, 3, 9);
        List<String> rules = sarifDiagnostics(sarif(r)).stream().map(x -> x.get("ruleId").asText()).toList();
        assertEquals(List.of("diagnostic/E101", "diagnostic/E603"), rules);
    }

    @Test
    void aMissingFileIsE601AtItsFirstLine() throws Exception {
        CheckReport r = CheckRun.run(List.of(dir.resolve("no-such.claims")), Fixtures.settings());
        assertEquals(3, r.exitCode());
        JsonNode d = json(r).get("problems").get(0).get("diagnosticDetails").get(0);
        assertEquals("E601", d.get("code").asText());
        assertEquals("no such file or directory", d.get("message").asText());
        assertSpan(d, "line", "column", 1, 1, 1, 1);
        assertEquals("diagnostic/E601", sarifDiagnostics(sarif(r)).get(0).get("ruleId").asText());
    }

    @Test
    void aMessageThatLooksLikeADiagnosticHeadIsCarriedVerbatim() throws Exception {
        // hand-built: a path with colons and a message with ": error: " in it; the typed span is 4:6-4:9
        String file = "a:2:5: warning: b.claims";
        String message = "rewards.csv:7:3: error: not a number";
        ReportedDiagnostic d = new ReportedDiagnostic(file, 4, 6, 4, 9, Severity.ERROR, Code.E502, message, "",
                file + ":4:6: error[E502]: " + message + "\n");
        CheckReport r = new CheckReport(List.of(new ClaimResult(file, "c", 2, false, new Verdict.Error(List.of(d)),
                Expected.NONE, 0)), List.of(new FileProblem(file, List.of(d), true)), Fixtures.settings(), 0.1);
        List<JsonNode> ds = sarifDiagnostics(sarif(r));
        assertEquals(1, ds.size(), "the claim's diagnostic is the file's one, reported once");
        assertEquals("diagnostic/E502", ds.get(0).get("ruleId").asText());
        assertEquals("error", ds.get(0).get("level").asText());
        assertEquals(message, ds.get(0).get("message").get("text").asText());
        assertSpan(region(ds.get(0)), "startLine", "startColumn", 4, 6, 4, 9);
        assertEquals("./a:2:5:%20warning:%20b.claims", ds.get(0).get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText());
        JsonNode j = json(r).get("problems").get(0).get("diagnosticDetails").get(0);
        assertEquals(message, j.get("message").asText());
        assertEquals(file, j.get("file").asText());
        assertSpan(j, "line", "column", 4, 6, 4, 9);
        String tex = Fixtures.render(LatexReport::write, r);
        assertTrue(tex.contains("malformed claim: \\texttt{E502} at 4:6 rewards.csv:7:3: error: not a number"), tex);
        String xml = Fixtures.render((rep, out) -> JunitReport.write(rep, out, false), r);
        assertTrue(xml.contains("message=\"invalid claims file: E502 at 4:6: " + message + "\""), xml);
    }
}
