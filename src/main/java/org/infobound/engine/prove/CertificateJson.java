package org.infobound.engine.prove;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Certificates as JSON (Jackson): the records map to objects field by field, so the file can be
 * read back and replayed by {@link CertificateChecker}. Infinite enclosure ends are written as
 * the strings {@code "Infinity"} / {@code "-Infinity"} (Jackson's non-numeric numbers).
 */
public final class CertificateJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CertificateJson() {
    }

    /**
     * The JSON text of a certificate.
     *
     * Requires: cert != null.
     * Ensures: read(result).equals(cert).
     */
    public static String write(ProofCertificate cert) {
        if (cert == null) {
            throw new IllegalArgumentException("certificate is required");
        }
        try {
            return MAPPER.writeValueAsString(cert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write certificate", e);
        }
    }

    /**
     * Reads a certificate.
     *
     * @throws IllegalArgumentException with a clear message if the text is not a certificate
     *
     * Requires: json != null.
     * Ensures: result != null.
     * Throws IllegalArgumentException when not a certificate.
     */
    public static ProofCertificate read(String json) {
        if (json == null) {
            throw new IllegalArgumentException("json is required");
        }
        try {
            return MAPPER.readValue(json, ProofCertificate.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a proof certificate: " + e.getOriginalMessage(), e);
        }
    }
}
