package org.infobound.lang.ast;

import org.infobound.lang.source.Span;

/** {@code source "text"}: where the claims of the file come from. */
public record SourceDecl(Span span, String text) implements Declaration {
}
