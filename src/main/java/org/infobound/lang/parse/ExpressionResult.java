package org.infobound.lang.parse;

import java.util.List;
import java.util.Optional;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.source.SourceFile;

/**
 * The outcome of parsing a lone expression (the {@code eval 'EXPR'} command).
 *
 * @param source      the parsed text
 * @param expr        the expression, empty if it has syntax errors
 * @param diagnostics syntax diagnostics
 */
public record ExpressionResult(SourceFile source, Optional<Expr> expr, List<Diagnostic> diagnostics) {

    public ExpressionResult {
        diagnostics = List.copyOf(diagnostics);
    }
}
