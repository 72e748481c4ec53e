package org.infobound.engine.eval;

/** Three-valued truth for certified evaluation (Kleene logic): UNKNOWN when enclosures overlap. */
public enum Tri {
    TRUE, FALSE, UNKNOWN;

    /** Kleene conjunction. */
    public Tri and(Tri o) {
        if (this == FALSE || o == FALSE) {
            return FALSE;
        }
        return this == TRUE && o == TRUE ? TRUE : UNKNOWN;
    }

    /** Kleene disjunction. */
    public Tri or(Tri o) {
        if (this == TRUE || o == TRUE) {
            return TRUE;
        }
        return this == FALSE && o == FALSE ? FALSE : UNKNOWN;
    }

    /** Kleene negation. */
    public Tri not() {
        return this == TRUE ? FALSE : this == FALSE ? TRUE : UNKNOWN;
    }

    /** TRUE or FALSE from a boolean. */
    public static Tri of(boolean b) {
        return b ? TRUE : FALSE;
    }
}
