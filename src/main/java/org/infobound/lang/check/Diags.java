package org.infobound.lang.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.source.Span;

/** Collects checker diagnostics, dropping exact repeats (an inlined let is checked per use). */
final class Diags {

    private final Set<Diagnostic> seen = new LinkedHashSet<>();
    /** Errors reported, repeats included: a claim whose check repeats a let's error is invalid too. */
    private int errorsReported;

    void add(Code code, Span span, String message, String help) {
        Diagnostic d = Diagnostic.of(code, span, message, help);
        seen.add(d);
        if (d.isError()) {
            errorsReported++;
        }
    }

    void add(Code code, Span span, String message) {
        add(code, span, message, "");
    }

    /** Number of errors reported so far, repeats included (compare before and after a step). */
    int errorCount() {
        return errorsReported;
    }

    List<Diagnostic> list() {
        return new ArrayList<>(seen);
    }
}
