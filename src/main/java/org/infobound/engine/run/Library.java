package org.infobound.engine.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.infobound.engine.prove.TheoremLibrary;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.source.SourceFile;

/**
 * The theorem library the prover may use: the trusted theorems of {@code spec/library}, bundled
 * into the jar under {@code library/} by the build, plus the {@code theorem}s of the file being
 * checked. Only the bundled theorems are trusted: a file's theorem is itself decided first (proved
 * with the bundled library, else falsified), a FALSIFIED one is left out of the library, and a
 * claim proved through one that is not PROVED is only PROVED assuming it (spec/CHECK.md).
 */
public final class Library {

    /** The files of spec/library, in load order (a test keeps this list equal to the folder). */
    public static final List<String> FILES = List.of("bestofn.claims", "classical.claims", "divergences.claims", "variational.claims");

    private Library() {
    }

    /**
     * The bundled files and their library, read and parsed on first use only (a run without the
     * prover, e.g. {@code check --no-prove}, never needs them: about a tenth of a cold start).
     */
    private static final class Bundled {
        static final List<SourceFile> SOURCES = readBundled();
        static final TheoremLibrary LIBRARY = TheoremLibrary.of(SOURCES);
    }

    /** The bundled library alone. */
    public static TheoremLibrary bundled() {
        return Bundled.LIBRARY;
    }

    /** The bundled library plus the theorems of {@code file} when it checked without errors. */
    public static TheoremLibrary forFile(SourceFile src, CheckedFile file) {
        boolean hasTheorems = file.claims().stream().anyMatch(c -> c.kind() == org.infobound.lang.ast.ClaimKind.THEOREM);
        if (file.hasErrors() || !hasTheorems) {
            return Bundled.LIBRARY;
        }
        List<SourceFile> all = new ArrayList<>(Bundled.SOURCES);
        all.add(src);
        try {
            return TheoremLibrary.of(all);
        } catch (IllegalArgumentException e) {
            return Bundled.LIBRARY;
        }
    }

    /**
     * The theorems of {@code library} that are not bundled ones: those of the file being checked
     * (a file theorem named like a bundled one is not in the library: the bundled one wins).
     */
    public static java.util.Set<String> fileTheorems(TheoremLibrary library) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        if (library == null) {
            return out;
        }
        for (org.infobound.engine.prove.Theorem t : library.theorems()) {
            if (Bundled.LIBRARY.get(t.name()).isEmpty()) {
                out.add(t.name());
            }
        }
        return out;
    }

    private static List<SourceFile> readBundled() {
        List<SourceFile> out = new ArrayList<>();
        for (String f : FILES) {
            try (InputStream in = Library.class.getResourceAsStream("/library/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled theorem library lacks " + f + " (build problem)");
                }
                out.add(SourceFile.of("spec/library/" + f, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the bundled theorem library: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
