package org.infobound.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.diag.DiagnosticRenderer;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The golden runner of the invalid corpus (src/test/resources/claims-invalid): every file states its
 * expected diagnostics inline as {@code # error: E101 at 3:7} (or {@code # warning: ...}) and
 * the number of claims that stay valid as {@code # valid: N}; the convention is documented in
 * spec/LANGUAGE.md. The diagnostics found must be exactly the ones expected.
 */
class InvalidCorpusTest {

    private static final Pattern EXPECTED = Pattern.compile("#\\s*(error|warning):\\s*([EW]\\d{3})\\s+at\\s+(\\d+):(\\d+)");
    private static final Pattern VALID = Pattern.compile("#\\s*valid:\\s*(\\d+)");

    @Test
    void everyInvalidFileReportsExactlyItsExpectedDiagnostics() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/claims-invalid"))) {
            files = s.filter(p -> p.toString().endsWith(".claims")).sorted().toList();
        }
        assertTrue(files.size() >= 6, "the corpus has files for names, calls, types, ranges, syntax, data");
        int total = 0;
        for (Path p : files) {
            SourceFile src = SourceFile.read(p);
            List<String> expected = new ArrayList<>();
            Matcher m = EXPECTED.matcher(src.text());
            while (m.find()) {
                expected.add(m.group(1) + " " + m.group(2) + " at " + m.group(3) + ":" + m.group(4));
            }
            Matcher v = VALID.matcher(src.text());
            assertTrue(v.find(), p + " states # valid: N");
            CheckedFile f = Checker.parseAndCheck(src);
            List<String> actual = new ArrayList<>();
            for (Diagnostic d : f.diagnostics()) {
                actual.add(d.severity().word() + " " + d.code() + " at " + d.span().line() + ":" + d.span().column());
                assertFalse(DiagnosticRenderer.render(src, d).isBlank());
            }
            assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(), p.toString());
            assertEquals(Integer.parseInt(v.group(1)), f.claims().size(), p + ": valid claims");
            total += expected.size();
        }
        assertTrue(total >= 40, "corpus size " + total);
    }
}
