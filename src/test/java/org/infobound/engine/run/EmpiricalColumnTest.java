package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.VerdictKind;
import org.infobound.lang.diag.Code;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code empirical("f.csv", column = ...)} through the checker and the run (spec/LANGUAGE.md
 * section 7.1). Truth by hand: ids 1, 2, 3 have mean 2; rewards 0.5, 0.25, 0.75 mean 1/2.
 */
class EmpiricalColumnTest {

    @TempDir
    Path dir;

    @Test
    void columnChoosesTheSamples() throws Exception {
        Files.writeString(dir.resolve("runs.csv"), "id,reward\n1,0.5\n2,0.25\n3,0.75\n");
        Files.writeString(dir.resolve("bare.csv"), "1,0.5\n2,0.25\n3,0.75\n");
        Path f = dir.resolve("t.claims");
        Files.writeString(f, "claim auto: E(empirical(\"runs.csv\")) == 1/2\n"
                + "claim named: E(empirical(\"runs.csv\", column = \"reward\")) == 1/2\n"
                + "claim ids: E(empirical(\"runs.csv\", column = 1)) == 2\n"
                + "claim bare: E(empirical(\"bare.csv\", column = 2)) == 1/2\n"
                + "claim wrong: E(empirical(\"bare.csv\", column = 1)) == 1/2\n");
        CheckReport r = CheckRun.run(List.of(f), new Settings(1, 200, 0, 1, 2000, true));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        List<ClaimResult> c = r.results();
        for (int i = 0; i < 4; i++) {
            assertEquals(VerdictKind.PROVED, c.get(i).verdict().kind(), c.get(i).verdict().toString());
        }
        assertEquals(VerdictKind.FALSIFIED, c.get(4).verdict().kind(), c.get(4).verdict().toString());
    }

    @Test
    void checkerRefusesBadColumnsAndAmbiguousFiles() throws Exception {
        Files.writeString(dir.resolve("bare.csv"), "1,0.5\n");
        Path p = dir.resolve("t.claims");
        String text = "claim a: E(empirical(\"bare.csv\")) <= 1\n"
                + "claim b: E(empirical(\"bare.csv\", column = 0)) <= 1\n"
                + "claim c: E(empirical(\"bare.csv\", column = x)) <= 1\n"
                + "claim d: E(empirical(\"bare.csv\", col = 2)) <= 1\n";
        CheckedFile f = Checker.check(Parser.parse(new SourceFile(p.toString(), java.util.Optional.of(p), text)),
                new EmpiricalFileCheck());
        List<Code> codes = f.diagnostics().stream().map(d -> d.code()).toList();
        assertEquals(List.of(Code.E502, Code.E301, Code.E301, Code.E202), codes, f.diagnostics().toString());
        assertTrue(f.claims().isEmpty());
    }
}
