package org.infobound.engine.falsify;

import org.infobound.engine.eval.Instance;

/**
 * What the search checks at an instance: a fast floating-point route and a certified route.
 * Implementations must not throw for bad instances; they report FAILED or UNDEFINED instead.
 */
public interface Property {

    /** Floating-point evaluation (fast; may be wrong by rounding, never a verdict by itself). */
    Trial evaluate(Instance x);

    /** Certified evaluation: CONFIRMED only when the violation is certain. */
    Confirmation confirm(Instance x);
}
