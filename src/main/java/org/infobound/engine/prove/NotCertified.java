package org.infobound.engine.prove;

/**
 * A proof step that could not be certified (unsupported function, undefined value, budget hit).
 * Caught by the prover, which then reports "not proved"; it never escapes the public API.
 */
final class NotCertified extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NotCertified(String reason) {
        super(reason);
    }
}
