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
import org.infobound.engine.verdict.ReportedDiagnostic;
import org.infobound.engine.verdict.Verdict;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.diag.Diagnostic;
import org.infobound.lang.diag.Code;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;

/**
 * {@code infobound check}: reads claims files (directories are searched recursively for
 * {@code *.claims}, in name order), parses them, decides every valid claim (in parallel across
 * claims; the prover first, with the bundled theorem library and the file's own theorems) and
 * returns the report. The files' own theorems are decided first (proved with the bundled library
 * only, else falsified); claims are then proved with the bundled library plus the file's
 * theorems that were not FALSIFIED, and a proof through a theorem that is not PROVED is PROVED
 * assuming it (spec/CHECK.md). A file with errors still has its valid claims decided.
 */
public final class CheckRun {

    private CheckRun() {
    }

    /** Runs the check over {@code paths}. */
    public static CheckReport run(List<Path> paths, Settings settings) {
        return run(paths, settings, Shard.ALL);
    }

    /**
     * Runs the part {@code shard} of the check over {@code paths}: every file is read and
     * checked (its problems are reported by every shard), the files' own theorems are decided
     * in every shard (other claims rest on their verdicts), and only the claims of the shard are
     * reported, with the verdicts the whole check gives them.
     */
    public static CheckReport run(List<Path> paths, Settings settings, Shard shard) {
        long start = System.nanoTime();
        List<FileProblem> problems = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (Path f : expand(paths, problems)) {
            SourceFile src;
            try {
                src = SourceFile.read(f);
            } catch (IOException | RuntimeException e) {
                problems.add(new FileProblem(f.toString(), List.of(ReportedDiagnostic.file(f.toString(), Code.E601,
                        "cannot read: " + e.getMessage())), true));
                continue;
            }
            ParseResult pr = Parser.parse(src);
            CheckedFile cf = Checker.check(pr, new EmpiricalFileCheck());
            if (!cf.diagnostics().isEmpty()) {
                List<ReportedDiagnostic> r = new ArrayList<>();
                for (Diagnostic d : cf.diagnostics()) {
                    r.add(ReportedDiagnostic.of(src, d));
                }
                problems.add(new FileProblem(f.toString(), r, cf.hasErrors()));
            }
            java.util.Map<ClaimDecl, CheckedClaim> valid = new java.util.IdentityHashMap<>();
            cf.claims().forEach(c -> valid.put(c.decl(), c));
            TheoremLibrary full = settings.prove() ? Library.forFile(src, cf) : null;
            FileJobs fj = new FileJobs(full, Library.fileTheorems(full));
            for (ClaimDecl c : pr.file().claims()) {
                CheckedClaim checked = valid.get(c);
                jobs.add(new Job(src, pr, c, checked, fj, checked != null ? null : errorsOf(src, cf, c),
                        shard.contains(src.name(), c.name().name())));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "infobound-claim");
            t.setDaemon(true);
            return t;
        });
        try {
            // 1. the files' own theorems first, proved with the bundled library only (the trusted
            //    base; never with themselves), else falsified
            List<Future<ClaimResult>> futures = new ArrayList<>();
            for (Job j : jobs) {
                futures.add(j.isFileTheorem() ? pool.submit(() -> ClaimRunner.decide(j.src, j.pr.file(), j.claim,
                        settings, j.checked, Library.bundled())) : null);
            }
            ClaimResult[] results = new ClaimResult[jobs.size()];
            for (int i = 0; i < jobs.size(); i++) {
                if (futures.get(i) != null) {
                    results[i] = futures.get(i).get();
                    jobs.get(i).files.status.put(jobs.get(i).claim.name().name(), results[i].internal()
                            ? new Verdict.Inconclusive("internal error", java.util.Map.of(), 0, settings.seed())
                            : results[i].verdict());
                }
            }
            // 2. everything else, with the bundled library plus the file's theorems that were not
            //    falsified; a proof through an unproved theorem is PROVED assuming it
            futures.clear();
            for (int i = 0; i < jobs.size(); i++) {
                Job j = jobs.get(i);
                futures.add(results[i] != null || !j.inShard ? null : pool.submit(() -> j.errors == null
                        ? ClaimRunner.decide(j.src, j.pr.file(), j.claim, settings, j.checked,
                                j.isBundledTheorem() ? null : j.files.forClaims(), j.files.status)
                        : ClaimRunner.invalid(j.src, j.claim, j.errors)));
            }
            for (int i = 0; i < jobs.size(); i++) {
                if (futures.get(i) != null) {
                    results[i] = futures.get(i).get();
                }
            }
            List<ClaimResult> mine = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                if (jobs.get(i).inShard) {
                    mine.add(results[i]);
                }
            }
            return new CheckReport(mine, problems, settings, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("claim worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A file's theorem library and the verdicts of its own theorems (filled by phase 1, read in
     * phase 2).
     */
    private static final class FileJobs {
        final TheoremLibrary full;
        final java.util.Set<String> own;
        final java.util.Map<String, Verdict> status = new java.util.concurrent.ConcurrentHashMap<>();
        private TheoremLibrary forClaims;

        FileJobs(TheoremLibrary full, java.util.Set<String> own) {
            this.full = full;
            this.own = own;
        }

        /** The library without the file's theorems that were FALSIFIED or ERROR (never used). */
        synchronized TheoremLibrary forClaims() {
            if (full == null) {
                return null;
            }
            if (forClaims == null) {
                List<String> out = new ArrayList<>();
                status.forEach((n, v) -> {
                    if (v instanceof Verdict.Falsified || v instanceof Verdict.Error) {
                        out.add(n);
                    }
                });
                forClaims = full.without(out.toArray(new String[0]));
            }
            return forClaims;
        }
    }

    private record Job(SourceFile src, ParseResult pr, ClaimDecl claim, CheckedClaim checked, FileJobs files,
            List<ReportedDiagnostic> errors, boolean inShard) {
        /**
         * A theorem named like a bundled one (e.g. spec/library itself being checked): trusted
         * base, only falsified (proving it from the other trusted theorems could go in circles).
         */
        boolean isBundledTheorem() {
            return claim.kind() == org.infobound.lang.ast.ClaimKind.THEOREM
                    && Library.bundled().get(claim.name().name()).isPresent();
        }

        /** A valid theorem of the file that the library uses as a lemma (decided in phase 1). */
        boolean isFileTheorem() {
            return errors == null && checked != null && files.full != null
                    && files.own.contains(claim.name().name()) && claim.kind() == org.infobound.lang.ast.ClaimKind.THEOREM;
        }
    }

    /**
     * The error diagnostics inside a claim's span; when there is none (the checker left the claim
     * out for an error elsewhere, e.g. in a {@code let} it uses), one {@link Code#E603} at the claim.
     */
    static List<ReportedDiagnostic> errorsOf(SourceFile src, CheckedFile cf, ClaimDecl c) {
        List<ReportedDiagnostic> out = new ArrayList<>();
        for (Diagnostic d : cf.diagnostics()) {
            if (d.isError() && d.span().start() >= c.span().start() && d.span().start() <= c.span().end()) {
                out.add(ReportedDiagnostic.of(src, d));
            }
        }
        if (out.isEmpty()) {
            out.add(ReportedDiagnostic.at(src, c.span(), Code.E603,
                    "the claim did not check: errors elsewhere in the file (see the file's diagnostics)"));
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
                    problems.add(new FileProblem(p.toString(), List.of(ReportedDiagnostic.file(p.toString(), Code.E601,
                            "cannot list: " + e.getMessage())), true));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                problems.add(new FileProblem(p.toString(), List.of(ReportedDiagnostic.file(p.toString(), Code.E601,
                        "no such file or directory")), true));
            }
        }
        return out;
    }
}
