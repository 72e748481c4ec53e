package org.infobound.lang.check;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.diag.Code;

/** Resolves {@code empirical} paths against the claims file and checks them. */
final class DataFiles {

    private final Path base;
    private final DataFileCheck content;

    DataFiles(Path base, DataFileCheck content) {
        this.base = base;
        this.content = content;
    }

    /** True if the file is usable; otherwise a diagnostic was added. */
    boolean check(Expr.StringLit name, DataFileCheck.Column column, Diags diags) {
        Path file;
        try {
            file = base.resolve(name.value()).normalize();
        } catch (InvalidPathException e) {
            diags.add(Code.E501, name.span(), "invalid file name \"" + name.value() + "\"");
            return false;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            diags.add(Code.E501, name.span(), "cannot read data file " + file,
                    "the path is relative to the claims file's directory");
            return false;
        }
        Optional<DataFileCheck.Problem> problem;
        try {
            problem = content.check(file, column);
        } catch (RuntimeException e) {
            problem = Optional.of(new DataFileCheck.Problem(0, String.valueOf(e.getMessage())));
        }
        problem.ifPresent(p -> diags.add(Code.E502, name.span(),
                file.getFileName() + (p.line() > 0 ? ":" + p.line() : "") + ": " + p.message()));
        return problem.isEmpty();
    }
}
