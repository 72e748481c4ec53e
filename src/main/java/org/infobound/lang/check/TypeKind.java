package org.infobound.lang.check;

/** The kinds of values of the claims language (spec/LANGUAGE.md section 3). */
public enum TypeKind {
    /** Integers of any size. */
    INT,
    /** Extended reals ({@code inf} included); Int converts to Real. */
    REAL,
    /** Truth values: relations and connectives. */
    BOOL,
    /** A law on a finite alphabet of outcomes, each with a reward; see {@link Type#alphabet()}. */
    DISCRETE,
    /** A law on the real line (the reward is the value). */
    LINE,
    /** A function on the outcomes of the claim's shared alphabet ({@code fn(lo, hi)}). */
    FN,
    /** A Markov kernel from the shared alphabet to m outputs ({@code kernel(m)}). */
    KERNEL,
    /** {@code t -> expr}, Real to Real. */
    LAMBDA,
    /** An outcome-level real ({@code r}, {@code prob(q)}, Fn values): only inside {@code E(p, X)}. */
    OUTCOME,
    /** A string literal (the file name of {@code empirical}). */
    STRING,
    /** A list literal {@code [e1, ..., ek]} of numbers. */
    LIST,
    /** A word value of a named argument ({@code index}, {@code strict}, ...). */
    WORD
}
