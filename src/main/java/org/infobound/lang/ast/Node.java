package org.infobound.lang.ast;

import org.infobound.lang.source.Span;

/** Every AST node carries the {@link Span} of the source text it came from. */
public sealed interface Node permits ClaimsFile, Declaration, Binder, WhereDef, ExpectClause, Ident,
        NamedArg, Domain, DistOption, Expr {

    /** Where this node is in the source. */
    Span span();
}
