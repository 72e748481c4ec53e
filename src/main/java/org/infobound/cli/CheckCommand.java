package org.infobound.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.Shard;
import org.infobound.engine.run.Settings;
import org.infobound.report.ReportFormat;
import org.infobound.report.ReportOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code infobound check PATH...}: decides every claim of the given files or directories and
 * exits with the gate's code: 0 every claim met its expectation, 1 some did not, 2 bad usage,
 * 3 invalid claim files, 70 internal error (also: a {@code --cross-check} disagreement). {@code --format} picks the format of standard output,
 * {@code --report FORMAT=PATH} (repeatable) writes more formats to files in the same run.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Decide every claim in the given .claims files or directories (the CI gate).")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "claims files or directories")
    private List<Path> paths;

    @Option(names = "--seed", description = "seed of every search (default ${DEFAULT-VALUE})")
    private long seed = Settings.DEFAULT_SEED;

    @Option(names = "--tries", description = "instances per claim (default ${DEFAULT-VALUE})")
    private long tries = Settings.defaults().tries();

    @Option(names = "--time-cap", paramLabel = "MS", description = "wall-clock cap per claim in ms (0: none); it "
            + "can only shorten a search, and a search it cuts short is INCONCLUSIVE (default ${DEFAULT-VALUE}: "
            + "verdicts depend on the seed and the tries only, never on machine load)")
    private long timeCap = Settings.defaults().timeCapMillis();

    @Option(names = "--threads", description = "worker threads: claims in parallel, and searches of 8192 tries or "
            + "more in parallel blocks; verdicts do not depend on it (default: one per core)")
    private int threads = Settings.defaults().threads();

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class, description = "decide only "
            + "the claims of shard I of N (split by a stable hash of file path and claim name); combine the "
            + "shards' reports with `infobound merge` (default: all claims)")
    private Shard shard = Shard.ALL;

    @Option(names = "--no-prove", description = "skip the prover (only certified exhaustion can then give PROVED)")
    private boolean noProve;

    @Option(names = "--cross-check", description = "after each verdict, draw instances and check every exact "
            + "best-of-n, mixture, kernel image and win rate against a simulation; a disagreement is an internal "
            + "error (exit 70), never a verdict")
    private boolean crossCheck;

    @Option(names = "--cross-check-instances", paramLabel = "N", description = "instances per claim for "
            + "--cross-check (default ${DEFAULT-VALUE})")
    private int crossCheckInstances = 10;

    @Option(names = "--format", paramLabel = "FORMAT", description = "format of standard output: text, json, junit, "
            + "sarif, latex or html (default ${DEFAULT-VALUE})")
    private String format = "text";

    @Option(names = "--report", paramLabel = "FORMAT=PATH", description = "also write FORMAT to PATH; repeatable, "
            + "e.g. --report junit=target/infobound.xml --report sarif=infobound.sarif")
    private List<String> reports = new ArrayList<>();

    @Option(names = "--strict", description = "JUnit: SURVIVED and INCONCLUSIVE claims are failures, not skipped")
    private boolean strict;

    @Option(names = "--no-progress", description = "no progress bar on stderr (it only shows on a terminal, "
            + "after a second)")
    private boolean noProgress;

    @Option(names = "--no-plots", description = "HTML: leave out the plots (faster)")
    private boolean noPlots;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (tries < 1 || timeCap < 0 || threads < 1 || crossCheckInstances < 1) {
            spec.commandLine().getErr().println("error: --tries, --threads and --cross-check-instances must be >= 1, "
                    + "--time-cap >= 0");
            return Main.EXIT_USAGE;
        }
        PrintWriter err = spec.commandLine().getErr();
        ReportFormat stdout;
        Map<Path, ReportFormat> files = new LinkedHashMap<>();
        try {
            stdout = ReportFormat.of(format);
            for (String r : reports) {
                int eq = r.indexOf('=');
                if (eq <= 0 || eq == r.length() - 1) {
                    throw new IllegalArgumentException("--report needs FORMAT=PATH, got '" + r + "'");
                }
                files.put(Path.of(r.substring(eq + 1)), ReportFormat.of(r.substring(0, eq)));
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.EXIT_USAGE;
        }
        Settings s = new Settings(seed, tries, timeCap, threads, Settings.defaults().exhaustionLimit(), !noProve,
                crossCheck ? crossCheckInstances : 0);
        CheckReport report;
        try (AutoCloseable bar = Progress.start("check " + paths.size() + (paths.size() == 1 ? " path" : " paths"), -1,
                !noProgress)) {
            report = CheckRun.run(paths, s, shard);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception closing) {
            throw new IllegalStateException(closing);
        }
        ReportOptions options = new ReportOptions(strict, !noPlots);
        stdout.listener(options).write(report, spec.commandLine().getOut());
        for (Map.Entry<Path, ReportFormat> f : files.entrySet()) {
            try {
                writeFile(f.getKey(), f.getValue(), options, report);
            } catch (IOException | RuntimeException e) {
                err.println("error: cannot write the " + f.getValue().word() + " report to " + f.getKey() + ": " + e);
                err.flush();
                return Main.EXIT_USAGE;
            }
        }
        return report.exitCode();
    }

    private static void writeFile(Path path, ReportFormat format, ReportOptions options, CheckReport report)
            throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8))) {
            format.listener(options).write(report, w);
            if (w.checkError()) {
                throw new IOException("write failed");
            }
        }
    }
}
