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
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.Settings;
import org.infobound.engine.run.Shard;
import org.infobound.report.ReportFormat;
import org.infobound.report.ReportOptions;
import org.infobound.report.TextReport;
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

    @Option(names = "--no-progress", description = "no progress bar on stderr (same as --progress never)")
    private boolean noProgress;

    @Option(names = "--progress", paramLabel = "WHEN", description = "progress bar on stderr (claims done / total, "
            + "the claim being decided): auto (on a terminal only), always or never (default ${DEFAULT-VALUE})")
    private String progress = "auto";

    @Option(names = {"-q", "--quiet"}, description = "text: print only the claims that fail their expectation, "
            + "file problems and the summary")
    private boolean quiet;

    @Option(names = "--color", paramLabel = "WHEN", description = "text: PASS in green, FAIL in red: auto (on a "
            + "terminal, unless NO_COLOR is set), always or never (default ${DEFAULT-VALUE})")
    private String color = "auto";

    @Option(names = "--claim", paramLabel = "NAME", description = "decide only the claims named NAME; repeatable; "
            + "* and ? are wildcards (e.g. --claim 'kl_*'); none matching is exit 3")
    private List<String> claims = new ArrayList<>();

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
        PrintWriter out = spec.commandLine().getOut();
        ReportFormat stdout;
        boolean bar;
        boolean colored;
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
            bar = !noProgress && Progress.enabled(progress);
            colored = colored(color);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return Main.EXIT_USAGE;
        }
        Settings s = new Settings(seed, tries, timeCap, threads, Settings.defaults().exhaustionLimit(), !noProve,
                crossCheck ? crossCheckInstances : 0);
        java.util.function.Predicate<String> selected = selector(claims);
        TextReport.Style style = new TextReport.Style(quiet, colored);
        boolean streaming = stdout == ReportFormat.TEXT;
        CheckReport report;
        Progress p = Progress.start(bar, err);
        try {
            report = CheckRun.run(paths, s, shard, selected, new CheckRun.Listener() {
                @Override
                public void problems(List<org.infobound.engine.run.FileProblem> problems) {
                    if (streaming) {
                        TextReport.problems(problems, out);
                    }
                }

                @Override
                public void started(int n) {
                    if (p != null) {
                        p.started(n);
                    }
                }

                @Override
                public void deciding(int index, String name) {
                    if (p != null) {
                        p.deciding(index, name);
                    }
                }

                @Override
                public void decided(int index, ClaimResult r) {
                    if (streaming) {
                        // each claim's line as soon as it and every claim before it are decided
                        if (p != null) {
                            p.printing(() -> TextReport.claim(r, out, style));
                        } else {
                            TextReport.claim(r, out, style);
                        }
                    }
                    if (p != null) {
                        p.decided(index);
                    }
                }
            });
        } finally {
            if (p != null) {
                p.close();
            }
        }
        ReportOptions options = new ReportOptions(strict, !noPlots);
        if (streaming) {
            TextReport.summary(report, out, style);
        } else {
            stdout.listener(options).write(report, out);
        }
        if (report.noClaims() && !report.invalidFiles()) {
            err.println("error: no claims to check in " + paths.stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(" "))
                    + (claims.isEmpty() ? " (an empty file, only comments, or no .claims file in a directory)"
                            : " match --claim " + String.join(", ", claims))
                    + "; a gate that checks nothing fails (exit 3)");
            err.flush();
        }
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

    /** Whether text output is coloured for {@code mode} (auto, always, never). */
    static boolean colored(String mode) {
        switch (mode.toLowerCase(java.util.Locale.ROOT)) {
            case "always":
                return true;
            case "never":
                return false;
            case "auto":
                String term = System.getenv("TERM");
                return System.console() != null && System.getenv("NO_COLOR") == null
                        && !"dumb".equals(term);
            default:
                throw new IllegalArgumentException("--color must be auto, always or never, got '" + mode + "'");
        }
    }

    /** Accepts a claim name matching one of {@code globs} ({@code *} any run, {@code ?} one character); all when empty. */
    static java.util.function.Predicate<String> selector(List<String> globs) {
        if (globs.isEmpty()) {
            return name -> true;
        }
        List<java.util.regex.Pattern> ps = new ArrayList<>();
        for (String g : globs) {
            StringBuilder re = new StringBuilder();
            for (char ch : g.toCharArray()) {
                re.append(ch == '*' ? ".*" : ch == '?' ? "." : java.util.regex.Pattern.quote(String.valueOf(ch)));
            }
            ps.add(java.util.regex.Pattern.compile(re.toString()));
        }
        return name -> ps.stream().anyMatch(x -> x.matcher(name).matches());
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
