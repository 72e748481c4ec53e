package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/** Which exceptions are bugs (spec/CHECK.md, internal errors) and which are user problems. */
class InternalFailureTest {

    @Test
    void bugsAreInternal() {
        assertTrue(InternalFailure.isInternal(new ClassCastException()));
        assertTrue(InternalFailure.isInternal(new IndexOutOfBoundsException()));
        assertTrue(InternalFailure.isInternal(new IllegalStateException()));
        assertTrue(InternalFailure.isInternal(new NullPointerException()));
        assertTrue(InternalFailure.isInternal(new StackOverflowError()));
        // Interval.intersect's error: two enclosures of one value that do not meet
        IllegalArgumentException disjoint = assertThrows(IllegalArgumentException.class,
                () -> Interval.of(0, 1).intersect(Interval.of(2, 3)));
        assertTrue(InternalFailure.isInternal(disjoint));
    }

    @Test
    void userProblemsAreNot() {
        assertFalse(InternalFailure.isInternal(new EvalFailure("bernoulli needs p in [0, 1]")));
        assertFalse(InternalFailure.isInternal(new IllegalArgumentException("k must be >= 1")));
        assertFalse(InternalFailure.isInternal(new ArithmeticException("BigInteger would overflow")));
        assertFalse(InternalFailure.isInternal(new Uncertified("x")));
    }

    @Test
    void anEnclosureOutsideItsKnownRangeIsABug() {
        // a probability enclosed in [2, 3] cannot contain the true value in [0, 1]
        assertThrows(InternalFailure.class, () -> Iv.clamp(Interval.of(2, 3), 0, 1));
    }
}
