package org.infobound.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.infobound.engine.prove.CertificateChecker;
import org.infobound.engine.prove.CertificateJson;
import org.infobound.engine.prove.Explain;
import org.infobound.engine.prove.ProofCertificate;
import org.infobound.engine.prove.ProofResult;
import org.infobound.engine.prove.Prover;
import org.infobound.engine.prove.TheoremLibrary;
import org.infobound.engine.run.EmpiricalFileCheck;
import org.infobound.engine.run.Library;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.diag.DiagnosticRenderer;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code infobound explain FILE [CLAIM]}: without CLAIM, lists the file's claims and theorems
 * (exit 0, or 3 when the file has errors); with it, proves one claim and prints its certificate in human form
 * (steps, theorems with their instantiations, boxes checked), after replaying it with the
 * independent checker. Exit 0 when proved, 1 when not proved (the reason is printed), 3 when the
 * file has errors, 2 when the claim does not exist or the file cannot be read.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Prove one claim and print the proof (certificate) in human form.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "a .claims file")
    private Path file;

    @Parameters(index = "1", arity = "0..1", paramLabel = "CLAIM", description = "the claim's name; without it, "
            + "the file's claims are listed")
    private String claim;

    @Option(names = "--json", paramLabel = "PATH", description = "also write the certificate as JSON to PATH")
    private Path json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceFile src;
        try {
            src = SourceFile.read(file);
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return Main.EXIT_USAGE;
        }
        org.infobound.lang.parse.ParseResult parsed = Parser.parse(src);
        CheckedFile cf = Checker.check(parsed, new EmpiricalFileCheck());
        for (Diagnostic d : cf.diagnostics()) {
            err.println(DiagnosticRenderer.render(src, d));
        }
        if (claim == null) {
            // no claim named: list the file's claims (name, kind, line), then how to explain one
            java.util.Set<String> valid = new java.util.HashSet<>();
            cf.claims().forEach(c -> valid.add(c.name()));
            var all = parsed.file().claims();
            for (var c : all) {
                out.printf(java.util.Locale.ROOT, "%-8s %s (%s:%d)%s%n",
                        c.kind() == org.infobound.lang.ast.ClaimKind.THEOREM ? "theorem" : "claim", c.name().name(),
                        file, src.lineOf(c.span().start()), valid.contains(c.name().name()) ? "" : "  (has errors)");
            }
            out.println(all.size() + (all.size() == 1 ? " claim" : " claims") + " in " + file
                    + (all.isEmpty() ? "" : "; explain one with: infobound explain " + file + " NAME"));
            out.flush();
            err.flush();
            return cf.hasErrors() ? Main.EXIT_INVALID : Main.EXIT_OK;
        }
        Optional<CheckedClaim> target = cf.claims().stream().filter(c -> c.name().equals(claim)).findFirst();
        if (target.isEmpty()) {
            err.println("error: no valid claim named '" + claim + "' in " + file);
            return cf.hasErrors() ? Main.EXIT_INVALID : Main.EXIT_USAGE;
        }
        // a theorem of the file is proved as check proves it: from the bundled library only
        TheoremLibrary library = target.get().kind() == org.infobound.lang.ast.ClaimKind.THEOREM
                ? Library.bundled().without(claim) : Library.forFile(src, cf);
        ProofResult r = new Prover(library).prove(target.get());
        if (!r.proved()) {
            // a finite domain may be PROVED by certified exhaustion instead (spec/CHECK.md): show it
            org.infobound.lang.ast.ClaimDecl decl = parsed.file().claims().stream()
                    .filter(c -> c.name().name().equals(claim)).findFirst().orElse(null);
            if (decl != null && target.get().kind() != org.infobound.lang.ast.ClaimKind.THEOREM) {
                org.infobound.engine.run.Settings s = org.infobound.engine.run.Settings.defaults();
                org.infobound.engine.verdict.Verdict v = org.infobound.engine.run.ClaimRunner.decide(src, parsed.file(), decl,
                        new org.infobound.engine.run.Settings(s.seed(), 1, 0, 1, s.exhaustionLimit(), false)).verdict();
                if (v instanceof org.infobound.engine.verdict.Verdict.Proved p
                        && p.certificate().method().equals("certified exhaustion")) {
                    out.println(claim + ": PROVED by " + p.certificate().method() + " (not by the prover: " + r.reason() + ")");
                    for (String step : p.certificate().steps()) {
                        out.println("  " + step);
                    }
                    out.println("  instances checked with certified arithmetic: " + p.certificate().instancesChecked());
                    out.flush();
                    return Main.EXIT_OK;
                }
            }
            out.println(claim + ": not proved: " + r.reason());
            java.util.List<String> closest = new Prover(library).closestAttempts(target.get(), 5);
            if (closest.isEmpty()) {
                out.println("closest attempt: no library theorem matches the goal or its sides; would close it: a"
                        + " theorem (or hypothesis) relating them, or a numeric goal over finite binder ranges");
            } else {
                out.println("closest attempts (nearest the goal first):");
                closest.forEach(l -> out.println("  - " + l));
            }
            out.flush();
            return Main.EXIT_GATE_FAILED;
        }
        ProofCertificate cert = r.certificate().get();
        Optional<String> problem = CertificateChecker.check(cert, library);
        if (problem.isPresent()) {
            out.println(claim + ": not proved: the certificate does not replay: " + problem.get());
            out.flush();
            return Main.EXIT_GATE_FAILED;
        }
        out.println(Explain.render(cert));
        java.util.Set<String> own = Library.fileTheorems(library);
        java.util.List<String> premises = cert.theoremsUsed().stream().filter(own::contains).toList();
        if (!premises.isEmpty()) {
            out.println("note: this proof uses theorems of " + file + ", which are premises, not trusted: "
                    + String.join(", ", premises) + "; `check` reports PROVED only if they are PROVED too, "
                    + "else PROVED assuming them (spec/CHECK.md)");
        }
        if (json != null) {
            try {
                Files.writeString(json, CertificateJson.write(cert));
            } catch (IOException e) {
                err.println("error: cannot write " + json + ": " + e.getMessage());
                return Main.EXIT_USAGE;
            }
        }
        out.flush();
        return Main.EXIT_OK;
    }
}
