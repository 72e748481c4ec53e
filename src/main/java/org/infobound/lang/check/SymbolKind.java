package org.infobound.lang.check;

/** What a name refers to after resolution. */
public enum SymbolKind {
    /** A {@code forall} binder. */
    BINDER,
    /** A {@code where} definition. */
    WHERE,
    /** The parameter of a lambda {@code t -> ...}. */
    LAMBDA_PARAM,
    /** The variable of {@code sum(k in ...)} or {@code sup(x in ...)}. */
    AGGREGATE_VAR,
    /** {@code pi}, {@code e} or {@code inf}. */
    CONSTANT,
    /** {@code r}, the reward of the outcome inside {@code E(p, X)}. */
    REWARD,
    /** A word value of a named argument ({@code ties = index}). */
    WORD
}
