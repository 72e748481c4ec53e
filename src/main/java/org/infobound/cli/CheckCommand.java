package org.infobound.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.Settings;
import org.infobound.report.JsonReport;
import org.infobound.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code infobound check PATH...}: decides every claim of the given files or directories and
 * exits with the gate's code: 0 every claim met its expectation, 1 some did not, 2 bad usage,
 * 3 invalid claim files, 70 internal error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Decide every claim in the given .claims files or directories (the CI gate).")
final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { text, json }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "claims files or directories")
    private List<Path> paths;

    @Option(names = "--seed", description = "seed of every search (default ${DEFAULT-VALUE})")
    private long seed = Settings.DEFAULT_SEED;

    @Option(names = "--tries", description = "instances per claim (default ${DEFAULT-VALUE})")
    private long tries = Settings.defaults().tries();

    @Option(names = "--time-cap", paramLabel = "MS", description = "wall-clock cap per claim in ms; it can "
            + "only shorten a search (default ${DEFAULT-VALUE})")
    private long timeCap = Settings.defaults().timeCapMillis();

    @Option(names = "--threads", description = "worker threads (default: one per core)")
    private int threads = Settings.defaults().threads();

    @Option(names = "--format", description = "text or json (default ${DEFAULT-VALUE})")
    private Format format = Format.text;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (tries < 1 || timeCap < 0 || threads < 1) {
            spec.commandLine().getErr().println("error: --tries and --threads must be >= 1, --time-cap >= 0");
            return Main.EXIT_USAGE;
        }
        Settings s = new Settings(seed, tries, timeCap, threads, Settings.defaults().exhaustionLimit());
        CheckReport report = CheckRun.run(paths, s);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            JsonReport.write(report, out);
        } else {
            TextReport.write(report, out);
        }
        return report.exitCode();
    }
}
