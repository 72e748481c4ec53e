package org.infobound.report;

import java.io.PrintWriter;
import org.infobound.engine.run.CheckReport;

/** Placeholder, replaced by the HTML slice. */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** Writes {@code report} to {@code out}. */
    public static void write(CheckReport report, PrintWriter out, boolean plots) {
        out.println("<!DOCTYPE html><html><body><pre>");
        out.flush();
    }
}
