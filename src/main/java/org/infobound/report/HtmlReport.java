package org.infobound.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.FileProblem;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.ReportedDiagnostic;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;

/**
 * One self-contained HTML page per run (no external files, scripts or fonts): a summary, a table
 * of claims, and per claim its statement, verdict and evidence: the counterexample table with
 * certified enclosures, the proof steps, the search budget, or the diagnostics. A falsified claim
 * also gets a plot of both sides of the violated relation over a swept parameter with the
 * counterexample marked ({@link Sweep}, drawn by XChart, embedded as a PNG data URI).
 */
public final class HtmlReport {

    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:980px;"
            + "color:#222}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;"
            + "padding:.25em .6em;text-align:left;vertical-align:top}th{background:#f3f3f3}"
            + "code,pre{font-family:ui-monospace,monospace;font-size:.92em}pre{background:#f7f7f7;padding:.6em;"
            + "overflow-x:auto}.v{font-weight:bold;padding:.1em .5em;border-radius:.3em;color:#fff}"
            + ".proved{background:#2e7d32}.falsified{background:#c62828}.survived{background:#1565c0}"
            + ".inconclusive{background:#8d6e00}.error{background:#555}.fail{color:#c62828;font-weight:bold}"
            + "section{border-top:1px solid #ddd;margin-top:1.5em}img{max-width:100%}";

    private HtmlReport() {
    }

    /** Writes {@code report} to {@code out}; {@code plots} draws the counterexample plots. */
    public static void write(CheckReport report, PrintWriter out, boolean plots) {
        ClaimSources sources = new ClaimSources();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>infobound check report</title>");
        out.println("<style>" + CSS + "</style></head><body>");
        out.println("<h1>infobound check report</h1>");
        Map<VerdictKind, Integer> c = report.counts();
        out.printf(Locale.ROOT, "<p>%d claims: %d proved (%d assuming unproved theorems), %d falsified, %d unconfirmed, %d survived, %d inconclusive, %d error, %d internal error. "
                + "Gate <span class=\"%s\">%s</span> (exit %d). Seed %d, %d tries per claim, %.1f s.</p>%n",
                report.results().size(), c.get(VerdictKind.PROVED), report.provedAssuming(), c.get(VerdictKind.FALSIFIED),
                c.get(VerdictKind.UNCONFIRMED), c.get(VerdictKind.SURVIVED), c.get(VerdictKind.INCONCLUSIVE), c.get(VerdictKind.ERROR),
                report.internalErrors(), report.exitCode() == 0 ? "pass" : "fail", report.exitCode() == 0 ? "PASS" : "FAIL",
                report.exitCode(), report.settings().seed(), report.settings().tries(), report.seconds());
        for (FileProblem p : report.problems()) {
            out.println("<pre>" + Html.esc(String.join("\n", p.rendered())) + "</pre>");
        }
        out.println("<table><tr><th>claim</th><th>where</th><th>verdict</th><th>expect</th><th>gate</th></tr>");
        for (ClaimResult r : report.results()) {
            out.println("<tr><td><a href=\"#" + anchor(r) + "\"><code>" + Html.esc(r.name()) + "</code></a></td><td>"
                    + Html.esc(r.file()) + ":" + r.line() + "</td><td>" + badge(r) + "</td><td>"
                    + r.expected().word() + "</td><td>" + (r.passed() ? "pass" : "<span class=\"fail\">FAIL</span>")
                    + "</td></tr>");
        }
        out.println("</table>");
        for (ClaimResult r : report.results()) {
            section(r, sources.find(r), plots, out);
        }
        out.println("</body></html>");
        out.flush();
    }

