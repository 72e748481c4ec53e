package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChunksTest {

  @Test
  void tenValuesInThreeChunksGiveSizesFourThreeThree() {
    // [0, 9]: 10 = 3 * 3 + 1, so the first chunk gets the extra value
    assertArrayEquals(new long[] {0, 4, 7, 10}, Chunks.split(0, 9, 3));
  }

  @Test
  void moreChunksThanValuesGivesSingletons() {
    assertArrayEquals(new long[] {-2, -1, 0, 1}, Chunks.split(-2, 0, 8));
  }

  @Test
  void oneChunkIsTheWholeRange() {
    assertArrayEquals(new long[] {5, 12}, Chunks.split(5, 11, 1));
  }

  @Test
  void widestAllowedRangeSplitsWithoutOverflow() {
    long lo = Long.MIN_VALUE / 2;
    long hi = Long.MAX_VALUE / 2 - 1; // hi - lo = 2^63 - 2 < Long.MAX_VALUE
    assertArrayEquals(new long[] {lo, 0, hi + 1}, Chunks.split(lo, hi, 2));
  }

  @Test
  void badRangesAndPartCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Chunks.split(3, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> Chunks.split(0, Long.MAX_VALUE, 1));
    assertThrows(IllegalArgumentException.class, () -> Chunks.split(Long.MIN_VALUE, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> Chunks.split(0, 9, 0));
    assertThrows(IllegalArgumentException.class, () -> Chunks.split(0, 9, Integer.MAX_VALUE));
  }
}
