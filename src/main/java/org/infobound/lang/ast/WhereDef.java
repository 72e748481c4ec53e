package org.infobound.lang.ast;

import org.infobound.lang.source.Span;

/** {@code name = expr} in a {@code where} clause, evaluated per instance. */
public record WhereDef(Span span, Ident name, Expr value) implements Node {
}
