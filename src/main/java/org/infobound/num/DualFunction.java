package org.infobound.num;

/**
 * A differentiable real function lifted to {@link Dual} numbers: {@code apply(Dual.variable(x))}
 * encloses f and f' on x. Written once with the {@code Dual} operations, it gives both the
 * value and the derivative enclosure (forward-mode automatic differentiation).
 */
@FunctionalInterface
public interface DualFunction {

    /** The value and derivative enclosures of f at {@code x}. */
    Dual apply(Dual x);
}
