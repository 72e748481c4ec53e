package org.infobound.engine.eval;

/**
 * A bug in infobound found during evaluation (spec/CHECK.md, internal errors): e.g. two
 * enclosures of one value that are disjoint, an index out of bounds, a class cast, a stack
 * overflow. Never a verdict: the run reports it and {@code check} exits 70.
 */
public final class InternalFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what what went wrong */
    public InternalFailure(String what) {
        super(what);
    }

    /** @param what what went wrong; @param cause the exception */
    public InternalFailure(String what, Throwable cause) {
        super(what, cause);
    }

    /**
     * Whether an exception escaping evaluation or proving is a bug rather than a diagnosed user
     * problem. User problems are {@link EvalFailure}, {@link Undefined}, {@link Uncertified},
     * {@link OutOfRange}, invalid parameters ({@link IllegalArgumentException}, except disjoint
     * enclosures of one value), {@link ArithmeticException} (exact numbers beyond the supported
     * size) and the numerical library's own failures; everything else (a class cast, an index out
     * of bounds, an illegal state, a null pointer, a stack overflow, ...) is internal.
     */
    public static boolean isInternal(Throwable e) {
        if (e instanceof InternalFailure) {
            return true;
        }
        if (e instanceof EvalFailure || e instanceof Undefined || e instanceof Uncertified || e instanceof OutOfRange
                || e instanceof ArithmeticException || e instanceof org.hipparchus.exception.MathRuntimeException
                || e instanceof org.infobound.num.UndefinedValueException) {
            return false;
        }
        if (e instanceof IllegalArgumentException) {
            return disjointEnclosures(e);
        }
        return true;
    }

    /** The num package's error for intersecting disjoint enclosures of one value. */
    static boolean disjointEnclosures(Throwable e) {
        return e.getMessage() != null && e.getMessage().startsWith("intervals are disjoint");
    }
}
