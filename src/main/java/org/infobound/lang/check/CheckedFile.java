package org.infobound.lang.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.infobound.lang.ast.ClaimsFile;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.diag.Severity;
import org.infobound.lang.source.SourceFile;

/**
 * A checked claims file: every valid claim (claims with errors are left out and their errors
 * are in {@link #diagnostics()}), plus all diagnostics of parsing and checking in source order.
 *
 * @param source      the text
 * @param ast         the parsed declarations
 * @param sourceNote  the text of {@code source "..."}, if any
 * @param claims      the valid claims and theorems in source order
 * @param diagnostics syntax and check diagnostics sorted by position
 */
public record CheckedFile(SourceFile source, ClaimsFile ast, Optional<String> sourceNote,
        List<CheckedClaim> claims, List<Diagnostic> diagnostics) {

    public CheckedFile {
        claims = List.copyOf(claims);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True if any diagnostic is an error (the CLI then exits with 3). */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Number of diagnostics of the given severity. */
    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** A data path as written in {@code empirical("...")}, resolved against the file's directory. */
    public Path resolve(String dataPath) {
        return source.baseDirectory().resolve(dataPath).normalize();
    }
}
