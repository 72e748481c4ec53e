package org.infobound.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import org.infobound.engine.eval.Disagreement;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.CrossCheckResult;
import org.infobound.engine.run.FileProblem;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Enclosure;
import org.infobound.engine.verdict.ReportedDiagnostic;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;

/**
 * JSON for machines (issue 4): {@code claims[]} with {@code file, name, line, verdict, expected,
 * passed, seconds, tries, seed}, {@code counterexample} ({@code inputs} by binder name, the
 * violated {@code relation}, {@code left}/{@code right} enclosures, {@code margin}) and
 * {@code certificate} where present, {@code diagnostics} (rendered) and {@code diagnosticDetails}
 * (typed) for ERROR; {@code problems[]} (the same two arrays); a {@code summary} with counts and the
 * gate. Infinite enclosure ends are the strings {@code "inf"} and {@code "-inf"}. With
 * {@code --cross-check}, a {@code crossCheck} object per claim and a {@code crossCheck} count
 * (disagreements) in the summary.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** Writes {@code report} to {@code out}. */
    public static void write(CheckReport report, PrintWriter out) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode claims = root.putArray("claims");
        for (ClaimResult r : report.results()) {
            claims.add(claim(r, report.settings().seed()));
        }
        ArrayNode problems = root.putArray("problems");
        for (FileProblem p : report.problems()) {
            ObjectNode o = problems.addObject();
            o.put("file", p.file());
            o.put("fatal", p.fatal());
            diagnostics(o, p.diagnostics());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("claims", report.results().size());
        for (Map.Entry<VerdictKind, Integer> e : report.counts().entrySet()) {
            summary.put(e.getKey().jsonWord(), e.getValue());
        }
        summary.put("proved_assuming", report.provedAssuming());
        summary.put("internal_error", report.internalErrors());
        summary.put("failed", report.results().stream().filter(r -> !r.passed()).count());
        summary.put("gate", report.exitCode() == 0 ? "pass" : "fail");
        summary.put("exitCode", report.exitCode());
        summary.put("seed", report.settings().seed());
        summary.put("seconds", report.seconds());
        if (report.settings().crossCheck()) {
            summary.put("crossCheck", report.crossCheckDisagreements());
        }
        try {
            out.println(MAPPER.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }

    private static ObjectNode claim(ClaimResult r, long seed) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("file", r.file());
        o.put("name", r.name());
        o.put("line", r.line());
        o.put("kind", r.theorem() ? "theorem" : "claim");
        o.put("verdict", r.jsonWord());
        if (r.internal()) {
            o.put("internalError", r.internalError());
        }
        o.put("expected", r.expected().word());
        o.put("passed", r.passed());
        o.put("seconds", r.seconds());
        o.put("seed", seed);
        Verdict v = r.verdict();
        if (v instanceof Verdict.Survived s) {
            o.put("tries", s.tries());
            o.put("skipped", s.skipped());
            number(o, "smallestMargin", s.smallestMargin());
            number(o, "floatNoise", s.floatNoise());
            o.put("outOfRange", s.outOfRange());
            if (!s.notes().isEmpty()) {
                ArrayNode notes = o.putArray("notes");
                s.notes().forEach(notes::add);
            }
            if (!s.outOfRangeAt().isEmpty()) {
                ArrayNode at = o.putArray("outOfRangeAt");
                for (Map<String, String> m : s.outOfRangeAt()) {
                    ObjectNode inst = at.addObject();
                    m.forEach(inst::put);
                }
            }
        } else if (v instanceof Verdict.Falsified f) {
            o.put("tries", f.tries());
            o.set("counterexample", counterexample(f.counterexample()));
        } else if (v instanceof Verdict.Unconfirmed u) {
            o.put("tries", u.tries());
            ObjectNode f = o.putObject("floatViolation");
            ObjectNode inst = f.putObject("instance");
            u.instance().forEach(inst::put);
            f.put("relation", u.relation());
            number(f, "left", u.left());
            number(f, "right", u.right());
            number(f, "margin", u.margin());
            number(f, "bound", u.bound());
            f.put("reason", u.reason());
        } else if (v instanceof Verdict.Inconclusive i) {
            o.put("tries", i.tries());
            o.put("reason", i.reason());
            ObjectNode inst = o.putObject("instance");
            i.instance().forEach(inst::put);
        } else if (v instanceof Verdict.Proved p) {
            o.put("tries", p.certificate().instancesChecked());
            ObjectNode c = o.putObject("certificate");
            p.premises().forEach(o.putArray("premises")::add);
            c.put("method", p.certificate().method());
            c.put("instancesChecked", p.certificate().instancesChecked());
            p.certificate().steps().forEach(c.putArray("steps")::add);
        } else if (v instanceof Verdict.Error e) {
            o.put("tries", 0);
            diagnostics(o, e.diagnostics());
        }
        if (r.crossCheck() != null) {
            o.set("crossCheck", crossCheck(r.crossCheck()));
        }
        return o;
    }

    /**
     * {@code diagnostics[]}: the rendered texts (as before); {@code diagnosticDetails[]}: the same
     * diagnostics, in the same order, as typed objects.
     */
    private static void diagnostics(ObjectNode o, java.util.List<ReportedDiagnostic> ds) {
        ArrayNode rendered = o.putArray("diagnostics");
        ArrayNode details = o.putArray("diagnosticDetails");
        for (ReportedDiagnostic d : ds) {
            rendered.add(d.rendered());
            ObjectNode x = details.addObject();
            x.put("file", d.file());
            x.put("line", d.line());
            x.put("column", d.column());
            x.put("endLine", d.endLine());
            x.put("endColumn", d.endColumn());
            x.put("severity", d.severity().word());
            x.put("code", d.code().name());
            x.put("message", d.message());
            x.put("hint", d.hint());
        }
    }

    private static ObjectNode crossCheck(CrossCheckResult c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("instances", c.instances());
        o.put("skipped", c.skipped());
        o.put("comparisons", c.comparisons());
        o.put("notChecked", c.notChecked());
        number(o, "worst", c.worst());
        o.put("seconds", c.seconds());
        ArrayNode ds = o.putArray("disagreements");
        for (Disagreement d : c.disagreements()) {
            ObjectNode x = ds.addObject();
            x.put("law", d.law());
            ObjectNode inst = x.putObject("instance");
            d.instance().forEach(inst::put);
            x.put("outcome", d.outcome());
            number(x, "exact", d.exact());
            number(x, "sampled", d.sampled());
            if (d.count() >= 0) {
                x.put("count", d.count());
            }
            x.put("samples", d.samples());
            ObjectNode iv = x.putObject("interval");
            number(iv, "lo", d.lo());
            number(iv, "hi", d.hi());
            x.put("test", d.test());
        }
        return o;
    }

    private static ObjectNode counterexample(Counterexample cx) {
        ObjectNode o = MAPPER.createObjectNode();
        ObjectNode inputs = o.putObject("inputs");
        cx.inputs().forEach((k, v) -> {
            try {
                inputs.put(k, Long.parseLong(v));
            } catch (NumberFormatException e) {
                inputs.put(k, v);
            }
        });
        o.put("relation", cx.relation());
        o.set("left", enclosure(cx.left()));
        o.set("right", enclosure(cx.right()));
        number(o, "margin", cx.margin());
        o.put("seed", cx.seed());
        o.put("shrinkSteps", cx.shrinkSteps());
        return o;
    }

    private static ObjectNode enclosure(Enclosure e) {
        ObjectNode o = MAPPER.createObjectNode();
        if (e != null) {
            number(o, "lo", e.lo());
            number(o, "hi", e.hi());
        }
        return o;
    }

    private static void number(ObjectNode o, String key, double x) {
        if (Double.isInfinite(x)) {
            o.put(key, x > 0 ? "inf" : "-inf");
        } else if (Double.isNaN(x)) {
            o.putNull(key);
        } else {
            o.put(key, x);
        }
    }
}
