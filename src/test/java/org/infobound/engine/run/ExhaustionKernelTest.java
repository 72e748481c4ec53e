package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.Arrays;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.infobound.math.kernel.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Certified exhaustion walks integer ranges through the verified kernel IntRange.values and
 * nothing else: a stub kernel that leaves out one value makes exhaustion PROVE a claim that is
 * false exactly at that value (so the kernel is on the verdict path), and the real kernel
 * falsifies it there. Expected values from the claims' mathematics.
 */
class ExhaustionKernelTest {

    private static Verdict decide(String claim) {
        return RunTestSupport.decide(claim, new Settings(1, 50, 0, 1, 2000, false)).verdict();
    }

    @Test
    void theKernelEnumeratesTheRange() {
        // x != 7 is false exactly at x = 7 in 0..10
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class,
                decide("claim c forall x in 0..10: x != 7"));
        assertEquals("7", f.counterexample().inputs().get("x"));
    }

    @Test
    void aStubKernelThatSkipsAValueChangesTheVerdict() {
        Exhaustion.RangeKernel real = Exhaustion.rangeKernel;
        try {
            Exhaustion.rangeKernel = (lo, hi, max) -> Arrays.stream(IntRange.values(lo, hi, max))
                    .filter(v -> v != 7).toArray();
            assertEquals(VerdictKind.PROVED, decide("claim c forall x in 0..10: x != 7").kind());
        } finally {
            Exhaustion.rangeKernel = real;
        }
    }

    @Test
    void theTopOfTheLongRangeDoesNotWrap() {
        // 2^63 - 3 .. 2^63 - 1 has three values, all >= 2^63 - 3; x < 2^63 - 1 fails at 2^63 - 1
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class,
                decide("claim c forall x in 2^63 - 3..2^63 - 1: x < 2^63 - 1"));
        assertEquals(BigInteger.TWO.pow(63).subtract(BigInteger.ONE).toString(),
                f.counterexample().inputs().get("x"));
        assertEquals(VerdictKind.PROVED,
                decide("claim c forall x in 2^63 - 3..2^63 - 1: x >= 2^63 - 3").kind());
    }

    @Test
    void aRangeBeyondTheLongRangeIsWalkedByKernelOffsets() {
        Exhaustion.RangeKernel real = Exhaustion.rangeKernel;
        try {
            // offsets 0..5 of 2^64..2^64 + 5 come from the kernel: skipping offset 0 (= 2^64) hides
            // the only violation of x != 2^64
            Exhaustion.rangeKernel = (lo, hi, max) -> Arrays.stream(IntRange.values(lo, hi, max))
                    .filter(v -> v != 0).toArray();
            assertEquals(VerdictKind.PROVED, decide("claim c forall x in 2^64..2^64 + 5: x != 2^64").kind());
        } finally {
            Exhaustion.rangeKernel = real;
        }
        assertInstanceOf(Verdict.Falsified.class, decide("claim c forall x in 2^64..2^64 + 5: x != 2^64"));
    }
}
