package org.infobound.engine.eval;

/**
 * An instance could not be evaluated: a type mismatch the checker did not catch, a law parameter
 * out of range at this instance, an unreadable file, an unsupported construct. Never a verdict.
 */
public final class EvalFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for the report */
    public EvalFailure(String message) {
        super(message, null, false, false);
    }
}
