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
 * The detection corpus of adversarial round 6 ({@code src/test/resources/audit/false_adv6.claims}):
 * 69 false claims a paper-auditing researcher would write (mpmath values in the comments), of
 * which the 64 with {@code expect falsified} must stay FALSIFIED; the 5 without it are the
 * measured misses (their cause is in the file), which must never be PROVED; the 10 true near
 * misses must never be FALSIFIED; no ERROR, no internal error.
 */
class AuditAdv6CorpusTest {

    @Test
    void falsifiedClaimsStayFalsifiedAndNothingLies() {
        CheckReport report = CheckRun.run(List.of(Path.of("src/test/resources/audit/false_adv6.claims")),
                new Settings(1, 300, 0, 1, 500, true));
        assertTrue(report.problems().stream().noneMatch(p -> p.fatal()), "the corpus checks: " + report.problems());
        assertEquals(0, report.internalErrors(), "no internal error");
        int falseClaims = 0;
        int trueClaims = 0;
        int falsified = 0;
        List<String> wrong = new ArrayList<>();
        for (ClaimResult r : report.results()) {
            assertTrue(r.verdict().kind() != VerdictKind.ERROR, r.name() + " is ERROR");
            if (!r.passed()) {
                wrong.add(r.name() + " failed its expectation: " + r.verdict());
            }
            if (r.name().startsWith("false_")) {
                falseClaims++;
                falsified += Verdicts.falsified(r) ? 1 : 0;
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
        assertEquals(69, falseClaims);
        assertEquals(10, trueClaims);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(falsified >= 64, falsified + " of 69 FALSIFIED");
    }
}
