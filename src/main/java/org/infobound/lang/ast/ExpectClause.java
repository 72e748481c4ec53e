package org.infobound.lang.ast;

import org.infobound.lang.source.Span;

/** {@code expect VERDICT} with its location. */
public record ExpectClause(Span span, Expectation expectation) implements Node {
}
