package org.infobound.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.Settings;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine evaluates what the checker checked: a {@code let} that the checker rejected
 * (redefining a builtin, or a second definition of a name) is not the definition a checked claim
 * is evaluated with.
 */
class CheckedModelTest {

    @Test
    void rejectedLetsAreNotEvaluated(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("lets.claims");
        Files.writeString(f, """
                let sqrt(x) = x + 1
                let h = 1/2
                let h = 2
                claim builtin_sqrt
                  forall x in [0, 1]: sqrt(x) >= 1
                claim first_h
                  : h <= 1
                """);
        for (boolean prove : new boolean[] {true, false}) {
            CheckReport r = CheckRun.run(List.of(f), new Settings(1, 200, 0, 1, 2000, prove));
            ClaimResult sqrt = r.results().get(0);
            // the checker resolves sqrt to the builtin (the let is an error): sqrt(0) = 0 < 1
            assertEquals(VerdictKind.FALSIFIED, sqrt.verdict().kind(), sqrt.verdict().toString());
            ClaimResult h = r.results().get(1);
            // the checker keeps the first h = 1/2 (the second is an error): 1/2 <= 1 holds
            assertEquals(false, Verdicts.falsified(h), h.verdict().toString());
        }
    }

    @Test
    void aLetWithErrorsIsNeverCapturedByABinderOfTheSameName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("capture.claims");
        // x is unknown in the let (E101); inlined into the claim it would become the binder x, and
        // g_free(0) >= 5 would read x >= 5, which holds on [5, 6]: the claim must be ERROR
        Files.writeString(f, """
                let g_free(t) = x
                claim captured
                  forall x in [5, 6]: g_free(0) >= 5
                """);
        for (boolean prove : new boolean[] {true, false}) {
            CheckReport r = CheckRun.run(List.of(f), new Settings(1, 200, 0, 1, 2000, prove));
            assertEquals(VerdictKind.ERROR, r.results().get(0).verdict().kind(), r.results().get(0).verdict().toString());
        }
    }
}
