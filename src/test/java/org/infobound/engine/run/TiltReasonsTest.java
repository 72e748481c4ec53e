package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;

/**
 * Reasons of non-verdicts on tilts must be true (issue 14, items 3 and 4). The claims are true
 * statements, so no verdict may be FALSIFIED either:
 * {@code E(tilt(beta(1/2, 1/2), 1/1024)) = 0.99951147986433272323907667 <= 1} (mpmath,
 * {@code a/(a+b) hyp1f1(a+1, a+b+1, t)/hyp1f1(a, a+b, t)}, t = 1024), and the tilt of
 * laplace(0, 1) by {@code 1/beta = 1/(1 + 10^-18) < 1} exists, with mean
 * {@code 2 t/(1 - t^2) = 10^18 - 1/2 + O(10^-18) <= 10^18}.
 */
class TiltReasonsTest {

    private static Verdict decide(String claim) {
        return RunTestSupport.decide(claim, RunTestSupport.settings(20240607L, 200)).verdict();
    }

    @Test
    void aTrueTiltOfTheArcsineLawIsNotReportedUndefined() {
        // was INCONCLUSIVE "undefined at instance: NaN" (a NaN of the float tilt)
        Verdict v = decide("claim c : E(tilt(beta(1/2, 1/2), 1/1024)) <= 1");
        assertNotEquals(VerdictKind.FALSIFIED, v.kind(), v.toString());
        if (v instanceof Verdict.Inconclusive i) {
            assertFalse(i.reason().contains("undefined"), i.reason());
        }
    }

    @Test
    void aBetaThatIsNotADoubleNearTheMgfEdgeSaysSo() {
        // beta = 1 + 10^-18 rounds to 1.0, where the laplace(0, 1) mgf is infinite; the exact tilt exists
        Verdict v = decide("claim c : E(tilt(laplace(0, 1), 1 + 10^-18)) <= 10^18");
        Verdict.Inconclusive i = assertInstanceOf(Verdict.Inconclusive.class, v, v.toString());
        assertTrue(i.reason().contains("is not a double"), i.reason());
        assertTrue(i.reason().contains("too close to that edge to evaluate in doubles"), i.reason());
        assertFalse(i.reason().contains("is undefined"), i.reason());
    }
}
