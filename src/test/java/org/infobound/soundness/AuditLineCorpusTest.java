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
 * The held-out-style audit corpus of issue 14 part B ({@code src/test/resources/audit/false_line.claims}):
 * 70 false claims about derived laws on the line ({@code false_...}, each with {@code expect
 * falsified} and its mpmath value in a comment) and 24 true near-miss claims ({@code true_...}).
 * The targets: at least 95% of the false claims FALSIFIED, no true claim FALSIFIED, no
 * ERROR, and no false claim PROVED. Before part B, 40 of the 70 were FALSIFIED (57%).
 */
class AuditLineCorpusTest {

    @Test
    void falseClaimsAreFalsifiedAndTrueOnesNever() {
        check("src/test/resources/audit/false_line.claims", 70);
    }

    /**
     * The second file ({@code false_line_cgf.claims}, issue 14 continued part A): 48 false claims
     * about cgf, sigma2 (both sides), winrate and {@code E(p, exp(h))} of laws on the line and 17
     * true near misses. Before part A, 0 of the 48 were FALSIFIED (cgf, sigma2 and winrate had no
     * certified route on the line; E(p, exp(h)) overflowed); after, 48 of 48.
     */
    @Test
    void cgfSigma2WinrateCorpus() {
        check("src/test/resources/audit/false_line_cgf.claims", 48);
    }

    private static void check(String file, int expectedFalse) {
        check(file, expectedFalse, -1, 0.95);
    }

    /**
     * Runs a corpus file: {@code false_...} claims must be FALSIFIED (at least the share
     * {@code minShare}), never PROVED; {@code true_...} claims never FALSIFIED; no ERROR. A
     * non-negative {@code expectedTrue} also checks the number of true claims. Returns the report.
     */
    static CheckReport check(String file, int expectedFalse, int expectedTrue, double minShare) {
        CheckReport report = CheckRun.run(List.of(Path.of(file)),
                new Settings(1, 300, 0, 1, 500, true));
        assertTrue(report.problems().stream().noneMatch(p -> p.fatal()), "the corpus checks: " + report.problems());
        assertEquals(0, report.internalErrors(), "no internal error");
        int falseClaims = 0;
        int trueClaims = 0;
        int falsified = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (ClaimResult r : report.results()) {
            assertTrue(r.verdict().kind() != VerdictKind.ERROR, r.name() + " is ERROR");
            if (r.name().startsWith("false_")) {
                falseClaims++;
                if (Verdicts.falsified(r)) {
                    falsified++;
                } else {
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
        assertEquals(expectedFalse, falseClaims);
        if (expectedTrue >= 0) {
            assertEquals(expectedTrue, trueClaims);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(falsified >= minShare * falseClaims, falsified + " of " + falseClaims + " FALSIFIED; missed " + missed);
        return report;
    }
}
