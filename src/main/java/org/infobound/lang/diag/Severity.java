package org.infobound.lang.diag;

/** How serious a diagnostic is. Only {@link #ERROR} makes a file invalid (exit code 3). */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** Lower-case word used by the renderer ({@code error}, {@code warning}, {@code note}). */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
