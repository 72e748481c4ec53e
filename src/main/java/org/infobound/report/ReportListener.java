package org.infobound.report;

import java.io.PrintWriter;
import org.infobound.engine.run.CheckReport;

/**
 * One output format of a check run (one result model, many renderers: spec/REPORT-JSON.md): a listener over the single result
 * model {@link CheckReport}. Listeners only write; they never change a verdict or the gate.
 */
@FunctionalInterface
public interface ReportListener {

    /**
     * Writes {@code report} in this format to {@code out} and flushes it.
     *
     * @param report the finished run
     * @param out where to write (a file or standard output)
     */
    void write(CheckReport report, PrintWriter out);
}
