package org.infobound.report;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;

/**
 * A LaTeX table of claims and verdicts for a paper's appendix (needs {@code booktabs}): claim,
 * statement as written, verdict, evidence (the certified counterexample with both enclosures,
 * the proof method, or the search budget), and a caption with the seed so the table can be
 * reproduced. Every piece of claim text is escaped.
 */
public final class LatexReport {

    private LatexReport() {
    }

    /** Writes {@code report} to {@code out}. */
    public static void write(CheckReport report, PrintWriter out) {
        ClaimSources sources = new ClaimSources();
        out.println("% infobound 0.1.0 check report; needs \\usepackage{booktabs}");
        out.println("\\begin{table}[ht]");
        out.println("\\centering\\small");
        out.println("\\begin{tabular}{@{}p{0.17\\linewidth}p{0.33\\linewidth}lp{0.32\\linewidth}@{}}");
        out.println("\\toprule");
        out.println("Claim & Statement & Verdict & Evidence \\\\");
        out.println("\\midrule");
        for (ClaimResult r : report.results()) {
            Optional<ClaimSource> src = sources.find(r);
            out.println("\\texttt{" + escape(r.name()) + "} & "
                    + src.map(s -> "\\texttt{" + escape(s.statement()) + "}").orElse("") + " & "
                    + verdict(r) + " & " + evidence(r) + " \\\\");
        }
        out.println("\\bottomrule");
        out.println("\\end{tabular}");
        Map<VerdictKind, Integer> c = report.counts();
        out.println("\\caption{Claims checked by infobound: " + c.get(VerdictKind.PROVED) + " proved, "
                + c.get(VerdictKind.FALSIFIED) + " falsified, "
                + (c.get(VerdictKind.UNCONFIRMED) == 0 ? "" : c.get(VerdictKind.UNCONFIRMED)
                        + " unconfirmed (a floating-point violation that could not be certified), ")
                + c.get(VerdictKind.SURVIVED) + " survived a "
                + "randomized search of " + report.settings().tries() + " instances, "
                + c.get(VerdictKind.INCONCLUSIVE) + " inconclusive, " + c.get(VerdictKind.ERROR)
                + " malformed (seed " + report.settings().seed() + "). Enclosures are certified with outward "
                + "rounding.}");
        out.println("\\label{tab:infobound-claims}");
        out.println("\\end{table}");
        out.flush();
    }

    private static String verdict(ClaimResult r) {
        String w = r.label();
        return r.passed() ? "\\textsc{" + w.toLowerCase(java.util.Locale.ROOT) + "}"
                : "\\textbf{\\textsc{" + w.toLowerCase(java.util.Locale.ROOT) + "}}";
    }

    private static String evidence(ClaimResult r) {
        Verdict v = r.verdict();
        if (r.internal()) {
            return "internal error (a bug in infobound): " + escape(r.internalError());
        }
        if (v instanceof Verdict.Falsified f) {
            Counterexample cx = f.counterexample();
            String s = "\\texttt{" + escape(Evidence.inputs(cx)) + "}";
            if (cx.left() != null) {
                s += ": left $\\in " + escape(cx.left().toString()) + "$, right $\\in "
                        + escape(cx.right().toString()) + "$";
            }
            return s;
        } else if (v instanceof Verdict.Proved p) {
            return escape(p.certificate().method()) + " (" + p.certificate().instancesChecked() + " instances)"
                    + (p.assuming() ? ", assuming the unproved theorems " + escape(String.join(", ", p.premises())) : "");
        } else if (v instanceof Verdict.Survived s) {
            return "no counterexample in " + s.tries() + " instances";
        } else if (v instanceof Verdict.Unconfirmed u) {
            return "float violation, not certified, at \\texttt{" + escape(Evidence.inputs(u.instance())) + "}: left "
                    + escape(Evidence.num(u.left())) + ", right " + escape(Evidence.num(u.right())) + " ("
                    + escape(u.reason()) + ")";
        } else if (v instanceof Verdict.Inconclusive i) {
            return escape(i.reason());
        } else if (v instanceof Verdict.Error e) {
            return e.diagnostics().isEmpty() ? "malformed claim" : "malformed claim: " + e.diagnostics().stream()
                    .map(d -> "\\texttt{" + d.code().name() + "} at " + d.line() + ":" + d.column() + " "
                            + escape(d.message()))
                    .collect(java.util.stream.Collectors.joining("; "));
        }
        throw new AssertionError(v);
    }

    /** Escapes the ten LaTeX special characters. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\': b.append("\\textbackslash{}"); break;
                case '{': b.append("\\{"); break;
                case '}': b.append("\\}"); break;
                case '$': b.append("\\$"); break;
                case '&': b.append("\\&"); break;
                case '#': b.append("\\#"); break;
                case '%': b.append("\\%"); break;
                case '_': b.append("\\_"); break;
                case '^': b.append("\\^{}"); break;
                case '~': b.append("\\~{}"); break;
                case '|': b.append("\\textbar{}"); break;
                case '<': b.append("\\textless{}"); break;
                case '>': b.append("\\textgreater{}"); break;
                default: b.append(ch);
            }
        }
        return b.toString();
    }
}
