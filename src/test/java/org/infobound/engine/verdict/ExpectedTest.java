package org.infobound.engine.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The expectation table of spec/CHECK.md, "Verdicts", written out row by row. */
class ExpectedTest {

    private static final Verdict PROVED = new Verdict.Proved(new Certificate("test", List.of(), 1));
    private static final Verdict FALSIFIED = new Verdict.Falsified(new Counterexample(Map.of("n", "2"), "a <= b",
            new Enclosure(1, 1, 1), new Enclosure(0, 0, 0), 1, 7, 0), 1, List.of());
    private static final Verdict SURVIVED = new Verdict.Survived(10, 7, 0.5, 0);
    private static final Verdict INCONCLUSIVE = new Verdict.Inconclusive("undefined", Map.of(), 3, 7);
    private static final Verdict ERROR = new Verdict.Error(List.of(new ReportedDiagnostic("f", 1, 1, 1, 2,
            org.infobound.lang.diag.Severity.ERROR, org.infobound.lang.diag.Code.E001, "error", "", "f:1:1: error")));

    @Test
    void expectProvedPassesOnlyOnProved() {
        assertTrue(Expected.PROVED.passes(PROVED));
        assertFalse(Expected.PROVED.passes(SURVIVED));
        assertFalse(Expected.PROVED.passes(FALSIFIED));
        assertFalse(Expected.PROVED.passes(INCONCLUSIVE));
        assertFalse(Expected.PROVED.passes(ERROR));
    }

    @Test
    void expectHoldsPassesOnProvedOrSurvived() {
        assertTrue(Expected.HOLDS.passes(PROVED));
        assertTrue(Expected.HOLDS.passes(SURVIVED));
        assertFalse(Expected.HOLDS.passes(FALSIFIED));
        assertFalse(Expected.HOLDS.passes(INCONCLUSIVE));
        assertFalse(Expected.HOLDS.passes(ERROR));
    }

    @Test
    void expectFalsifiedPassesOnlyOnFalsified() {
        assertTrue(Expected.FALSIFIED.passes(FALSIFIED));
        assertFalse(Expected.FALSIFIED.passes(SURVIVED));
        assertFalse(Expected.FALSIFIED.passes(PROVED));
        assertFalse(Expected.FALSIFIED.passes(INCONCLUSIVE));
    }

    @Test
    void expectOpenPassesOnAnythingButError() {
        assertTrue(Expected.OPEN.passes(PROVED));
        assertTrue(Expected.OPEN.passes(FALSIFIED));
        assertTrue(Expected.OPEN.passes(SURVIVED));
        assertTrue(Expected.OPEN.passes(INCONCLUSIVE));
        assertFalse(Expected.OPEN.passes(ERROR));
    }

    @Test
    void noExpectationPassesUnlessFalsifiedOrError() {
        assertTrue(Expected.NONE.passes(PROVED));
        assertTrue(Expected.NONE.passes(SURVIVED));
        assertTrue(Expected.NONE.passes(INCONCLUSIVE));
        assertFalse(Expected.NONE.passes(FALSIFIED));
        assertFalse(Expected.NONE.passes(ERROR));
    }

    @Test
    void gateExitsZeroOnlyIfEveryClaimPasses() {
        assertEquals(Gate.OK, Gate.exitCode(List.of(Expected.HOLDS, Expected.FALSIFIED), List.of(SURVIVED, FALSIFIED)));
        assertEquals(Gate.FAILED, Gate.exitCode(List.of(Expected.HOLDS, Expected.HOLDS), List.of(SURVIVED, FALSIFIED)));
        assertEquals(Gate.OK, Gate.exitCode(List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Gate.exitCode(List.of(Expected.OPEN), List.of()));
    }

    @Test
    void provedNeedsACertificateAndFalsifiedACounterexample() {
        assertThrows(NullPointerException.class, () -> new Verdict.Proved(null));
        assertThrows(NullPointerException.class, () -> new Verdict.Falsified(null, 1, List.of()));
    }
}
