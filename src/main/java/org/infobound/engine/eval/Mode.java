package org.infobound.engine.eval;

/** The evaluation route. */
public enum Mode {
    /** Doubles: fast, for the search; never a verdict by itself. */
    FLOAT,
    /** Outward-rounded intervals over the exact instance: confirmation. */
    CERTIFIED
}
