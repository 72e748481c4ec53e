package org.infobound.engine.run;

import java.util.List;

/**
 * A claims file that could not be read or has diagnostics.
 *
 * @param file the file
 * @param rendered the rendered diagnostics ({@code file:line:col: error[CODE]: ...})
 * @param fatal whether any diagnostic is an error (the gate then exits 3)
 */
public record FileProblem(String file, List<String> rendered, boolean fatal) {

    /** Copies the list. */
    public FileProblem {
        rendered = List.copyOf(rendered);
    }
}
