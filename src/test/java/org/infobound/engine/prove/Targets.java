package org.infobound.engine.prove;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.source.SourceFile;

/** The library and the target claims of the tests (loaded once). */
final class Targets {

    static final TheoremLibrary LIBRARY = TheoremLibrary.load(Path.of("spec/library"));
    static final CheckedFile FILE = read("src/test/resources/prove/targets.claims");

    private Targets() {
    }

    static CheckedFile read(String path) {
        try {
            CheckedFile f = Checker.parseAndCheck(SourceFile.read(Path.of(path)));
            if (f.hasErrors()) {
                throw new IllegalStateException(path + " has errors: " + f.diagnostics());
            }
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CheckedClaim claim(String name) {
        return claim(FILE, name);
    }

    /** The claim {@code name} of a checked file that must have no errors. */
    static CheckedClaim claim(CheckedFile file, String name) {
        if (file.hasErrors()) {
            throw new IllegalStateException("the test claims have errors: " + file.diagnostics());
        }
        return file.claims().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static ProofResult prove(String name) {
        return new Prover(LIBRARY).prove(claim(name));
    }
}
