package org.infobound.engine.eval;

/**
 * A value is undefined in the sense of the claims language (spec/LANGUAGE.md section 8: {@code 0 * inf},
 * {@code inf - inf}, {@code 0 / 0}, {@code inf / inf}, log of a negative), or in certified mode
 * cannot be excluded from being undefined.
 */
public final class Undefined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what the operation, e.g. {@code "inf - inf"} */
    public Undefined(String what) {
        super(what, null, false, false);
    }
}
