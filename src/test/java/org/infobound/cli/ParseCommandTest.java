package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest extends CliTestBase {


    @Test
    void validFilesExitZeroWithOneSummaryLineEach() {
        int code = run("parse", "spec/examples/bon_kl.claims", "spec/examples/pinsker.claims");
        assertEquals(0, code, err.toString());
        assertEquals("", err.toString());
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("spec/examples/bon_kl.claims: ok, 2 of 2"), lines[0]);
        assertTrue(lines[0].contains("2 lets, 0 errors"), lines[0]);
    }

    @Test
    void filesWithErrorsExitThreeAndPrintRenderedDiagnosticsOnStderr() {
        int code = run("parse", "src/test/resources/claims-invalid/calls.claims", "spec/examples/dpi.claims");
        assertEquals(3, code);
        assertTrue(err.toString().contains("src/test/resources/claims-invalid/calls.claims:5:8: error[E201]:"), err.toString());
        assertTrue(err.toString().contains("\n  5 |     KL(bon(p) || p) >= 0\n"), err.toString());
        assertTrue(out.toString().contains("calls.claims: invalid, 1 of 9"), out.toString());
        assertTrue(out.toString().contains("dpi.claims: ok"), out.toString());
    }

    @Test
    void warningsAloneDoNotFailTheFile() {
        assertEquals(0, run("parse", "src/test/resources/claims-invalid/warnings.claims"));
        assertTrue(err.toString().contains("warning[W101]"), err.toString());
    }

    @Test
    void missingFileOrNoFileIsBadUsage() {
        assertEquals(2, run("parse", "spec/examples/no-such.claims"));
        assertTrue(err.toString().contains("cannot read spec/examples/no-such.claims: no such file"), err.toString());
        assertEquals(2, run("parse"));
    }

    @Test
    void aBadLineInAnEmpiricalFileIsADiagnosticWithItsLineNumber(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("r.csv"), "reward\n0.5\n0.7\nabc\n");
        Path claims = dir.resolve("c.claims");
        Files.writeString(claims, "claim c\n  where p = empirical(\"r.csv\"):\n    E(p) <= 1\n");
        assertEquals(3, run("parse", claims.toString()));
        assertTrue(err.toString().contains("c.claims:2:23: error[E502]: r.csv:4: "), err.toString());
    }
}
