package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.engine.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Finite values beyond the double range (exp(x) for x > log(Double.MAX_VALUE) = 709.78...) are
 * neither infinities nor undefined: such instances are reported as out of range, the certified
 * route may still decide them, and a claim none of whose instances could be tested is
 * INCONCLUSIVE.
 */
class OutOfRangeTest {

    @Test
    void someInstancesOutOfRangeTheRestSurvive() {
        // exp(x) >= 1 on [0, 1000]: true; above 709.78 the double overflows
        Verdict v = RunTestSupport.decide("claim c forall x in [0, 1000]: exp(x) >= 1",
                RunTestSupport.settings(3, 400)).verdict();
        Verdict.Survived s = assertInstanceOf(Verdict.Survived.class, v);
        assertTrue(s.outOfRange() > 0 && s.outOfRange() < s.tries(), s.toString());
        double x = Double.parseDouble(s.outOfRangeAt().get(0).get("x"));
        assertTrue(x > Math.log(Double.MAX_VALUE), s.outOfRangeAt().toString());
    }

    @Test
    void nothingTestableIsInconclusive() {
        Verdict v = RunTestSupport.decide("claim c forall x in [800, 1000]: exp(x) >= 1",
                RunTestSupport.settings(3, 100)).verdict();
        Verdict.Inconclusive i = assertInstanceOf(Verdict.Inconclusive.class, v);
        assertTrue(i.reason().contains("double range"), i.reason());
    }

    @Test
    void theCertifiedRouteStillFalsifiesBeyondTheRange() {
        // exp(x) <= 1e300 is false for every x in [800, 1000]; the enclosure [MAX_VALUE, inf] decides it
        Verdict v = RunTestSupport.decide("claim c forall x in [800, 1000]: exp(x) <= 1e300",
                RunTestSupport.settings(3, 100)).verdict();
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, v);
        assertEquals("800", f.counterexample().inputs().get("x"));
    }
}
