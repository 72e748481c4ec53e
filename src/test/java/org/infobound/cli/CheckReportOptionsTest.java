package org.infobound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format FORMAT} and {@code --report FORMAT=PATH}: several outputs in one run. */
class CheckReportOptionsTest extends CliTestBase {

    @TempDir
    Path dir;


    private Path claims() throws Exception {
        Path p = dir.resolve("eq.claims");
        Files.writeString(p, "claim eq forall n in 2..5: log(n) - (n - 1) / n == 0\n  expect holds\n");
        return p;
    }

    @Test
    void severalReportsAreWrittenInOneRun() throws Exception {
        Path junit = dir.resolve("out/junit.xml");
        Path sarif = dir.resolve("out/x.sarif");
        Path tex = dir.resolve("t.tex");
        assertEquals(1, run("check", "--tries", "20", "--report", "junit=" + junit, "--report", "sarif=" + sarif,
                "--report", "latex=" + tex, claims().toString()), err.toString());
        assertTrue(out.toString().contains("FAIL FALSIFIED"), out.toString());
        assertTrue(Files.readString(junit).contains("failures=\"1\""));
        assertTrue(Files.readString(sarif).contains("\"ruleId\" : \"verdict/falsified\""));
        assertTrue(Files.readString(tex).contains("\\texttt{eq}"));
    }

    @Test
    void formatPicksStandardOutput() throws Exception {
        assertEquals(1, run("check", "--tries", "20", "--format", "junit", claims().toString()));
        assertTrue(out.toString().startsWith("<?xml"), out.toString());
    }

    @Test
    void noProgressBarWithoutATerminal() throws Exception {
        // surefire pipes the forked JVM's streams: no console, so no bar in the default mode
        assertTrue(!Progress.enabled("auto"));
        assertEquals(1, run("check", "--tries", "20", claims().toString()));
        assertEquals("", err.toString());
    }

    @Test
    void unknownFormatsAndMalformedReportsAreUsageErrors() throws Exception {
        assertEquals(2, run("check", "--format", "pdf", claims().toString()));
        assertTrue(err.toString().contains("unknown report format 'pdf' (known: text, json, junit, sarif, latex, html)"),
                err.toString());
        assertEquals(2, run("check", "--report", "junit", claims().toString()));
        assertTrue(err.toString().contains("--report needs FORMAT=PATH"), err.toString());
    }
}
