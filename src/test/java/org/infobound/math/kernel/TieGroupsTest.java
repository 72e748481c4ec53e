package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TieGroupsTest {

  // groups {1,1}, {4}, {6,6,6}, {9}: levels 0 0 1 2 2 2 3 (read off by hand)
  private static final long[] KEYS = {1, 1, 4, 6, 6, 6, 9};

  @Test
  void levelsNumberTheMaximalRunsOfEqualKeys() {
    assertArrayEquals(new int[] {0, 0, 1, 2, 2, 2, 3}, TieGroups.levels(KEYS));
  }

  @Test
  void degenerateKeyArrays() {
    assertArrayEquals(new int[0], TieGroups.levels(new long[0]));
    assertArrayEquals(new int[] {0, 0, 0}, TieGroups.levels(new long[] {5, 5, 5}));
    assertArrayEquals(new int[] {0, 1, 2},
        TieGroups.levels(new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}));
  }

  @Test
  void unsortedOrMissingKeysAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> TieGroups.levels(new long[] {2, 1}));
    assertThrows(IllegalArgumentException.class, () -> TieGroups.levels(new long[] {1, 3, 2}));
    assertThrows(IllegalArgumentException.class, () -> TieGroups.levels(null));
  }
}
