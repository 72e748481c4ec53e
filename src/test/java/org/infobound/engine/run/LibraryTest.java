package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;

class LibraryTest {

    @Test
    void theBundledListIsExactlyTheLibraryFolder() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("spec/library"))) {
            List<String> files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".claims")).sorted().toList();
            assertEquals(files, Library.FILES.stream().sorted().toList());
        }
        assertTrue(Library.bundled().theorems().size() >= 40, "the bundled library loaded");
    }

    @Test
    void theCheckRunProvesTheBestOfNBoundWithTheBundledLibraryAndFalsifiesTheEquality(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path f = dir.resolve("bon.claims");
        Files.writeString(f, """
                claim bound
                  forall n in 1..1000000, p in dist(1..20):
                    KL(bon(p, n) || p) <= log(n) - (n - 1) / n
                claim equality
                  forall n in 1..64, p in dist(2..10):
                    KL(bon(p, n) || p) == log(n) - (n - 1) / n
                """);
        CheckReport r = CheckRun.run(List.of(f), Settings.defaults());
        assertEquals(VerdictKind.PROVED, r.results().get(0).verdict().kind());
        assertEquals(VerdictKind.FALSIFIED, r.results().get(1).verdict().kind());
    }
}
