package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claims-language section 5: a Df generator must be convex with f(1) = 0, and this is checked. */
class DfGeneratorCheckTest {

    @Test
    void concaveOrOffsetGeneratorsAreReportedAndConvexOnesAreDecided(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("df.claims");
        // sqrt(t) - 1 is concave; (t - 1)^2 + c with c in 1..3 has f(1) = c != 0 (not folded by
        // the front end, since c is a binder); (t - 1)^2 is the chi2 generator.
        Files.writeString(f, """
                claim concave
                  forall n in 1..5, p in dist(2..4):
                    Df(bon(p, n) || p, t -> sqrt(t) - 1) <= 1
                claim offset
                  forall c in 1..3, p in dist(2..4):
                    Df(p || p, t -> (t - 1)^2 + c) >= 0
                claim chi2_form
                  forall n in 1..5, p in dist(2..4):
                    Df(bon(p, n) || p, t -> (t - 1)^2) >= 0
                """);
        CheckReport r = CheckRun.run(List.of(f), new Settings(3, 50, 0, 1, 2000, false));
        Verdict concave = r.results().get(0).verdict();
        assertEquals(VerdictKind.INCONCLUSIVE, concave.kind(), concave.toString());
        assertTrue(concave.toString().contains("is not convex"), concave.toString());
        Verdict offset = r.results().get(1).verdict();
        assertEquals(VerdictKind.INCONCLUSIVE, offset.kind(), offset.toString());
        assertTrue(offset.toString().contains("needs f(1) = 0"), offset.toString());
        assertEquals(VerdictKind.SURVIVED, r.results().get(2).verdict().kind(), r.results().get(2).verdict().toString());
    }
}
