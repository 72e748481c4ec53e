package org.infobound.lang.check;

import java.util.List;
import java.util.Optional;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.source.SourceFile;

/**
 * A checked closed expression (the {@code eval 'EXPR'} command): present only without errors.
 *
 * @param source      the text
 * @param expr        the expression
 * @param type        its type
 * @param types       types of its nodes
 * @param diagnostics syntax and check diagnostics
 */
public record CheckedExpression(SourceFile source, Optional<Expr> expr, Optional<Type> type, TypeTable types,
        List<Diagnostic> diagnostics) {

    public CheckedExpression {
        diagnostics = List.copyOf(diagnostics);
    }
}
