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

    void add(Code code, Span span, String message, String help) {
        seen.add(Diagnostic.of(code, span, message, help));
    }

    void add(Code code, Span span, String message) {
        add(code, span, message, "");
    }

    int errorCount() {
        return (int) seen.stream().filter(Diagnostic::isError).count();
    }

    List<Diagnostic> list() {
        return new ArrayList<>(seen);
    }
}
