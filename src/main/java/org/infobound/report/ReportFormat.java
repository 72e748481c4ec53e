package org.infobound.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats of {@code infobound check}, by their command-line word. */
public enum ReportFormat {
    /** Text for people ({@link TextReport}). */
    TEXT,
    /** JSON for machines ({@link JsonReport}; schema in {@code spec/REPORT-JSON.md}). */
    JSON,
    /** JUnit XML for CI servers ({@link JunitReport}). */
    JUNIT,
    /** SARIF 2.1.0 for code-scanning tools ({@link SarifReport}). */
    SARIF,
    /** A LaTeX table for a paper's appendix ({@link LatexReport}). */
    LATEX,
    /** One self-contained HTML page with plots ({@link HtmlReport}). */
    HTML;

    /** The command-line word, e.g. {@code junit}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named {@code word} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known formats when {@code word} is none of them
     */
    public static ReportFormat of(String word) {
        for (ReportFormat f : values()) {
            if (f.word().equalsIgnoreCase(word.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + word + "' (known: "
                + Arrays.stream(values()).map(ReportFormat::word).collect(Collectors.joining(", ")) + ")");
    }

    /** The listener that writes this format with {@code options}. */
    public ReportListener listener(ReportOptions options) {
        switch (this) {
            case TEXT:
                return TextReport::write;
            case JSON:
                return JsonReport::write;
            case JUNIT:
                return (r, out) -> JunitReport.write(r, out, options.strict());
            case SARIF:
                return SarifReport::write;
            case LATEX:
                return LatexReport::write;
            case HTML:
                return (r, out) -> HtmlReport.write(r, out, options.plots());
            default:
                throw new AssertionError(this);
        }
    }
}
