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

    /** A content problem of a data file. */
    record Problem(int line, String message) {
    }

    /** No content check. */
    DataFileCheck NONE = file -> Optional.empty();

    /** The first content problem of the readable file {@code file}, if any. */
    Optional<Problem> check(Path file);
}
