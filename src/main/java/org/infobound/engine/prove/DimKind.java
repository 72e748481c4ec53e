package org.infobound.engine.prove;

/** How a numeric binder is subdivided: dyadic halves of a real interval, or integer ranges. */
public enum DimKind {
    /** A real interval {@code [lo, hi]}; leaves are dyadic cells (level, index). */
    REAL,
    /** An integer range {@code lo..hi}; leaves are integer ranges {@code first..last}. */
    INTEGER
}