    private static void section(ClaimResult r, Optional<ClaimSource> src, boolean plots, PrintWriter out) {
        out.println("<section id=\"" + anchor(r) + "\"><h2><code>" + Html.esc(r.name()) + "</code> " + badge(r) + "</h2>");
        src.flatMap(ClaimSource::description).ifPresent(d -> out.println("<p>" + Html.esc(d) + "</p>"));
        src.ifPresent(s -> out.println("<pre>" + Html.esc(s.source().text(s.decl().span())) + "</pre>"));
        out.println("<p>" + Html.esc(Evidence.line(r)) + "</p>");
        Verdict v = r.verdict();
        if (v instanceof Verdict.Falsified f) {
            counterexample(f, out);
            if (plots && src.isPresent()) {
                plot(src.get(), f.counterexample(), out);
            }
        } else if (v instanceof Verdict.Proved p) {
            out.println("<p>Proof by " + Html.esc(p.certificate().method()) + " (" + p.certificate().instancesChecked()
                    + " instances or boxes checked with certified arithmetic); steps:</p><ol>");
            p.certificate().steps().forEach(s -> out.println("<li><code>" + Html.esc(s) + "</code></li>"));
            out.println("</ol>");
        } else if (v instanceof Verdict.Survived s) {
            out.printf(Locale.ROOT, "<p>No counterexample in %d tries (%d skipped by <code>assuming</code>); smallest "
                    + "margin %s; seed %d. A search that finds nothing is not a proof.</p>%n",
                    s.tries(), s.skipped(), Evidence.num(s.smallestMargin()), s.seed());
        } else if (v instanceof Verdict.Unconfirmed u) {
            out.printf(Locale.ROOT, "<p>Unconfirmed: at <code>%s</code> the floating-point route found <code>%s</code> "
                    + "violated (left %s, right %s, margin %s, beyond the float error bound %s), but no certified "
                    + "counterexample: %s. Seen in %d tries, seed %d. This is not a proof of falsity, nor a survival.</p>%n",
                    Html.esc(Evidence.inputs(u.instance())), Html.esc(u.relation()), Evidence.num(u.left()),
                    Evidence.num(u.right()), Evidence.num(u.margin()), Evidence.num(u.bound()), Html.esc(u.reason()),
                    u.tries(), u.seed());
        } else if (v instanceof Verdict.Inconclusive i) {
            out.println("<p>" + Html.esc(i.reason()) + (i.instance().isEmpty() ? "" : " at <code>"
                    + Html.esc(i.instance().toString()) + "</code>") + "</p>");
        } else if (v instanceof Verdict.Error e) {
            out.println("<pre>" + Html.esc(e.diagnostics().stream().map(ReportedDiagnostic::rendered)
                    .collect(java.util.stream.Collectors.joining("\n"))) + "</pre>");
        }
        out.println("</section>");
    }

    private static void counterexample(Verdict.Falsified f, PrintWriter out) {
        Counterexample cx = f.counterexample();
        out.println("<table><tr><th>input</th><th>exact value</th></tr>");
        cx.inputs().forEach((k, val) -> out.println("<tr><td><code>" + Html.esc(k) + "</code></td><td><code>"
                + Html.esc(val) + "</code></td></tr>"));
        out.println("</table>");
        if (cx.relation() != null) {
            out.println("<table><tr><th>violated</th><td colspan=\"2\"><code>" + Html.esc(cx.relation()) + "</code></td></tr>");
            out.println("<tr><th>left side</th><td>certified enclosure</td><td><code>" + cx.left() + "</code></td></tr>");
            out.println("<tr><th>right side</th><td>certified enclosure</td><td><code>" + cx.right() + "</code></td></tr>");
            out.println("<tr><th>margin</th><td colspan=\"2\">" + Evidence.num(cx.margin()) + "</td></tr></table>");
        }
        out.println("<p>Found after " + f.tries() + " tries, shrunk in " + cx.shrinkSteps() + " steps, seed "
                + cx.seed() + ".</p>");
    }

    private static void plot(ClaimSource src, Counterexample cx, PrintWriter out) {
        Optional<SweepSeries> s = Sweep.of(src, cx);
        if (s.isEmpty()) {
            out.println("<p><em>No plot: the claim has no integer, real or law binder to sweep.</em></p>");
            return;
        }
        try {
            out.println("<figure><img alt=\"both sides of " + Html.esc(cx.relation()) + " over "
                    + Html.esc(s.get().parameter()) + "\" src=\"" + SweepChart.pngDataUri(s.get()) + "\">");
            out.println("<figcaption>Both sides over <code>" + Html.esc(s.get().parameter()) + "</code> with the other "
                    + "inputs of the counterexample fixed (floating-point route, for illustration); the red mark is "
                    + "the counterexample, whose enclosures above are certified.</figcaption></figure>");
        } catch (IOException | RuntimeException e) {
            out.println("<p><em>No plot: " + Html.esc(String.valueOf(e.getMessage())) + "</em></p>");
        }
    }

    private static String badge(ClaimResult r) {
        return "<span class=\"v " + r.verdict().kind().jsonWord() + "\">" + Html.esc(r.label()) + "</span>";
    }

    private static String anchor(ClaimResult r) {
        return "c-" + Fingerprint.of(r.file(), r.name(), Integer.toString(r.line())).substring(0, 12);
    }
}
