package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CountsTest {

  @Test
  void totalAddsTheCounts() {
    assertEquals(10, Counts.total(new int[] {1, 2, 3, 4}));
    assertEquals(0, Counts.total(new int[0]));
  }

  @Test
  void totalDoesNotOverflowForMaximalCounts() {
    int max = Integer.MAX_VALUE;
    // 3 * (2^31 - 1) = 6442450941, beyond int range
    assertEquals(6_442_450_941L, Counts.total(new int[] {max, max, max}));
  }

  @Test
  void prefixSumsAreRunningTotals() {
    assertArrayEquals(new long[] {2, 2, 7, 8}, Counts.prefixSums(new int[] {2, 0, 5, 1}));
    assertArrayEquals(new long[0], Counts.prefixSums(new int[0]));
    assertArrayEquals(new long[] {2_147_483_647L, 4_294_967_294L},
        Counts.prefixSums(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}));
  }

  @Test
  void negativeOrMissingCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Counts.total(new int[] {1, -1, 2}));
    assertThrows(IllegalArgumentException.class, () -> Counts.total(null));
    assertThrows(IllegalArgumentException.class, () -> Counts.prefixSums(new int[] {-3}));
    assertThrows(IllegalArgumentException.class, () -> Counts.prefixSums(null));
  }
}
