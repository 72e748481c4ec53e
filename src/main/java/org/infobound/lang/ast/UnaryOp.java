package org.infobound.lang.ast;

/** Prefix operators. */
public enum UnaryOp {
    NEG("-"), NOT("not");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** As written in source. */
    public String symbol() {
        return symbol;
    }
}
