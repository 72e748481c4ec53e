package org.infobound.engine.eval;

/** The evaluation route. */
public enum Mode {
    /** Doubles: fast, for the search; never a verdict by itself. */
    FLOAT,
    /** Outward-rounded intervals over the exact instance: confirmation. */
    CERTIFIED,
    /**
     * As FLOAT, but best-of-n of discrete laws is simulated (100,000 draws, seeded by the
     * instance): the independent route for cross-checks. Never a verdict.
     */
    SAMPLED
}
