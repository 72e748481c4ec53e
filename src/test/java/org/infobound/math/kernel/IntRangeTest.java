package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** IntRange.values on hand-checked ranges, including both ends of the long range. */
class IntRangeTest {

  @Test
  void valuesInOrder() {
    assertArrayEquals(new long[] {-2, -1, 0, 1, 2}, IntRange.values(-2, 2, 10));
    assertArrayEquals(new long[] {5}, IntRange.values(5, 5, 1));
    assertArrayEquals(new long[0], IntRange.values(5, 4, 1));
  }

  @Test
  void theEndsOfTheLongRangeDoNotWrap() {
    long max = Long.MAX_VALUE;
    assertArrayEquals(new long[] {max - 2, max - 1, max}, IntRange.values(max - 2, max, 3));
    long min = Long.MIN_VALUE;
    assertArrayEquals(new long[] {min, min + 1}, IntRange.values(min, min + 1, 5));
    // 2^64 values: far more than any max
    assertNull(IntRange.values(min, max, Integer.MAX_VALUE));
    assertNull(IntRange.values(-1, max, Integer.MAX_VALUE));
  }

  @Test
  void tooManyValuesAreRefusedAtExactlyMaxPlusOne() {
    assertArrayEquals(new long[] {0, 1, 2, 3, 4}, IntRange.values(0, 4, 5));
    assertNull(IntRange.values(0, 5, 5));
    assertArrayEquals(new long[] {Long.MAX_VALUE}, IntRange.values(Long.MAX_VALUE, Long.MAX_VALUE, 1));
    assertNull(IntRange.values(Long.MAX_VALUE - 1, Long.MAX_VALUE, 1));
  }

  @Test
  void maxBelowOneIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> IntRange.values(0, 0, 0));
  }
}
