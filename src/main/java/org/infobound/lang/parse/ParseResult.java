package org.infobound.lang.parse;

import java.util.List;
import org.infobound.lang.ast.ClaimsFile;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.source.SourceFile;

/**
 * The outcome of parsing a file: every declaration that parsed, plus the syntax diagnostics.
 *
 * @param source      the parsed text
 * @param file        the declarations that parsed (never null, possibly empty)
 * @param diagnostics syntax diagnostics in source order
 */
public record ParseResult(SourceFile source, ClaimsFile file, List<Diagnostic> diagnostics) {

    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True if any diagnostic is an error. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
