package org.infobound.engine.prove;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.infobound.lang.ast.ClaimKind;
import org.infobound.lang.check.CheckedBinder;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.diag.DiagnosticRenderer;
import org.infobound.lang.source.SourceFile;

/**
 * The trusted theorems ({@code theorem} declarations of {@code spec/library/*.claims}), checked
 * by the lang checker and indexed by name. Only theorems with one relation and no {@code where}
 * definitions are usable as lemmas; the others are kept out (and listed by {@link #skipped()}).
 */
public final class TheoremLibrary {

    private final Map<String, Theorem> theorems;
    private final List<String> skipped;

    private TheoremLibrary(Map<String, Theorem> theorems, List<String> skipped) {
        this.theorems = theorems;
        this.skipped = List.copyOf(skipped);
    }

    /**
     * Loads every {@code *.claims} file of a directory, in name order.
     *
     * @throws IllegalArgumentException if a file cannot be read or has errors (rendered)
     *
     * Requires: dir != null.
     * Throws IllegalArgumentException when unreadable directory or file, or a file with errors.
     */
    public static TheoremLibrary load(Path dir) {
        if (dir == null) {
            throw new IllegalArgumentException("the library directory is required");
        }
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".claims")).sorted().toList()) {
                files.add(SourceFile.read(p));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the theorem library " + dir + ": " + e.getMessage(), e);
        }
        return of(files);
    }

    /**
     * Builds a library from sources (tests, or a library kept elsewhere).
     *
     * Requires: sources != null.
     * Ensures: result != null.
     * Throws IllegalArgumentException when a source has errors.
     */
    public static TheoremLibrary of(List<SourceFile> sources) {
        if (sources == null) {
            throw new IllegalArgumentException("sources are required");
        }
        Map<String, Theorem> out = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (SourceFile src : sources) {
            CheckedFile f = Checker.parseAndCheck(src);
            if (f.hasErrors()) {
                StringBuilder sb = new StringBuilder("theorem library file has errors:\n");
                for (Diagnostic d : f.diagnostics()) {
                    sb.append(DiagnosticRenderer.render(src, d)).append('\n');
                }
                throw new IllegalArgumentException(sb.toString());
            }
            for (CheckedClaim c : f.claims()) {
                if (c.kind() != ClaimKind.THEOREM) {
                    continue;
                }
                Optional<Theorem> t = toTheorem(c);
                if (t.isPresent() && !out.containsKey(c.name())) {
                    out.put(c.name(), t.get());
                } else {
                    skipped.add(c.name());
                }
            }
        }
        return new TheoremLibrary(out, skipped);
    }

    private static Optional<Theorem> toTheorem(CheckedClaim c) {
        if (!c.defs().isEmpty() || Relations.of(c.formula()).isEmpty()) {
            return Optional.empty();
        }
        Map<String, org.infobound.lang.ast.Domain> binders = new LinkedHashMap<>();
        for (CheckedBinder b : c.binders()) {
            binders.put(b.name().name(), b.domain());
        }
        // a theorem's dist binders live on its shared alphabet (the first dist binder's domain)
        binders = Domains.effective(binders, c.alphabet().orElse(Domains.alphabet(binders)));
        return Optional.of(new Theorem(c.name(), c.decl().cite().orElse(""), binders, c.assuming(), c.formula()));
    }

    /**
     * The same library without the named theorems (to require a proof by another route).
     *
     * Requires: names != null.
     * Ensures: (for every i with 0 <= i < names.length, result.get(names[i]).isEmpty()).
     */
    public TheoremLibrary without(String... names) {
        Map<String, Theorem> kept = new LinkedHashMap<>(theorems);
        for (String n : names) {
            kept.remove(n);
        }
        return new TheoremLibrary(kept, skipped);
    }

    /** The theorem of that name, if loaded. */
    public Optional<Theorem> get(String name) {
        return Optional.ofNullable(theorems.get(name));
    }

    /** All usable theorems in load order. */
    public List<Theorem> theorems() {
        return List.copyOf(theorems.values());
    }

    /** Names of theorems not usable as lemmas (several relations, where definitions, duplicates). */
    public List<String> skipped() {
        return skipped;
    }
}
