package org.infobound.lang.ast;

import java.util.List;
import org.infobound.lang.source.Span;

/**
 * {@code let name = expr} (a constant, no parameters) or {@code let name(x, y) = expr}
 * (a function). Calls are inlined by the checker.
 */
public record LetDecl(Span span, Ident name, List<Ident> params, Expr body) implements Declaration {

    public LetDecl {
        params = List.copyOf(params);
    }

    /** True for {@code let name = expr}. */
    public boolean isConstant() {
        return params.isEmpty();
    }
}
