package org.infobound.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.infobound.lang.diag.DiagnosticRenderer;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Every golden example of the language (spec/examples) parses and type-checks with no diagnostic at all. */
class ExamplesCheckTest {

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("spec/examples"))) {
            return files.filter(p -> p.toString().endsWith(".claims")).sorted().toList();
        }
    }

    @Test
    void everyGoldenExampleChecksCleanly() throws IOException {
        int claims = 0;
        for (Path p : examples()) {
            SourceFile src = SourceFile.read(p);
            CheckedFile f = Checker.parseAndCheck(src);
            String rendered = f.diagnostics().stream().map(d -> DiagnosticRenderer.render(src, d))
                    .collect(Collectors.joining());
            assertEquals("", rendered, p.toString());
            assertEquals(f.ast().claims().size(), f.claims().size(), p.toString());
            claims += f.claims().size();
        }
        assertTrue(claims >= 14 + 10, "all section 1 and 8 claims plus the construct coverage: " + claims);
    }
}
