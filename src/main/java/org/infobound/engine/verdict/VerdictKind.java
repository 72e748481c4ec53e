package org.infobound.engine.verdict;

import java.util.Locale;

/**
 * The verdict kinds of spec/CHECK.md, "Verdicts", in report order; UNCONFIRMED comes last so that
 * the SARIF rule indices of the others stay.
 */
public enum VerdictKind {
    /** Holds on the whole domain; a certificate is attached. */
    PROVED,
    /** A certified counterexample exists. */
    FALSIFIED,
    /** No counterexample within the budget. */
    SURVIVED,
    /** Could not be decided reliably; the reason is reported. */
    INCONCLUSIVE,
    /** The claim is malformed. */
    ERROR,
    /**
     * The float route saw a violation beyond its error bound that could not be certified: no
     * counterexample (never FALSIFIED), but never SURVIVED either (spec/CHECK.md).
     */
    UNCONFIRMED;


    /** The upper-case word used in reports, e.g. {@code FALSIFIED}. */
    public String word() {
        return name();
    }

    /** The lower-case word used in JSON, e.g. {@code falsified}. */
    public String jsonWord() {
        return name().toLowerCase(Locale.ROOT);
    }
}
