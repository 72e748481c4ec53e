package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryTest {

    @Test
    void everyTheoremIsUsableAndCited() {
        assertTrue(Targets.LIBRARY.theorems().size() >= 40);
        assertEquals(List.of(), Targets.LIBRARY.skipped());
        for (Theorem t : Targets.LIBRARY.theorems()) {
            assertFalse(t.cite().isBlank(), t.name());
        }
    }

    @Test
    void everyTheoremHasAProofNote() {
        for (Theorem t : Targets.LIBRARY.theorems()) {
            Path note = Path.of("proofs/theorems", t.name() + ".md");
            assertTrue(Files.isRegularFile(note), "missing " + note);
        }
    }

    @Test
    void seedPaperResultsAreNotTheorems() {
        // M-T1, M-C4, M-T3 are derived by the prover, never assumed (issue 5)
        for (Theorem t : Targets.LIBRARY.theorems()) {
            String f = ExprPrinter.print(t.formula());
            assertFalse(f.contains("bon(p, n) || p) <= log(n)"), t.name());
            assertFalse(f.contains("E(bon("), t.name());
        }
    }
}
