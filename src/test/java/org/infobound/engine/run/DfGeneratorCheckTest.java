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

/**
 * spec/LANGUAGE.md sections 7-8: a Df generator needs f(1) = 0, and this is checked; a generator that
 * is not convex still gives the number sum q f(p/q), so a claim about it is decided like any
 * other (the prover alone needs convexity, and proves it).
 */
class DfGeneratorCheckTest {

    @Test
    void offsetGeneratorsAreReportedAndConcaveOnesAreDecidedAsNumbers(@TempDir Path dir) throws IOException {
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
                claim concave_negative
                  forall p, q in dist(2..4):
                    Df(p || q, t -> sqrt(t) - 1) >= 0
                """);
        CheckReport r = CheckRun.run(List.of(f), new Settings(3, 50, 0, 1, 2000, false));
        // sqrt(t) - 1 gives BC(p, q) - 1 <= 0 <= 1: true, so it survives the search
        Verdict concave = r.results().get(0).verdict();
        assertEquals(VerdictKind.SURVIVED, concave.kind(), concave.toString());
        Verdict offset = r.results().get(1).verdict();
        assertEquals(VerdictKind.INCONCLUSIVE, offset.kind(), offset.toString());
        assertTrue(offset.toString().contains("needs f(1) = 0"), offset.toString());
        assertEquals(VerdictKind.SURVIVED, r.results().get(2).verdict().kind(), r.results().get(2).verdict().toString());
        // BC(p, q) - 1 < 0 whenever p != q, e.g. p = [1/2, 1/2], q = [1/4, 3/4]:
        // sqrt(2)/4 + 3 sqrt(2/3)/4 - 1 = -0.0340 (by hand): FALSIFIED, not "not convex"
        Verdict negative = r.results().get(3).verdict();
        assertEquals(VerdictKind.FALSIFIED, negative.kind(), negative.toString());
    }
}
