package org.infobound.engine.verdict;

import java.util.Locale;

/** The five verdict kinds of spec/CHECK.md, "Verdicts", in report order. */
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
    ERROR;

    /** The upper-case word used in reports, e.g. {@code FALSIFIED}. */
    public String word() {
        return name();
    }

    /** The lower-case word used in JSON, e.g. {@code falsified}. */
    public String jsonWord() {
        return name().toLowerCase(Locale.ROOT);
    }
}
