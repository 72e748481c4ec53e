package org.infobound.cli;

import org.infobound.engine.run.EmpiricalFileCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the {@code infobound} command line. Subcommands are added by the stages that
 * own them; exit codes are documented in the README: 0 ok, 1 gate failed, 2 usage,
 * 3 invalid claim files, 70 internal error.
 */
@Command(name = "infobound", mixinStandardHelpOptions = true, version = "infobound 0.1.0",
        description = "Proof companion for information-theoretic bounds.")
public final class Main implements java.util.concurrent.Callable<Integer> {

    /** Exit code: every claim passed its expectation. */
    public static final int EXIT_OK = 0;
    /** Exit code: the gate failed (a claim did not meet its expectation). */
    public static final int EXIT_GATE_FAILED = 1;
    /** Exit code: bad command-line usage. */
    public static final int EXIT_USAGE = 2;
    /** Exit code: the claim files have errors. */
    public static final int EXIT_INVALID = 3;
    /** Exit code: an internal error (a bug in infobound). */
    public static final int EXIT_INTERNAL = 70;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a command: the usage on stderr, exit 2 (a mistake, not a successful run). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: missing a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().flush();
        return EXIT_USAGE;
    }

    /** Builds the command line with all subcommands. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("parse", new ParseCommand(new EmpiricalFileCheck()));
        cl.addSubcommand("check", new CheckCommand());
        cl.addSubcommand("eval", new EvalCommand());
        cl.addSubcommand("explain", new ExplainCommand());
        cl.addSubcommand("bench", new BenchCommand());
        cl.addSubcommand("merge", new MergeCommand());
        cl.setExitCodeExceptionMapper(t -> t instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_INTERNAL);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
