package org.infobound.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /**
     * Told about a run as it goes: {@link #started} once with the number of claims to decide,
     * {@link #deciding} when the run waits for a claim, {@link #decided} for each claim as soon as
     * it and every claim before it are decided, so always in file order (streaming output). Called
     * from the thread that called {@link #run}.
     */
    public interface Listener {
        /** The files' problems (unreadable files, diagnostics), known before any claim is decided. */
        default void problems(List<FileProblem> problems) {
        }

        /** The run decides {@code claims} claims. */
        default void started(int claims) {
        }

        /** The run now waits for claim {@code index} (0-based, file order), named {@code name}. */
        default void deciding(int index, String name) {
        }

        /** Claim {@code index} is decided (called in file order). */
        default void decided(int index, ClaimResult result) {
        }
    }

    /** Runs the check over {@code paths}. */
    public static CheckReport run(List<Path> paths, Settings settings) {
        return run(paths, settings, name -> true, new Listener() { });
    }

    /**
     * Runs the check over the claims of {@code paths} whose names {@code selected} accepts (the
     * file's theorems that the library uses as lemmas are still decided first, as they bear on the
     * selected claims' proofs, but only selected claims are reported), telling {@code listener}.
     */
    public static CheckReport run(List<Path> paths, Settings settings, java.util.function.Predicate<String> selected,
            Listener listener) {
        return run(paths, settings, Shard.ALL, selected, listener);
    }

    /**
     * Runs the part {@code shard} of the check over {@code paths}: every file is read and
     * checked (its problems are reported by every shard), the files' own theorems are decided
     * in every shard (other claims rest on their verdicts), and only the claims of the shard are
     * reported, with the verdicts the whole check gives them.
     */
    public static CheckReport run(List<Path> paths, Settings settings, Shard shard) {
        return run(paths, settings, shard, name -> true, new Listener() { });
    }

    /**
     * Runs the check over the claims of {@code paths} that lie in {@code shard} and whose names
     * {@code selected} accepts, telling {@code listener}.
     */
    public static CheckReport run(List<Path> paths, Settings settings, Shard shard,
            java.util.function.Predicate<String> selected, Listener listener) {
        long start = System.nanoTime();
        List<FileProblem> problems = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (Path f : expand(paths, problems)) {
            SourceFile src;
            try {
                src = SourceFile.read(f);
            } catch (IOException | RuntimeException e) {
                problems.add(new FileProblem(f.toString(), List.of(ReportedDiagnostic.file(f.toString(), Code.E601,
                        "cannot read: " + describe(e))), true));
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
                boolean wanted = selected.test(c.name().name()) && shard.contains(src.name(), c.name().name());
                Job j = new Job(src, pr, c, checked, fj, checked != null ? null : errorsOf(src, cf, c), wanted);
                if (wanted || j.isFileTheorem()) {
                    jobs.add(j);
                }
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
            // 2. everything else, with the bundled library plus the file's theorems that were not
            //    falsified; a proof through an unproved theorem is PROVED assuming it. A claim
            //    needs only its own file's theorem verdicts, so a file's claims are queued as soon
            //    as its last theorem is decided (files without theorems at once): no core waits
            //    for the slowest theorem of another file. Verdicts do not depend on the order.
            List<java.util.concurrent.CompletableFuture<ClaimResult>> done = new ArrayList<>();
            java.util.Map<FileJobs, List<Integer>> second = new java.util.IdentityHashMap<>();
            java.util.Map<FileJobs, java.util.concurrent.atomic.AtomicInteger> pending = new java.util.IdentityHashMap<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job j = jobs.get(i);
                done.add(new java.util.concurrent.CompletableFuture<>());
                second.computeIfAbsent(j.files, f -> new ArrayList<>());
                pending.computeIfAbsent(j.files, f -> new java.util.concurrent.atomic.AtomicInteger());
                if (j.isFileTheorem()) {
                    pending.get(j.files).incrementAndGet();
                } else {
                    second.get(j.files).add(i);
                }
            }
            java.util.function.IntConsumer queueClaim = i -> {
                Job j = jobs.get(i);
                java.util.concurrent.CompletableFuture<ClaimResult> d = done.get(i);
                pool.execute(() -> {
                    try {
                        started(j);
                        d.complete(j.errors == null
                                ? ClaimRunner.decide(j.src, j.pr.file(), j.claim, settings, j.checked,
                                        j.isBundledTheorem() ? null : j.files.forClaims(), j.files.status)
                                : ClaimRunner.invalid(j.src, j.claim, j.errors));
                    } catch (Throwable t) {
                        d.completeExceptionally(t);
                    }
                });
            };
            java.util.function.Consumer<FileJobs> queueClaims = f -> {
                for (int i : second.get(f)) {
                    if (!jobs.get(i).startsFirst()) {
                        queueClaim.accept(i);
                    }
                }
            };
            // 0. the bundled library's own theorems (spec/library being checked) first, in file
            //    order: they use no file theorem (only falsified), and they are the longest
            //    searches of a run (certified confirmations of float-noise candidates of
            //    equalities over the line, e.g. normal_kl); started first, they do not end the run
            //    alone on one core while the other idles. Only the start order changes: every
            //    claim's verdict and the report's order are the same for any order.
            for (int i = 0; i < jobs.size(); i++) {
                if (jobs.get(i).startsFirst()) {
                    queueClaim.accept(i);
                }
            }
            for (int i = 0; i < jobs.size(); i++) {
                Job j = jobs.get(i);
                if (!j.isFileTheorem()) {
                    continue;
                }
                java.util.concurrent.CompletableFuture<ClaimResult> d = done.get(i);
                pool.execute(() -> {
                    try {
                        started(j);
                        ClaimResult r = ClaimRunner.decide(j.src, j.pr.file(), j.claim, settings, j.checked,
                                Library.bundled());
                        j.files.status.put(j.claim.name().name(), r.internal()
                                ? new Verdict.Inconclusive("internal error", java.util.Map.of(), 0, settings.seed())
                                : r.verdict());
                        d.complete(r);
                    } catch (Throwable t) {
                        d.completeExceptionally(t);
                    } finally {
                        if (pending.get(j.files).decrementAndGet() == 0) {
                            queueClaims.accept(j.files);
                        }
                    }
                });
            }
            for (java.util.Map.Entry<FileJobs, java.util.concurrent.atomic.AtomicInteger> e : pending.entrySet()) {
                if (e.getValue().get() == 0 && second.get(e.getKey()) != null) {
                    // no theorems in this file: its claims need no phase 1
                    boolean theorems = false;
                    for (Job j : jobs) {
                        theorems |= j.files == e.getKey() && j.isFileTheorem();
                    }
                    if (!theorems) {
                        queueClaims.accept(e.getKey());
                    }
                }
            }
            ClaimResult[] results = new ClaimResult[jobs.size()];
            int reported = (int) jobs.stream().filter(Job::wanted).count();
            listener.problems(List.copyOf(problems));
            listener.started(reported);
            List<Future<ClaimResult>> futures = new ArrayList<>(done);
            List<ClaimResult> out = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                if (!jobs.get(i).wanted) {
                    continue;
                }
                listener.deciding(out.size(), jobs.get(i).claim.name().name());
                if (futures.get(i) != null) {
                    results[i] = futures.get(i).get();
                }
                listener.decided(out.size(), results[i]);
                out.add(results[i]);
            }
            return new CheckReport(out, problems, settings, (System.nanoTime() - start) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("claim worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Told the name of each claim as a worker starts deciding it (tests of the start order); null: none. */
    static volatile java.util.function.Consumer<String> onStart;

    private static void started(Job j) {
        java.util.function.Consumer<String> o = onStart;
        if (o != null) {
            o.accept(j.claim.name().name());
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
            List<ReportedDiagnostic> errors, boolean wanted) {
        /**
         * A theorem named like a bundled one (e.g. spec/library itself being checked): trusted
         * base, only falsified (proving it from the other trusted theorems could go in circles).
         */
        boolean isBundledTheorem() {
            return claim.kind() == org.infobound.lang.ast.ClaimKind.THEOREM
                    && Library.bundled().get(claim.name().name()).isPresent();
        }

        /**
         * A bundled theorem to start before every other claim (it waits for no file theorem):
         * valid and not itself a file theorem of phase 1.
         */
        boolean startsFirst() {
            return errors == null && !isFileTheorem() && isBundledTheorem();
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

    /** An I/O failure in words (the exception's class when it has no message, e.g. access denied). */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason(); // e.g. "File name too long"; the path is already the diagnostic's location
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static List<Path> expand(List<Path> paths, List<FileProblem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(p, new java.nio.file.SimpleFileVisitor<Path>() {
                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path x, java.nio.file.attribute.BasicFileAttributes a) {
                            if (x.toString().endsWith(".claims") && a.isRegularFile()) {
                                found.add(x);
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path x, IOException e) {
                            // an unreadable subdirectory or file: an invalid input (exit 3), never a crash
                            problems.add(new FileProblem(x.toString(), List.of(ReportedDiagnostic.file(x.toString(),
                                    Code.E601, "cannot read: " + describe(e))), true));
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult postVisitDirectory(Path x, IOException e) {
                            if (e != null) {
                                problems.add(new FileProblem(x.toString(), List.of(ReportedDiagnostic.file(x.toString(),
                                        Code.E601, "cannot list: " + describe(e))), true));
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    problems.add(new FileProblem(p.toString(), List.of(ReportedDiagnostic.file(p.toString(), Code.E601,
                            "cannot list: " + describe(e))), true));
                }
                found.sort(null);
                out.addAll(found);
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
