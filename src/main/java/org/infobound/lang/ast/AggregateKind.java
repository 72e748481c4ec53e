package org.infobound.lang.ast;

/** {@code sum(k in a..b, e)} over an integer range, or {@code sup(x in DOMAIN, e)}. */
public enum AggregateKind {
    SUM, SUP
}
