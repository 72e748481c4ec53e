package org.infobound.lang.check;

/**
 * An inferred type. Discrete laws carry their alphabet: two discrete laws are comparable
 * (divergences, {@code mix}) only when the alphabets are equal (spec/LANGUAGE.md sections 5-6).
 *
 * @param kind     the kind of value
 * @param alphabet for {@link TypeKind#DISCRETE}: {@link #SHARED} for the claim's shared
 *                 alphabet, otherwise a description such as {@code rewards [0, 1]}; else ""
 */
public record Type(TypeKind kind, String alphabet) {

    /** Alphabet of the {@code dist}, {@code fn} and {@code kernel} binders of a claim. */
    public static final String SHARED = "the claim's shared alphabet";

    public static final Type INT = new Type(TypeKind.INT, "");
    public static final Type REAL = new Type(TypeKind.REAL, "");
    public static final Type BOOL = new Type(TypeKind.BOOL, "");
    public static final Type LINE = new Type(TypeKind.LINE, "");
    public static final Type FN = new Type(TypeKind.FN, "");
    public static final Type KERNEL = new Type(TypeKind.KERNEL, "");
    public static final Type LAMBDA = new Type(TypeKind.LAMBDA, "");
    public static final Type OUTCOME = new Type(TypeKind.OUTCOME, "");
    public static final Type STRING = new Type(TypeKind.STRING, "");
    public static final Type LIST = new Type(TypeKind.LIST, "");
    public static final Type WORD = new Type(TypeKind.WORD, "");
    /** A discrete law on the claim's shared alphabet. */
    public static final Type SHARED_DIST = new Type(TypeKind.DISCRETE, SHARED);

    public Type {
        if (kind == null || alphabet == null) {
            throw new IllegalArgumentException("kind and alphabet must not be null");
        }
    }

    /** A discrete law on the named alphabet. */
    public static Type discrete(String alphabet) {
        return new Type(TypeKind.DISCRETE, alphabet);
    }

    /** Int or Real. */
    public boolean isNumeric() {
        return kind == TypeKind.INT || kind == TypeKind.REAL;
    }

    /** A discrete law or a law on the line. */
    public boolean isLaw() {
        return kind == TypeKind.DISCRETE || kind == TypeKind.LINE;
    }

    /** Plain words for messages ("Int", "a law on the line", ...). */
    public String describe() {
        switch (kind) {
            case INT: return "Int";
            case REAL: return "Real";
            case BOOL: return "Bool";
            case DISCRETE: return "a discrete law on " + alphabet;
            case LINE: return "a law on the line";
            case FN: return "Fn";
            case KERNEL: return "Kernel";
            case LAMBDA: return "Lambda";
            case OUTCOME: return "an outcome expression";
            case STRING: return "a string";
            case LIST: return "a list";
            default: return "a word";
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
