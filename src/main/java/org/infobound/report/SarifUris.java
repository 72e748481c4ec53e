package org.infobound.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * File names as SARIF artifact URIs: relative paths become relative URI references with
 * forward slashes (resolved against {@code %SRCROOT%}, the repository root in code scanning),
 * absolute paths {@code file:} URIs. A relative path whose first segment has a colon gets a
 * {@code ./} prefix, so that the segment is not read as a URI scheme.
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
        String path = normalise(file);
        int slash = path.indexOf('/');
        if (path.substring(0, slash < 0 ? path.length() : slash).indexOf(':') >= 0) {
            // a first segment with a colon would read as a scheme (RFC 3986 section 4.2)
            path = "./" + path;
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file name: " + file, e);
        }
    }
}
