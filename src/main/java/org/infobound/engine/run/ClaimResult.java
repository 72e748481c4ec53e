package org.infobound.engine.run;

import org.infobound.engine.verdict.Expected;
import org.infobound.engine.verdict.Verdict;

/**
 * The decision on one claim, for reports and the gate.
 *
 * @param file the claims file as given on the command line
 * @param name the claim's name
 * @param line the claim's line in the file (1-based)
 * @param theorem whether it is a {@code theorem} (else a {@code claim})
 * @param verdict the verdict with its evidence
 * @param expected the claim's expectation ({@link Expected#NONE} without {@code expect})
 * @param seconds wall time spent on the claim
 * @param crossCheck the cross-check ({@code --cross-check}), or null when it did not run
 */
public record ClaimResult(String file, String name, int line, boolean theorem, Verdict verdict,
        Expected expected, double seconds, CrossCheckResult crossCheck, String internalError) {

    /** A result without an internal error. */
    public ClaimResult(String file, String name, int line, boolean theorem, Verdict verdict, Expected expected,
            double seconds, CrossCheckResult crossCheck) {
        this(file, name, line, theorem, verdict, expected, seconds, crossCheck, null);
    }

    /** A result without a cross-check. */
    public ClaimResult(String file, String name, int line, boolean theorem, Verdict verdict, Expected expected,
            double seconds) {
        this(file, name, line, theorem, verdict, expected, seconds, null);
    }

    /** Whether a cross-check ran and found a disagreement (an internal error, exit 70). */
    public boolean crossCheckFailed() {
        return crossCheck != null && !crossCheck.agreed();
    }

    /** Whether the verdict meets the expectation (spec/CHECK.md, "Verdicts"); never after an internal error. */
    public boolean passed() {
        return internalError == null && expected.passes(verdict);
    }

    /** Whether deciding the claim hit a bug in infobound (exit 70; the verdict is only a placeholder). */
    public boolean internal() {
        return internalError != null;
    }

    /** The verdict's word in text reports, or {@code INTERNAL ERROR}. */
    public String label() {
        return internalError != null ? "INTERNAL ERROR" : verdict.label();
    }

    /** The verdict's word in JSON, or {@code internal_error}. */
    public String jsonWord() {
        return internalError != null ? "internal_error" : verdict.jsonWord();
    }
}
