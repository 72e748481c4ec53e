package org.infobound.lang.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.infobound.lang.diag.Code;
import org.junit.jupiter.api.Test;

/** spec/LANGUAGE.md and spec/DIAGNOSTICS.md stay true to the code: every builtin and code is documented. */
class DocsTest {

    @Test
    void everyBuiltinIsInTheLanguageReference() throws IOException {
        String doc = Files.readString(Path.of("spec/LANGUAGE.md"));
        for (Builtin b : Builtins.all()) {
            assertTrue(doc.contains("`" + b.name() + "(") || doc.contains(" " + b.name() + " ")
                    || doc.contains("`" + b.name() + " "), "LANGUAGE.md lacks " + b.name());
        }
        for (String c : Builtins.CONSTANTS) {
            assertTrue(doc.contains("`" + c + "`"), c);
        }
    }

    @Test
    void everyDiagnosticCodeIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("spec/DIAGNOSTICS.md"));
        for (Code c : Code.values()) {
            assertTrue(doc.contains("| " + c.name() + " | " + c.severity().word() + " |"), "DIAGNOSTICS.md lacks " + c);
        }
    }
}
