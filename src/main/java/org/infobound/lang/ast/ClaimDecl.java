package org.infobound.lang.ast;

import java.util.List;
import java.util.Optional;
import org.infobound.lang.source.Span;

/**
 * {@code claim NAME STRING? (cite STRING)? (forall BINDERS)? (where DEFS)? (assuming F)? : F
 * (expect V)?}; a {@code theorem} has the same shape.
 */
public record ClaimDecl(Span span, ClaimKind kind, Ident name, Optional<String> description,
        Optional<String> cite, List<Binder> binders, List<WhereDef> defs, Optional<Expr> assuming,
        Expr formula, Optional<ExpectClause> expect) implements Declaration {

    public ClaimDecl {
        binders = List.copyOf(binders);
        defs = List.copyOf(defs);
    }
}
