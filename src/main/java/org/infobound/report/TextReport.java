package org.infobound.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.infobound.engine.eval.Disagreement;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.CrossCheckResult;
import org.infobound.engine.run.FileProblem;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;

/**
 * Text for people: one line per claim ({@code PASS|FAIL VERDICT name (file:line)}), details
 * under counterexamples, inconclusive and failing claims, and a summary line with the seed. With
 * {@code --cross-check}, a cross-check line per claim, every disagreement in full (marked as an
 * internal error) and a cross-check summary line.
 */
public final class TextReport {

    private TextReport() {
    }

    /**
     * How text is written: {@code quiet} leaves out the claims that met their expectation (only
     * failures, file problems and the summary); {@code color} marks PASS green and FAIL red with
     * ANSI escapes.
     */
    public record Style(boolean quiet, boolean color) {
        /** Every claim, no colour (the default, and every file report). */
        public static final Style PLAIN = new Style(false, false);
    }

    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    /** Writes {@code report} to {@code out}. */
    public static void write(CheckReport report, PrintWriter out) {
        write(report, out, Style.PLAIN);
    }

    /** Writes {@code report} to {@code out} in {@code style}. */
    public static void write(CheckReport report, PrintWriter out, Style style) {
        problems(report.problems(), out);
        for (ClaimResult r : report.results()) {
            claim(r, out, style);
        }
        summary(report, out, style);
    }

    /** The file problems (diagnostics of files with errors, unreadable files). */
    public static void problems(java.util.List<FileProblem> problems, PrintWriter out) {
        for (FileProblem p : problems) {
            p.diagnostics().forEach(d -> out.println(d.rendered()));
        }
        out.flush();
    }

    /** One claim's line and details (nothing for a claim that passed when {@code style} is quiet). */
    public static void claim(ClaimResult r, PrintWriter out, Style style) {
        if (style.quiet() && r.passed()) {
            return;
        }
        String word = r.passed() ? "PASS" : "FAIL";
        if (style.color()) {
            word = (r.passed() ? GREEN : RED) + word + RESET;
        }
        out.printf(Locale.ROOT, "%s %-12s %s (%s:%d)  expect %s  %.2fs%n", word,
                r.label(), r.name(), r.file(), r.line(), r.expected().word(), r.seconds());
        details(r, out);
        crossCheck(r, out);
        out.flush();
    }

    /** The summary line (and the cross-check's). */
    public static void summary(CheckReport report, PrintWriter out, Style style) {
        Map<VerdictKind, Integer> c = report.counts();
        long failed = report.results().stream().filter(r -> !r.passed()).count();
        long assuming = report.provedAssuming();
        long internal = report.internalErrors();
        String gate = report.exitCode() == 0 ? "PASS" : report.exitCode() == 70 ? "INTERNAL ERROR"
                : report.invalidFiles() ? "INVALID FILES" : report.noClaims() ? "FAIL: no claims to check" : "FAIL";
        if (style.color()) {
            gate = (report.exitCode() == 0 ? GREEN : RED) + gate + RESET;
        }
        out.printf(Locale.ROOT, "%d claims: %d PROVED%s, %d FALSIFIED, %s%d SURVIVED, %d INCONCLUSIVE, %d ERROR%s; "
                + "%d failed their expectation; gate %s (seed %d, %s, %.1f s)%n",
                report.results().size(), c.get(VerdictKind.PROVED),
                assuming == 0 ? "" : " (" + assuming + " assuming unproved theorems)", c.get(VerdictKind.FALSIFIED),
                c.get(VerdictKind.UNCONFIRMED) == 0 ? "" : c.get(VerdictKind.UNCONFIRMED) + " UNCONFIRMED, ",
                c.get(VerdictKind.SURVIVED), c.get(VerdictKind.INCONCLUSIVE), c.get(VerdictKind.ERROR),
                internal == 0 ? "" : ", " + internal + " INTERNAL ERROR", failed,
                gate, report.settings().seed(), budget(report), report.seconds());
        if (report.settings().crossCheck()) {
            long comparisons = report.results().stream().filter(r -> r.crossCheck() != null)
                    .mapToLong(r -> r.crossCheck().comparisons()).sum();
            int d = report.crossCheckDisagreements();
            out.printf(Locale.ROOT, "cross-check: %d comparisons, %s%n", comparisons, d == 0 ? "no disagreement"
                    : "INTERNAL ERROR: " + d + " disagreement" + (d == 1 ? "" : "s") + " between an exact route and "
                    + "its simulation (a bug in infobound, not a verdict; exit 70)");
        }
        out.flush();
    }

