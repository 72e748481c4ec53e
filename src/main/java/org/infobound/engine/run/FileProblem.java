package org.infobound.engine.run;

import java.util.List;
import org.infobound.engine.verdict.ReportedDiagnostic;

/**
 * A claims file that could not be read or has diagnostics.
 *
 * @param file the file
 * @param diagnostics its diagnostics, typed, with their rendering
 * @param fatal whether any diagnostic is an error (the gate then exits 3)
 */
public record FileProblem(String file, List<ReportedDiagnostic> diagnostics, boolean fatal) {

    /** Copies the list. */
    public FileProblem {
        diagnostics = List.copyOf(diagnostics);
    }

    /** The rendered diagnostics, in order (for the text formats). */
    public List<String> rendered() {
        return diagnostics.stream().map(ReportedDiagnostic::rendered).toList();
    }
}
