package org.infobound.engine.verdict;

import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.diag.DiagnosticRenderer;
import org.infobound.lang.diag.Severity;
import org.infobound.lang.source.SourceFile;
import org.infobound.lang.source.Span;

/**
 * A diagnostic as the reports see it: a typed value with its file and its whole span, plus the
 * one text rendering (spec/DIAGNOSTICS.md) for the text formats. Reports read the fields; none
 * of them parses {@link #rendered()} back.
 *
 * <p>Checker diagnostics come from {@link #of(SourceFile, Diagnostic)}; errors found while
 * deciding a claim that are not checker diagnostics (an argument a domain rejects) from
 * {@link #at(SourceFile, Span, Code, String)} at the claim's span, with a code of
 * spec/DIAGNOSTICS.md; problems with a file as a whole (unreadable) from
 * {@link #file(String, Code, String)}, at line 1, column 1, with an empty span.
 *
 * @param file the claims file as given on the command line (the source's display name)
 * @param line 1-based line of the start
 * @param column 1-based column of the start (UTF-16 units)
 * @param endLine 1-based line of the end
 * @param endColumn 1-based column one past the last character (UTF-16 units); equal to
 *                  {@code column} on {@code line} for an empty span
 * @param severity error, warning or note
 * @param code the stable code (spec/DIAGNOSTICS.md)
 * @param message what was expected and what was found
 * @param hint the help line, or "" if none
 * @param rendered the text rendering ({@code file:line:col: error[CODE]: message}, the source
 *                 line and carets, the help line)
 */
public record ReportedDiagnostic(String file, int line, int column, int endLine, int endColumn, Severity severity,
        Code code, String message, String hint, String rendered) {

    /** Checks the fields: non-null, positions 1-based, the end not before the start. */
    public ReportedDiagnostic {
        if (file == null || severity == null || code == null || message == null || hint == null || rendered == null) {
            throw new IllegalArgumentException("diagnostic fields must not be null");
        }
        if (line < 1 || column < 1 || endLine < line || endColumn < 1 || endLine == line && endColumn < column) {
            throw new IllegalArgumentException("bad diagnostic span " + line + ":" + column + "-" + endLine + ":"
                    + endColumn);
        }
    }

    /** A checker (or parser) diagnostic of {@code source}. */
    public static ReportedDiagnostic of(SourceFile source, Diagnostic d) {
        Span s = d.span();
        Span end = source.span(s.end(), s.end());
        return new ReportedDiagnostic(source.name(), s.line(), s.column(), end.line(), end.column(), d.severity(),
                d.code(), d.message(), d.help(), DiagnosticRenderer.render(source, d));
    }

    /** An error with {@code code} at {@code span} of {@code source} (e.g. a claim's span), rendered like a checker one. */
    public static ReportedDiagnostic at(SourceFile source, Span span, Code code, String message) {
        return of(source, new Diagnostic(code, Severity.ERROR, span, message, ""));
    }

    /** An error with a file as a whole (no position in it): line 1, column 1, an empty span. */
    public static ReportedDiagnostic file(String file, Code code, String message) {
        return new ReportedDiagnostic(file, 1, 1, 1, 1, Severity.ERROR, code, message, "",
                file + ": error[" + code.name() + "]: " + message + "\n");
    }

    /** Whether this is an error (not a warning or note). */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line of {@link #rendered()} ({@code file:line:col: error[CODE]: message}). */
    public String headline() {
        int i = rendered.indexOf('\n');
        return i < 0 ? rendered : rendered.substring(0, i);
    }
}
