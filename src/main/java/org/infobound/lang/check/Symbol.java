package org.infobound.lang.check;

import org.infobound.lang.source.Span;

/**
 * A resolved name.
 *
 * @param name     the name
 * @param kind     what it refers to
 * @param type     its type
 * @param declared where it was declared (the use site for constants and words)
 */
public record Symbol(String name, SymbolKind kind, Type type, Span declared) {
}
