package org.infobound.engine.prove;

import java.util.Optional;

/**
 * The prover's answer: a certificate (PROVED once the engine has replayed it), or the reason
 * it could not prove the claim. "Not proved" says nothing about truth: the engine then falsifies.
 *
 * @param certificate the certificate, when proved
 * @param reason      why not, when not proved (empty string when proved)
 */
public record ProofResult(Optional<ProofCertificate> certificate, String reason) {

    /** True when a certificate was found. */
    public boolean proved() {
        return certificate.isPresent();
    }
}
