package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.infobound.engine.verdict.Verdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start order of {@code check}: a bundled library theorem checked in a file (as spec/library
 * is) starts before the file's other claims, since it waits for no file theorem; the verdicts and
 * the report's order do not depend on it.
 */
class StartOrderTest {

    @AfterEach
    void reset() {
        CheckRun.onStart = null;
    }

    @Test
    void bundledTheoremStartsFirstAndVerdictsDoNotChange(@TempDir Path dir) throws Exception {
        // pinsker is a bundled theorem (spec/library/divergences.claims), listed last here
        Path f = dir.resolve("order.claims");
        Files.writeString(f, """
                claim half_lt_one forall x in 0..3: x / 2 < x + 1
                claim square_ge_zero forall x in -3..3: x * x >= 0
                theorem pinsker "Pinsker's inequality"
                  forall p, q in dist(1..3):
                    TV(p, q) <= sqrt(KL(p || q) / 2)
                """);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CheckRun.onStart = order::add;
        CheckReport one = CheckRun.run(List.of(f), new Settings(5, 40, 0, 1, 2000, true));
        assertEquals(List.of("pinsker", "half_lt_one", "square_ge_zero"), order);
        CheckRun.onStart = null;
        CheckReport two = CheckRun.run(List.of(f), new Settings(5, 40, 0, 2, 2000, true));
        for (CheckReport r : List.of(one, two)) {
            // report in file order; the two integer claims hold for every integer
            // (x / 2 < x + 1 iff x > -2; x * x >= 0), so they are proved by exhaustion or the
            // prover, never falsified; Pinsker's inequality is true, so never falsified
            assertEquals(List.of("half_lt_one", "square_ge_zero", "pinsker"),
                    r.results().stream().map(ClaimResult::name).toList());
            assertTrue(r.results().get(0).verdict() instanceof Verdict.Proved, r.results().get(0).verdict().toString());
            assertTrue(r.results().get(1).verdict() instanceof Verdict.Proved, r.results().get(1).verdict().toString());
            assertTrue(!(r.results().get(2).verdict() instanceof Verdict.Falsified));
        }
        assertEquals(one.results().get(2).verdict().kind(), two.results().get(2).verdict().kind());
    }
}
