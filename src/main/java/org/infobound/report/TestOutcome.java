package org.infobound.report;

import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.verdict.VerdictKind;

/**
 * How a claim shows up as a JUnit test case. Without {@code --strict} the failures and errors
 * are exactly the claims that fail the gate; {@code --strict} adds SURVIVED, INCONCLUSIVE and
 * PROVED assuming unproved theorems. An internal error is an error.
 */
enum TestOutcome {
    /** Met its expectation with a proof, or an expected refutation. */
    PASSED,
    /** A certified counterexample the claim did not expect, or any other unmet expectation. */
    FAILURE,
    /** The claim is malformed or could not be evaluated (ERROR). */
    ERROR,
    /**
     * SURVIVED, INCONCLUSIVE, UNCONFIRMED or PROVED assuming, and the expectation allows it (not
     * {@code --strict}).
     */
    SKIPPED;

    static TestOutcome of(ClaimResult r, boolean strict) {
        VerdictKind k = r.verdict().kind();
        if (k == VerdictKind.ERROR || r.internal()) {
            return ERROR;
        }
        if (!r.passed()) {
            return FAILURE;
        }
        boolean assuming = r.verdict() instanceof org.infobound.engine.verdict.Verdict.Proved p && p.assuming();
        if (k == VerdictKind.SURVIVED || k == VerdictKind.INCONCLUSIVE || k == VerdictKind.UNCONFIRMED || assuming) {
            // PROVED assuming unproved theorems is not a proof: like SURVIVED
            return strict ? FAILURE : SKIPPED;
        }
        // PROVED, or FALSIFIED under `expect falsified` (or `expect open`): a passing test.
        assert k == VerdictKind.PROVED || k == VerdictKind.FALSIFIED;
        return PASSED;
    }
}
