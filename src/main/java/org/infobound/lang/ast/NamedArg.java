package org.infobound.lang.ast;

import org.infobound.lang.source.Span;

/**
 * {@code name = value} in a call ({@code ties = index}, {@code by = g}, {@code rewards = [...]}).
 * Word values such as {@code index} are {@link Expr.Var} nodes, interpreted by the checker.
 */
public record NamedArg(Span span, Ident name, Expr value) implements Node {
}