    /**
     * The search budget in the summary: the tries asked per claim, and how many claims a
     * wall-clock cap ({@code --time-cap}) cut short (those are INCONCLUSIVE, never a full search).
     */
    static String budget(CheckReport report) {
        String b = report.settings().tries() + " tries per claim";
        if (report.settings().timeCapMillis() > 0) {
            long cut = report.results().stream().filter(TextReport::cutShort).count();
            b += ", time cap " + report.settings().timeCapMillis() + " ms: " + cut + " claim"
                    + (cut == 1 ? "" : "s") + " cut short" + (cut == 0 ? "" : " (INCONCLUSIVE, not a full search)");
        }
        return b;
    }

    /** Whether the wall-clock cap cut the claim's search short. */
    static boolean cutShort(ClaimResult r) {
        return !r.internal() && r.verdict() instanceof Verdict.Inconclusive i && i.reason().startsWith("time cap reached");
    }

    private static void details(ClaimResult r, PrintWriter out) {
        Verdict v = r.verdict();
        if (r.internal()) {
            out.println("    !!! INTERNAL ERROR (a bug in infobound, not a verdict; exit 70): " + r.internalError());
            return;
        }
        if (v instanceof Verdict.Proved p && p.assuming()) {
            out.println("    proved only assuming theorems of the file that are not PROVED: " + String.join(", ", p.premises())
                    + " (no counterexample found for the claim itself)");
        }
        if (v instanceof Verdict.Falsified f) {
            Counterexample cx = f.counterexample();
            out.println("    counterexample: " + brief(cx.inputs()));
            if (cx.relation() != null) {
                out.println("    violated: " + cx.relation());
                out.println("      left  in " + cx.left() + "   right in " + cx.right()
                        + String.format(Locale.ROOT, "   margin %.6g", cx.margin()));
            }
            out.println("    found after " + f.tries() + " tries, shrunk in " + cx.shrinkSteps() + " steps, seed "
                    + cx.seed());
        } else if (v instanceof Verdict.Inconclusive i) {
            out.println("    " + i.reason() + (i.instance().isEmpty() ? "" : " at " + brief(i.instance())));
        } else if (v instanceof Verdict.Unconfirmed u) {
            out.println("    float violation, not certified (no counterexample): " + brief(u.instance()));
            out.println("    violated in floating point: " + u.relation());
            out.println(String.format(Locale.ROOT, "      left = %.10g   right = %.10g   margin %.6g   float error bound %.3g",
                    u.left(), u.right(), u.margin(), u.bound()));
            out.println("    not certified: " + u.reason() + "; seen in " + u.tries() + " tries, seed " + u.seed());
        } else if (v instanceof Verdict.Error e) {
            e.diagnostics().forEach(d -> out.println("    " + d.headline()));
        } else if (v instanceof Verdict.Survived s && s.outOfRange() > 0) {
            out.printf(Locale.ROOT, "    %d of %d instances not tested: a finite value left the double range, e.g. at %s%n",
                    s.outOfRange(), s.tries(), brief(s.outOfRangeAt().get(0)));
        } else if (!r.passed() && v instanceof Verdict.Survived s) {
            out.printf(Locale.ROOT, "    no counterexample in %d tries (%d skipped by assuming), smallest margin %.6g%n",
                    s.tries(), s.skipped(), s.smallestMargin());
        } else if (!r.passed() && v instanceof Verdict.Proved p) {
            out.println("    " + p.certificate().steps());
        }
        if (v instanceof Verdict.Survived s) {
            // what the search left out of the declared domain (never silent)
            s.notes().forEach(n -> out.println("    note: " + n));
        }
    }

    private static void crossCheck(ClaimResult r, PrintWriter out) {
        CrossCheckResult c = r.crossCheck();
        if (c == null) {
            return;
        }
        out.printf(Locale.ROOT, "    cross-check: %d instances (%d skipped), %d comparisons, %d not cross-checked, "
                + "worst deviation %.3f of allowed, %.2fs%n", c.instances(), c.skipped(), c.comparisons(),
                c.notChecked(), c.worst(), c.seconds());
        for (Disagreement d : c.disagreements()) {
            out.println("    !!! INTERNAL ERROR, cross-check disagreement: " + d.law());
            out.println("        at " + brief(d.instance()) + ", " + d.outcome());
            out.printf(Locale.ROOT, "        exact %.17g, sampled %.10g%s over m = %d, accepted [%.10g, %.10g] (%s)%n",
                    d.exact(), d.sampled(), d.count() >= 0 ? " (count " + d.count() + ")" : "", d.samples(), d.lo(),
                    d.hi(), d.test());
        }
    }

    /** Longest input value printed in full; longer exact values are cut (JSON keeps them whole). */
    static final int MAX_VALUE_CHARS = 160;

    /** Inputs with each over-long exact value cut to its start and its length. */
    static String brief(java.util.Map<String, String> inputs) {
        java.util.StringJoiner j = new java.util.StringJoiner(", ", "{", "}");
        inputs.forEach((k, v) -> j.add(k + "=" + (v.length() <= MAX_VALUE_CHARS ? v
                : v.substring(0, MAX_VALUE_CHARS) + "... (" + v.length() + " chars; exact in --format json)")));
        return j.toString();
    }
}
