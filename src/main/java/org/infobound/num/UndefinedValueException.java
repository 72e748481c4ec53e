package org.infobound.num;

/**
 * Thrown when an interval operation may produce a value that is undefined in the
 * sense of the claims language (spec/LANGUAGE.md sections 7-8): {@code inf - inf}, {@code 0 * inf},
 * {@code 0 / 0}, {@code inf / inf}, the logarithm or square root of a negative number, and the
 * indeterminate powers {@code 0^0}, {@code 1^inf}, {@code inf^0} of a real exponent.
 *
 * <p>It is thrown as soon as the undefined value is <em>possible</em> for some point of the
 * arguments, because an enclosure that silently dropped it would not be sound. The engine turns
 * it into an "undefined at ..." instance, never into a verdict.
 */
public final class UndefinedValueException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    private final String operation;

    /**
     * @param operation the operation, e.g. {@code "add"} or {@code "log"}
     * @param detail    what made it undefined, e.g. {@code "inf - inf"}
     */
    public UndefinedValueException(String operation, String detail) {
        super(operation + ": undefined value (" + detail + ")");
        this.operation = operation;
    }

    /** The operation that produced the undefined value, e.g. {@code "div"}. */
    public String operation() {
        return operation;
    }
}
