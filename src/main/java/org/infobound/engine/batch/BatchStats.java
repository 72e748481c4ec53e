package org.infobound.engine.batch;

import java.util.concurrent.atomic.LongAdder;

/**
 * Process-wide counters of the search's evaluation routes, for {@code infobound bench}: instances
 * evaluated by a compiled batch route, those of them handed to the interpreter (violated,
 * undefined, non-finite or unusual), and the certified confirmations with their time. Counting
 * only: nothing here affects a verdict.
 */
public final class BatchStats {

    private static final LongAdder BATCHED = new LongAdder();
    private static final LongAdder INTERPRETED = new LongAdder();
    private static final LongAdder CONFIRMATIONS = new LongAdder();
    private static final LongAdder CONFIRM_NANOS = new LongAdder();
    private static final LongAdder INTERPRETED_NANOS = new LongAdder();

    private BatchStats() {
    }

    /**
     * A block of {@code n} instances through a compiled route, {@code interpreted} of them
     * re-evaluated on the interpreter, which took {@code interpretedNanos}.
     */
    public static void block(int n, int interpreted, long interpretedNanos) {
        BATCHED.add(n);
        INTERPRETED.add(interpreted);
        INTERPRETED_NANOS.add(interpretedNanos);
    }

    /** One certified confirmation that took {@code nanos}. */
    public static void confirmation(long nanos) {
        CONFIRMATIONS.increment();
        CONFIRM_NANOS.add(nanos);
    }

    /**
     * The counters now: batched, interpreted, confirmations, confirmation nanoseconds, nanoseconds
     * of the interpreted (flagged) instances' float evaluation.
     */
    public static long[] snapshot() {
        return new long[] {BATCHED.sum(), INTERPRETED.sum(), CONFIRMATIONS.sum(), CONFIRM_NANOS.sum(),
            INTERPRETED_NANOS.sum()};
    }
}
