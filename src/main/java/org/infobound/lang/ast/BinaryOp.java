package org.infobound.lang.ast;

/** Binary operators; {@code ^} and {@code implies} are right-associative. */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), DIV("/"), POW("^"), AND("and"), OR("or"), IMPLIES("implies");

    private final String symbol;

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    /** As written in source. */
    public String symbol() {
        return symbol;
    }

    /** True for {@code and}, {@code or}, {@code implies} (Bool operands). */
    public boolean isLogical() {
        return this == AND || this == OR || this == IMPLIES;
    }
}
