package org.infobound.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.check.DataFileCheck;
import org.infobound.lang.diag.DiagnosticRenderer;
import org.infobound.lang.diag.Severity;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code infobound parse FILE...}: parses and checks claims files, prints every diagnostic to
 * stderr and one summary line per file to stdout. Exit codes: 0 no errors, 3 a file has errors,
 * 2 bad usage (no file, or a file that cannot be read).
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parse and type-check claims files; print diagnostics (exit 0 ok, 3 errors, 2 usage).")
public final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "claims files (*.claims)")
    List<Path> files;

    @Spec
    CommandSpec spec;

    /** Content check for empirical data files; the math loader can be plugged in here. */
    private final DataFileCheck dataCheck;

    /** A parse command with no data-file content check (existence and readability only). */
    public ParseCommand() {
        this(DataFileCheck.NONE);
    }

    /** A parse command that also checks the content of empirical data files. */
    public ParseCommand(DataFileCheck dataCheck) {
        this.dataCheck = dataCheck;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean unreadable = false;
        boolean invalid = false;
        for (Path file : files) {
            SourceFile source;
            try {
                source = SourceFile.read(file);
            } catch (IOException e) {
                err.println("infobound parse: cannot read " + file + ": " + describe(e));
                unreadable = true;
                continue;
            }
            CheckedFile checked = Checker.check(Parser.parse(source), dataCheck);
            checked.diagnostics().forEach(d -> err.print(DiagnosticRenderer.render(source, d)));
            out.println(summary(checked));
            invalid |= checked.hasErrors();
        }
        out.flush();
        err.flush();
        return unreadable ? Main.EXIT_USAGE : invalid ? Main.EXIT_INVALID : Main.EXIT_OK;
    }

    static String summary(CheckedFile f) {
        long claims = f.ast().claims().size();
        long valid = f.claims().size();
        long errors = f.count(Severity.ERROR);
        long warnings = f.count(Severity.WARNING);
        return f.source().name() + ": " + (errors == 0 ? "ok" : "invalid") + ", " + valid + " of " + claims
                + " parsed claims and theorems valid, " + f.ast().lets().size() + " lets, " + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
