package org.infobound.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * File names as SARIF artifact URIs: relative paths become relative URI references with
 * forward slashes (resolved against {@code %SRCROOT%}, the repository root in code scanning),
 * absolute paths {@code file:} URIs.
 */
final class SarifUris {

    private SarifUris() {
    }

    static boolean isAbsolute(String file) {
        return Path.of(file).isAbsolute();
    }

    /** The file with forward slashes, no {@code ./} prefix. */
    static String normalise(String file) {
        String s = Path.of(file).normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    static String uri(String file) {
        if (isAbsolute(file)) {
            return Path.of(file).toUri().toString();
        }
        try {
            return new URI(null, null, normalise(file), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file name: " + file, e);
        }
    }
}
