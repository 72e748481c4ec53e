package org.infobound.engine.falsify;

import org.infobound.engine.eval.Instance;

/**
 * What the search checks at an instance: a fast floating-point route and a certified route.
 * Implementations must not throw for bad instances; they report FAILED or UNDEFINED instead.
 */
public interface Property {

    /** Floating-point evaluation (fast; may be wrong by rounding, never a verdict by itself). */
    Trial evaluate(Instance x);

    /**
     * Instances per call of {@link #evaluateBlock} worth batching (1: none, the search then
     * evaluates one instance at a time exactly as before).
     */
    default int block() {
        return 1;
    }

    /**
     * Floating-point evaluation of {@code xs[0..n)} into {@code out[0..n)}: each trial must be the
     * one {@link #evaluate} gives at that instance (a compiled route may answer the instances
     * that hold and evaluate the others one at a time).
     */
    default void evaluateBlock(Instance[] xs, int n, Trial[] out) {
        for (int i = 0; i < n; i++) {
            out[i] = evaluate(xs[i]);
        }
    }

    /** Certified evaluation: CONFIRMED only when the violation is certain. */
    Confirmation confirm(Instance x);
}
