package org.infobound.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.Settings;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;

/**
 * The exact-parameter audit corpus of issue 14 part B ({@code src/test/resources/audit/params_line.claims}):
 * 39 false claims about family laws on the line whose exact parameters are not doubles, tiny or
 * huge ({@code false_...}, mpmath values in comments) and 11 true near misses ({@code true_...}),
 * most within one ulp of a parameter. Before this change none of the 39 was FALSIFIED (34
 * UNCONFIRMED: "parameter 1/3 is not a double"; 5 SURVIVED); every one must be FALSIFIED, no
 * true one FALSIFIED, no ERROR, no false claim PROVED.
 */
class AuditParamsCorpusTest {

    @Test
    void falseClaimsAreFalsifiedAndTrueOnesNever() {
        CheckReport report = CheckRun.run(List.of(Path.of("src/test/resources/audit/params_line.claims")),
                new Settings(1, 300, 0, 1, 500, true));
        assertTrue(report.problems().stream().noneMatch(p -> p.fatal()), "the corpus checks: " + report.problems());
        assertEquals(0, report.internalErrors(), "no internal error");
        int falseClaims = 0;
        int trueClaims = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (ClaimResult r : report.results()) {
            assertTrue(r.verdict().kind() != VerdictKind.ERROR, r.name() + " is ERROR");
            if (r.name().startsWith("false_")) {
                falseClaims++;
                if (!Verdicts.falsified(r)) {
                    missed.add(r.name() + " " + r.verdict().kind());
                }
                if (Verdicts.plainlyProved(r)) {
                    wrong.add(r.name() + " is false but PROVED");
                }
            } else if (r.name().startsWith("true_")) {
                trueClaims++;
                if (Verdicts.falsified(r)) {
                    wrong.add(r.name() + " is true but FALSIFIED");
                }
            }
        }
        assertEquals(39, falseClaims);
        assertEquals(11, trueClaims);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(missed.isEmpty(), "missed " + missed);
    }
}
