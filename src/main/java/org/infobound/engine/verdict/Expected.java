package org.infobound.engine.verdict;

/**
 * What a claim's {@code expect} clause asks for, and whether a verdict meets it
 * (spec/CHECK.md, "Verdicts").
 */
public enum Expected {
    /** {@code expect proved}: passes only on PROVED outright (not PROVED assuming unproved theorems). */
    PROVED,
    /**
     * {@code expect holds}: passes on PROVED (also assuming theorems) or SURVIVED; never on
     * UNCONFIRMED (the float route saw a violation beyond its error bound).
     */
    HOLDS,
    /** {@code expect falsified}: passes only on FALSIFIED. */
    FALSIFIED,
    /** {@code expect open}: passes on anything but ERROR. */
    OPEN,
    /**
     * No {@code expect}: passes unless FALSIFIED or ERROR (UNCONFIRMED passes, as INCONCLUSIVE does:
     * no certified counterexample; the report shows it).
     */
    NONE;

    /** Whether {@code verdict} meets this expectation. */
    public boolean passes(Verdict verdict) {
        VerdictKind k = verdict.kind();
        switch (this) {
            case PROVED:
                return k == VerdictKind.PROVED && !((Verdict.Proved) verdict).assuming();
            case HOLDS:
                return k == VerdictKind.PROVED || k == VerdictKind.SURVIVED;
            case FALSIFIED:
                return k == VerdictKind.FALSIFIED;
            case OPEN:
                return k != VerdictKind.ERROR;
            case NONE:
                return k != VerdictKind.FALSIFIED && k != VerdictKind.ERROR;
            default:
                throw new AssertionError(this);
        }
    }

    /** The word in reports ({@code proved}, ..., {@code none}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
