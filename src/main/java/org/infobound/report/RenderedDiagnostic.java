package org.infobound.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head line of a rendered diagnostic ({@code file:line:col: error[CODE]: message}, the one
 * renderer's format of STYLE.md principle 5) taken apart again for SARIF. Lines that do not
 * match (e.g. {@code file: error: cannot read}) keep line 1 and no code.
 *
 * @param line 1-based line
 * @param column 1-based column
 * @param warning whether the severity is {@code warning}
 * @param code the diagnostic code, or null
 * @param message the message
 */
record RenderedDiagnostic(int line, int column, boolean warning, String code, String message) {

    private static final Pattern HEAD =
            Pattern.compile("^.*?:(\\d+):(\\d+): (error|warning)(?:\\[([A-Z]\\d+)])?: (.*)$");

    static RenderedDiagnostic parse(String rendered) {
        String head = Evidence.firstLine(rendered);
        Matcher m = HEAD.matcher(head);
        if (m.matches()) {
            return new RenderedDiagnostic(Math.max(1, Integer.parseInt(m.group(1))),
                    Math.max(1, Integer.parseInt(m.group(2))), m.group(3).equals("warning"), m.group(4), m.group(5));
        }
        return new RenderedDiagnostic(1, 1, false, null, head);
    }
}
