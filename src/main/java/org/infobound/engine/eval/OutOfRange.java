package org.infobound.engine.eval;

/**
 * Floating-point evaluation left the double range: finite operands gave an infinite result
 * (e.g. {@code (1e-300)^(-4)}), so the value is finite but not representable. Unlike
 * {@link Undefined}, this says nothing about the claim; the instance is reported as out of
 * range (spec/NUMERICS.md, "Overflow and underflow": values work or are reported as out of range).
 */
public final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what the operation that overflowed */
    public OutOfRange(String what) {
        super(what + " overflows the double range", null, false, false);
    }
}
