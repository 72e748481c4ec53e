package org.infobound.report;

import java.util.Optional;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.ClaimsFile;
import org.infobound.lang.source.SourceFile;

/**
 * Where a claim sits in its file and what it says, re-read from the source for reports that show
 * more than the result model carries (SARIF regions, LaTeX and HTML statements).
 *
 * @param startLine first line of the claim (1-based)
 * @param endLine last line of the claim, {@code expect} clause included
 * @param statement the claim's formula as written (whitespace runs collapsed)
 * @param description the claim's description string, or empty
 * @param source the parsed file (for re-evaluating the claim in plots)
 * @param file the parsed claims file
 * @param decl the claim's declaration
 */
record ClaimSource(int startLine, int endLine, String statement, Optional<String> description,
        SourceFile source, ClaimsFile file, ClaimDecl decl) {

    static ClaimSource of(SourceFile source, ClaimsFile file, ClaimDecl decl) {
        int end = source.lineOf(Math.max(decl.span().start(), decl.span().end() - 1));
        String statement = source.text(decl.formula().span()).replaceAll("\\s+", " ").trim();
        return new ClaimSource(decl.span().line(), Math.max(decl.span().line(), end), statement,
                decl.description(), source, file, decl);
    }
}
