package org.infobound.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.infobound.engine.prove.TheoremLibrary;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.diag.DiagnosticRenderer;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;

/**
 * {@code infobound check}: reads claims files (directories are searched recursively for
 * {@code *.claims}, in name order), parses them, decides every valid claim (in parallel across
 * claims; the prover first, with the bundled theorem library and the file's own theorems) and
 * returns the report. A file with errors still has its valid claims decided.
 */
public final class CheckRun {

    private CheckRun() {
    }

    /** Runs the check over {@code paths}. */
    public static CheckReport run(List<Path> paths, Settings settings) {
        long start = System.nanoTime();
        List<FileProblem> problems = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (Path f : expand(paths, problems)) {
            SourceFile src;
            try {
                src = SourceFile.read(f);
            } catch (IOException | RuntimeException e) {
                problems.add(new FileProblem(f.toString(), List.of(f + ": error: cannot read: " + e.getMessage()), true));
                continue;
            }
            ParseResult pr = Parser.parse(src);
            CheckedFile cf = Checker.check(pr, new EmpiricalFileCheck());
            if (!cf.diagnostics().isEmpty()) {
                List<String> r = new ArrayList<>();
                for (Diagnostic d : cf.diagnostics()) {
                    r.add(DiagnosticRenderer.render(src, d));
                }
                problems.add(new FileProblem(f.toString(), r, cf.hasErrors()));
            }
            java.util.Map<ClaimDecl, CheckedClaim> valid = new java.util.IdentityHashMap<>();
            cf.claims().forEach(c -> valid.put(c.decl(), c));
            TheoremLibrary library = settings.prove() ? Library.forFile(src, cf) : null;
            for (ClaimDecl c : pr.file().claims()) {
                CheckedClaim checked = valid.get(c);
                jobs.add(new Job(src, pr, c, checked, library, checked != null ? null : errorsOf(src, cf, c)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "infobound-claim");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ClaimResult>> futures = new ArrayList<>();
            for (Job j : jobs) {
                futures.add(pool.submit(() -> j.errors == null ? ClaimRunner.decide(j.src, j.pr.file(), j.claim, settings, j.checked, j.library)
                        : ClaimRunner.invalid(j.src, j.claim, j.errors)));
            }
            List<ClaimResult> results = new ArrayList<>();
            for (Future<ClaimResult> f : futures) {
                results.add(f.get());
            }
            return new CheckReport(results, problems, settings, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("claim worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private record Job(SourceFile src, ParseResult pr, ClaimDecl claim, CheckedClaim checked, TheoremLibrary library,
            List<String> errors) {
    }

    /** The rendered error diagnostics inside a claim's span. */
    private static List<String> errorsOf(SourceFile src, CheckedFile cf, ClaimDecl c) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : cf.diagnostics()) {
            if (d.isError() && d.span().start() >= c.span().start() && d.span().start() <= c.span().end()) {
                out.add(DiagnosticRenderer.render(src, d));
            }
        }
        if (out.isEmpty()) {
            out.add(src.name() + ":" + c.span().line() + ":" + c.span().column() + ": error: the claim did not check");
        }
        return out;
    }

    static List<Path> expand(List<Path> paths, List<FileProblem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(x -> x.toString().endsWith(".claims") && Files.isRegularFile(x)).sorted().forEach(out::add);
                } catch (IOException e) {
                    problems.add(new FileProblem(p.toString(), List.of(p + ": error: cannot list: " + e.getMessage()), true));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.add(new FileProblem(p.toString(), List.of(p + ": error: no such file or directory"), true));
            }
        }
        return out;
    }
}
