package org.infobound.lang.diag;

import org.infobound.lang.source.Span;

/**
 * A problem found in a claims file: a plain value (no printing happens where it is made).
 *
 * @param code     stable code (see {@code spec/DIAGNOSTICS.md})
 * @param severity error, warning or note
 * @param span     where in the source
 * @param message  what was expected and what was found
 * @param help     a hint (e.g. "did you mean `KL`?"), or "" if none
 */
public record Diagnostic(Code code, Severity severity, Span span, String message, String help) {

    public Diagnostic {
        if (code == null || severity == null || span == null || message == null || help == null) {
            throw new IllegalArgumentException("diagnostic fields must not be null");
        }
    }

    /** A diagnostic with the code's default severity. */
    public static Diagnostic of(Code code, Span span, String message, String help) {
        return new Diagnostic(code, code.severity(), span, message, help);
    }

    /** A diagnostic with the code's default severity and no help line. */
    public static Diagnostic of(Code code, Span span, String message) {
        return of(code, span, message, "");
    }

    /** True for {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
