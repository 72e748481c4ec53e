package org.infobound.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command line with captured standard output and error (picocli's injected streams). */
abstract class CliTestBase {

    protected final StringWriter out = new StringWriter();
    protected final StringWriter err = new StringWriter();

    /** Executes {@code infobound ARGS} and returns its exit code. */
    protected int run(String... args) {
        CommandLine cl = Main.commandLine();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        cl.setOut(o);
        cl.setErr(e);
        int code = cl.execute(args);
        o.flush();
        e.flush();
        return code;
    }
}
