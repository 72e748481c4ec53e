package org.infobound.lang.ast;

/** Relations of a chain. {@code EQ} is exact equality (spec/LANGUAGE.md sections 7-8). */
public enum RelOp {
    LE("<="), LT("<"), GE(">="), GT(">"), EQ("=="), NE("!=");

    private final String symbol;

    RelOp(String symbol) {
        this.symbol = symbol;
    }

    /** As written in source. */
    public String symbol() {
        return symbol;
    }

    /** The operator for a given symbol, or null. */
    public static RelOp fromSymbol(String s) {
        for (RelOp op : values()) {
            if (op.symbol.equals(s)) {
                return op;
            }
        }
        return null;
    }
}
