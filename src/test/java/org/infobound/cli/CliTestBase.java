package org.infobound.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Iterator;
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

    /** The JSON report with every {@code seconds} field removed (in place): timings differ per run. */
    protected static JsonNode withoutTimings(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("seconds");
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                withoutTimings(it.next());
            }
        } else if (n != null && n.isArray()) {
            n.forEach(CliTestBase::withoutTimings);
        }
        return n;
    }
}
