package org.infobound.math.discrete;

/** How a win rate counts ties (catalogue B-T5.3, F8). */
public enum WinRateTies {
    /** {@code P(r > r') + P(r = r') / 2}: the usual win rate, at most n/(n+1) for best-of-n. */
    HALF,
    /** {@code P(r > r')}. */
    STRICT,
    /** {@code P(r >= r')}: the n/(n+1) bound fails for it (F8). */
    WEAK
}
