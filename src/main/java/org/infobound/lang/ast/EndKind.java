package org.infobound.lang.ast;

/** An end of a real interval: {@code [} / {@code ]} closed, {@code (} / {@code )} open. */
public enum EndKind {
    CLOSED, OPEN
}
