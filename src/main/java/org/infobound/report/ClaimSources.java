package org.infobound.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.infobound.engine.run.ClaimResult;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;

/**
 * Looks claims up in their files (parsed once per file). A file that cannot be read any more, or
 * a claim that is not found, gives an empty result and the report falls back to the claim's
 * first line: a report never fails because the source changed under it.
 */
final class ClaimSources {

    private final Map<String, Optional<ParseResult>> parsed = new HashMap<>();

    /** The claim of {@code r} in its file, if it can be found. */
    Optional<ClaimSource> find(ClaimResult r) {
        Optional<ParseResult> pr = parsed.computeIfAbsent(r.file(), ClaimSources::parse);
        if (pr.isEmpty()) {
            return Optional.empty();
        }
        for (ClaimDecl c : pr.get().file().claims()) {
            if (c.name().name().equals(r.name()) && c.span().line() == r.line()) {
                return Optional.of(ClaimSource.of(pr.get().source(), pr.get().file(), c));
            }
        }
        return Optional.empty();
    }

    private static Optional<ParseResult> parse(String file) {
        try {
            return Optional.of(Parser.parse(SourceFile.read(Path.of(file))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
