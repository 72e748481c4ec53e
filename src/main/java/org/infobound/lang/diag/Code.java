package org.infobound.lang.diag;

/**
 * Stable diagnostic codes, documented in {@code spec/DIAGNOSTICS.md}. A code is never reused
 * for a different meaning; new codes are appended.
 */
public enum Code {
    E001("syntax error", Severity.ERROR),
    E002("invalid character", Severity.ERROR),
    E003("unterminated string", Severity.ERROR),
    E004("nesting too deep", Severity.ERROR),
    E005("number literal out of range", Severity.ERROR),
    E006("too many syntax errors", Severity.ERROR),
    E101("unknown name", Severity.ERROR),
    E102("unknown function", Severity.ERROR),
    E103("duplicate name", Severity.ERROR),
    E104("recursive definition", Severity.ERROR),
    E105("reserved name", Severity.ERROR),
    E201("wrong number of arguments", Severity.ERROR),
    E202("unknown or misplaced named argument", Severity.ERROR),
    E203("invalid named argument value", Severity.ERROR),
    E204("misuse of ||", Severity.ERROR),
    E205("missing or repeated named argument", Severity.ERROR),
    E206("not a function", Severity.ERROR),
    E301("type mismatch", Severity.ERROR),
    E302("outcome expression outside E(p, X)", Severity.ERROR),
    E303("law on the line compared with a discrete law", Severity.ERROR),
    E304("discrete laws on different alphabets", Severity.ERROR),
    E305("fn or kernel without a dist binder", Severity.ERROR),
    E306("unknown expectation", Severity.ERROR),
    E401("parameter out of range", Severity.ERROR),
    E402("empty domain", Severity.ERROR),
    E403("inf not allowed here", Severity.ERROR),
    E404("probabilities do not sum to 1", Severity.ERROR),
    E405("reward list length mismatch", Severity.ERROR),
    E501("data file missing or unreadable", Severity.ERROR),
    E502("data file content error", Severity.ERROR),
    W101("alphabet follows the first dist binder", Severity.WARNING),
    W102("empty sum", Severity.WARNING),
    E601("claims file missing or unreadable", Severity.ERROR),
    E602("claim could not be evaluated", Severity.ERROR),
    E603("claim left out for errors outside it", Severity.ERROR);

    private final String title;
    private final Severity severity;

    Code(String title, Severity severity) {
        this.title = title;
        this.severity = severity;
    }

    /** Short human title, as in the table of {@code spec/DIAGNOSTICS.md}. */
    public String title() {
        return title;
    }

    /** Default severity of diagnostics with this code. */
    public Severity severity() {
        return severity;
    }
}
