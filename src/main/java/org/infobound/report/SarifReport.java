package org.infobound.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Optional;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.FileProblem;
import org.infobound.engine.verdict.ReportedDiagnostic;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.infobound.lang.diag.Severity;

/**
 * SARIF 2.1.0 (OASIS) for code-scanning tools: one run, the stable rules of {@link SarifRule},
 * one result per claim and one per diagnostic (of a file, or found while deciding a claim), read
 * from the typed {@link ReportedDiagnostic}: its code's rule, its severity as the level, its span
 * (start and end line and column) as the region. A claim's region spans its lines (from
 * {@code claim} to its {@code expect}); claims that fail the gate are {@code kind: fail,
 * level: error}, PROVED and expected refutations {@code pass}, SURVIVED/INCONCLUSIVE that meet
 * their expectation {@code open} (SARIF 3.27.9). {@code partialFingerprints} hash the rule, the
 * file and the claim name, so an alert survives edits that move the claim. Counterexamples and
 * seeds go in the result's property bag.
 */
public final class SarifReport {

    /** The schema URI written in {@code $schema}. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    /** Writes {@code report} to {@code out}. */
    public static void write(CheckReport report, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "infobound");
        driver.put("semanticVersion", "0.1.0");
        ArrayNode rules = driver.putArray("rules");
        for (SarifRule r : SarifRule.ALL) {
            ObjectNode o = rules.addObject();
            o.put("id", r.id());
            o.put("name", r.name());
            o.putObject("shortDescription").put("text", r.description());
        }
        ObjectNode inv = run.putArray("invocations").addObject();
        inv.put("executionSuccessful", true);
        inv.put("exitCode", report.exitCode());
        ObjectNode props = run.putObject("properties");
        props.put("seed", report.settings().seed());
        props.put("triesPerClaim", report.settings().tries());
        props.put("gate", report.exitCode() == 0 ? "pass" : "fail");
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        ClaimSources sources = new ClaimSources();
        for (ClaimResult r : report.results()) {
            results.add(claim(r, sources.find(r), report.settings().seed()));
        }
        java.util.Set<ReportedDiagnostic> seen = new java.util.HashSet<>();
        for (FileProblem p : report.problems()) {
            for (ReportedDiagnostic d : p.diagnostics()) {
                if (seen.add(d)) {
                    results.add(diagnostic(d));
                }
            }
        }
        // errors found while deciding a claim (E602, E603) are not file problems: one result each too
        for (ClaimResult r : report.results()) {
            if (r.verdict() instanceof Verdict.Error e) {
                for (ReportedDiagnostic d : e.diagnostics()) {
                    if (seen.add(d)) {
                        results.add(diagnostic(d));
                    }
                }
            }
        }
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static ObjectNode claim(ClaimResult r, Optional<ClaimSource> src, long seed) {
        SarifRule rule = SarifRule.of(r.internal() ? VerdictKind.ERROR : r.verdict().kind());
        ObjectNode o = MAPPER.createObjectNode();
        o.put("ruleId", rule.id());
        o.put("ruleIndex", rule.index());
        VerdictKind k = r.verdict().kind();
        if (!r.passed()) {
            o.put("kind", "fail");
            o.put("level", "error");
        } else {
            boolean assuming = r.verdict() instanceof Verdict.Proved pr && pr.assuming();
            o.put("kind", k == VerdictKind.PROVED && !assuming || k == VerdictKind.FALSIFIED ? "pass" : "open");
            o.put("level", "none");
        }
        o.putObject("message").put("text", Evidence.line(r));
        ObjectNode region = location(o, r.file());
        region.put("startLine", r.line());
        region.put("startColumn", 1);
        src.ifPresent(s -> region.put("endLine", s.endLine()));
        o.putObject("partialFingerprints").put("infoboundClaim/v1",
                Fingerprint.of(rule.id(), SarifUris.normalise(r.file()), r.name()));
        ObjectNode p = o.putObject("properties");
        p.put("claim", r.name());
        p.put("verdict", r.jsonWord());
        if (r.verdict() instanceof Verdict.Proved pr && pr.assuming()) {
            pr.premises().forEach(p.putArray("premises")::add);
        }
        if (r.internal()) {
            p.put("internalError", r.internalError());
        }
        p.put("expected", r.expected().word());
        p.put("passed", r.passed());
        p.put("seed", seed);
        src.ifPresent(s -> p.put("statement", s.statement()));
        if (r.verdict() instanceof Verdict.Unconfirmed u) {
            ObjectNode fv = p.putObject("floatViolation");
            u.instance().forEach(fv.putObject("instance")::put);
            fv.put("relation", u.relation());
            fv.put("left", Evidence.num(u.left()));
            fv.put("right", Evidence.num(u.right()));
            fv.put("margin", Evidence.num(u.margin()));
            fv.put("bound", Evidence.num(u.bound()));
            fv.put("reason", u.reason());
        }
        if (r.verdict() instanceof Verdict.Falsified f) {
            ObjectNode cx = p.putObject("counterexample");
            f.counterexample().inputs().forEach(cx.putObject("inputs")::put);
            cx.put("relation", f.counterexample().relation());
            if (f.counterexample().left() != null) {
                cx.put("left", f.counterexample().left().toString());
                cx.put("right", f.counterexample().right().toString());
            }
            cx.put("margin", Evidence.num(f.counterexample().margin()));
            cx.put("seed", f.counterexample().seed());
        }
        return o;
    }

    /** A diagnostic result: its code's rule, its level, its typed span as the region. */
    private static ObjectNode diagnostic(ReportedDiagnostic d) {
        SarifRule rule = SarifRule.ofCode(d.code());
        ObjectNode o = MAPPER.createObjectNode();
        o.put("ruleId", rule.id());
        o.put("ruleIndex", rule.index());
        o.put("kind", "fail");
        o.put("level", level(d.severity()));
        o.putObject("message").put("text", d.message());
        ObjectNode region = location(o, d.file());
        region.put("startLine", d.line());
        region.put("startColumn", d.column());
        region.put("endLine", d.endLine());
        region.put("endColumn", d.endColumn());
        o.putObject("partialFingerprints").put("infoboundDiagnostic/v1",
                Fingerprint.of(rule.id(), SarifUris.normalise(d.file()), d.message()));
        ObjectNode p = o.putObject("properties");
        p.put("code", d.code().name());
        if (!d.hint().isEmpty()) {
            p.put("hint", d.hint());
        }
        return o;
    }

    private static String level(Severity s) {
        switch (s) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            case NOTE:
                return "note";
            default:
                throw new AssertionError(s);
        }
    }

    /** Adds {@code locations[0].physicalLocation} for {@code file}; returns its empty region. */
    private static ObjectNode location(ObjectNode result, String file) {
        ObjectNode phys = result.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode art = phys.putObject("artifactLocation");
        art.put("uri", SarifUris.uri(file));
        if (!SarifUris.isAbsolute(file)) {
            art.put("uriBaseId", "%SRCROOT%");
        }
        return phys.putObject("region");
    }
}
