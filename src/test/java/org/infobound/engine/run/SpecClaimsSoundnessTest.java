package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.Expected;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No true claim of spec/ is ever FALSIFIED (soundness rule 1), under several seeds; every
 * {@code expect falsified} claim is. Small budgets keep the run short; the full budget is the
 * CLI's.
 */
class SpecClaimsSoundnessTest {

    /** The seed paper, its neighbours, the trusted theorem library (theorems are falsified too) and the examples. */
    private static final List<Path> SPEC = List.of(Path.of("spec/mroueh2024.claims"), Path.of("spec/related.claims"),
            Path.of("spec/library"), Path.of("spec/examples"));

    /**
     * Seeds 1..N with N from {@code -Dinfobound.soundnessSeeds} (default 2; the full
     * measure is 20: {@code mvn test -Dtest=SpecClaimsSoundnessTest -Dinfobound.soundnessSeeds=20}).
     */
    static java.util.stream.LongStream seeds() {
        return java.util.stream.LongStream.rangeClosed(1, Long.getLong("infobound.soundnessSeeds", 2));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void trueClaimsAreNeverFalsified(long seed) {
        CheckReport report = CheckRun.run(SPEC, new Settings(seed * 7919, 20, 0, 2, 500, true));
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        assertTrue(report.results().size() > 100);
        for (ClaimResult r : report.results()) {
            if (r.expected() != Expected.FALSIFIED) {
                assertNotEquals(VerdictKind.FALSIFIED, r.verdict().kind(), r.name() + ": " + r.verdict());
            } else {
                // the prover ran first (library included): a claim known false is never PROVED
                assertNotEquals(VerdictKind.PROVED, r.verdict().kind(), r.name() + ": " + r.verdict());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {20240607, 5})
    void falseClaimsAreFalsifiedWithTheDefaultBudget(long seed) throws java.io.IOException {
        int checked = 0;
        for (Path f : CheckRun.expand(SPEC, new java.util.ArrayList<>())) {
            SourceFile src = SourceFile.read(f);
            ParseResult pr = Parser.parse(src);
            for (ClaimDecl c : pr.file().claims()) {
                boolean falsified = c.expect().map(e -> e.expectation().name().equals("FALSIFIED")).orElse(false);
                if (falsified) {
                    ClaimResult r = ClaimRunner.decide(src, pr.file(), c, new Settings(seed, 300, 0, 1, 500, false));
                    assertEquals(VerdictKind.FALSIFIED, r.verdict().kind(), r.name() + ": " + r.verdict());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 9, "expect falsified claims in spec/: " + checked);
    }
}
