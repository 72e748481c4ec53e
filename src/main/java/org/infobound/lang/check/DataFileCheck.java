package org.infobound.lang.check;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Hook for checking the content of a data file named by {@code empirical("...")}. The checker
 * itself only checks that the file exists and is readable ({@code E501}); the math loader
 * plugs in here to report content errors ({@code E502}) with their line numbers.
 */
@FunctionalInterface
public interface DataFileCheck {

    /**
     * The column of the samples, as written in {@code empirical("f.csv", column = ...)}
     * (spec/LANGUAGE.md section 7.1).
     *
     * @param name  the header name, or null
     * @param index the column number counting from 1, or 0 when chosen by name or not at all
     */
    record Column(String name, int index) {
        /** No {@code column} written. */
        public static final Column AUTO = new Column(null, 0);

        /** True when no column was written. */
        public boolean auto() {
            return name == null && index == 0;
        }

        @Override
        public String toString() {
            return auto() ? "" : name != null ? "column = \"" + name + "\"" : "column = " + index;
        }
    }

    /**
     * The first content problem of {@code file} read with the samples in {@code column}; by
     * default the problem of {@link #check(Path)}.
     */
    default Optional<Problem> check(Path file, Column column) {
        return check(file);
    }

    /** A content problem of a data file. */
    record Problem(int line, String message) {
    }

    /** No content check. */
    DataFileCheck NONE = file -> Optional.empty();

    /** The first content problem of the readable file {@code file}, if any. */
    Optional<Problem> check(Path file);
}
