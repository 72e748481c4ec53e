package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TieGroupsTest {

  // groups {1,1}, {4}, {6,6,6}, {9}: starts 0, 2, 3, 6 (read off by hand)
  private static final long[] KEYS = {1, 1, 4, 6, 6, 6, 9};

  @Test
  void groupsAreMaximalRunsOfEqualKeys() {
    assertArrayEquals(new int[] {0, 2, 3, 6}, TieGroups.groupStarts(KEYS));
  }

  @Test
  void degenerateKeyArrays() {
    assertArrayEquals(new int[0], TieGroups.groupStarts(new long[0]));
    assertArrayEquals(new int[] {0}, TieGroups.groupStarts(new long[] {5, 5, 5}));
    assertArrayEquals(new int[] {0, 1, 2},
        TieGroups.groupStarts(new long[] {Long.MIN_VALUE, 0, Long.MAX_VALUE}));
  }

  @Test
  void unsortedOrMissingKeysAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> TieGroups.groupStarts(new long[] {2, 1}));
    assertThrows(IllegalArgumentException.class, () -> TieGroups.groupStarts(new long[] {1, 3, 2}));
    assertThrows(IllegalArgumentException.class, () -> TieGroups.groupStarts(null));
  }

  @Test
  void groupOfMapsEachPositionToItsRun() {
    // starts 0, 2, 3, 6 of KEYS: positions 0-1 in group 0, 2 in 1, 3-5 in 2, 6 in 3 (by hand)
    assertArrayEquals(new int[] {0, 0, 1, 2, 2, 2, 3}, TieGroups.groupOf(new int[] {0, 2, 3, 6}, 7));
    assertArrayEquals(new int[] {0, 0, 0}, TieGroups.groupOf(new int[] {0}, 3));
    assertArrayEquals(new int[] {0, 1, 2}, TieGroups.groupOf(new int[] {0, 1, 2}, 3));
  }

  @Test
  void groupOfRejectsBadStarts() {
    assertThrows(IllegalArgumentException.class, () -> TieGroups.groupOf(null, 1));
    assertThrows(IllegalArgumentException.class, () -> TieGroups.groupOf(new int[0], 1));
    assertThrows(IllegalArgumentException.class, () -> TieGroups.groupOf(new int[] {1}, 2));
    assertThrows(IllegalArgumentException.class, () -> TieGroups.groupOf(new int[] {0, 2, 2}, 4));
    assertThrows(IllegalArgumentException.class, () -> TieGroups.groupOf(new int[] {0, 3}, 3));
  }
}
