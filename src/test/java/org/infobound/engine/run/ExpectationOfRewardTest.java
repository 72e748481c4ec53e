package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code E(p, r)} is the mean {@code E(p)}: r is reserved (spec/LANGUAGE.md), so the two are one
 * quantity, and the one-argument form's exact and closed-form routes decide it. Before, E(p, r) of
 * a law on the line went through the two-sided quadrature (relative width about 1e-6), so
 * {@code E(normal(10^6, 1), r) >= 1000000.001} SURVIVED. Truths by hand: the mean of normal(m, s)
 * is m; of bon(exponential(1), 3) it is H_3 = 11/6 (Renyi representation); of tilt(normal(0, 1), 1)
 * it is 1 (the tilt of N(0, 1) by 1/beta = 1 is N(1, 1)); of bon(uniform(0, 1), 4) it is 4/5.
 */
class ExpectationOfRewardTest {

    @Test
    void expectationOfTheRewardIsTheMean(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("er.claims");
        Files.writeString(f, """
                claim false_normal_far: E(normal(10^6, 1), r) >= 1000000.001
                claim true_normal_far: E(normal(10^6, 1), r) == 10^6
                claim false_bon_exponential: E(bon(exponential(1), 3), r) < 11/6
                claim true_bon_exponential: E(bon(exponential(1), 3), r) <= 11/6
                claim false_tilt: E(tilt(normal(0, 1), 1), r) <= 0.999
                claim false_bon_uniform: E(bon(uniform(0, 1), 4), r) > 4/5
                claim true_discrete forall p in dist(2..5): E(p, r) == E(p)
                """);
        CheckReport r = CheckRun.run(List.of(f), new Settings(1, 60, 0, 1, 300, false));
        RunTestSupport.assertFalseOnesFalsified(r, 7);
        assertEquals(VerdictKind.PROVED, r.results().get(1).verdict().kind(), "E(normal(10^6, 1), r) == 10^6 exactly");
    }
}
