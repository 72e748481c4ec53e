package org.infobound.lang.ast;

import org.infobound.lang.source.Span;

/** A name at a binding or call site. */
public record Ident(Span span, String name) implements Node {
}
