package org.infobound.lang.diag;

import org.infobound.lang.source.SourceFile;
import org.infobound.lang.source.Span;

/**
 * The one text rendering of a diagnostic:
 * <pre>
 * file:line:col: error[E101]: unknown name `foo`
 *     3 |   forall n in foo..3:
 *       |               ^^^
 *   help: did you mean `for`?
 * </pre>
 * The underline covers the span on its first line (at least one caret); tabs in the source
 * line are kept so that carets line up.
 */
public final class DiagnosticRenderer {

    private DiagnosticRenderer() {
    }

    /** Renders {@code d} located in {@code source}; ends with a newline. */
    public static String render(SourceFile source, Diagnostic d) {
        Span span = d.span();
        StringBuilder out = new StringBuilder();
        out.append(source.name()).append(':').append(span.line()).append(':').append(span.column())
                .append(": ").append(d.severity().word()).append('[').append(d.code().name())
                .append("]: ").append(d.message()).append('\n');
        String line = source.lineText(span.line());
        String number = Integer.toString(span.line());
        String gutter = " ".repeat(number.length());
        out.append("  ").append(number).append(" | ").append(line).append('\n');
        int col = Math.min(span.column() - 1, line.length());
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < col; i++) {
            pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        int width = Math.max(1, Math.min(span.length(), line.length() - col));
        out.append("  ").append(gutter).append(" | ").append(pad).append("^".repeat(width)).append('\n');
        if (!d.help().isEmpty()) {
            out.append("  help: ").append(d.help()).append('\n');
        }
        return out.toString();
    }
}
