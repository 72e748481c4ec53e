package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DyadicCoverTest {

  @Test
  void halvesAndQuartersTile() {
    // [0,1/2) [1/2,3/4) [3/4,1)
    assertTrue(DyadicCover.coversExactlyOnce(new int[] {1, 2, 2}, new long[] {0, 2, 3}, 2));
    assertTrue(DyadicCover.coversExactlyOnce(new int[] {0}, new long[] {0}, 0));
    assertTrue(DyadicCover.coversExactlyOnce(new int[] {0}, new long[] {0}, 62));
  }

  @Test
  void gapsOverlapsOrderAndOverhangAreRejected() {
    assertFalse(DyadicCover.coversExactlyOnce(new int[] {1}, new long[] {0}, 3)); // gap
    assertFalse(DyadicCover.coversExactlyOnce(new int[] {1, 2, 1}, new long[] {0, 1, 1}, 2));
    assertFalse(DyadicCover.coversExactlyOnce(new int[] {1, 1}, new long[] {1, 0}, 1)); // order
    assertFalse(DyadicCover.coversExactlyOnce(new int[] {1, 1, 1}, new long[] {0, 1, 2}, 1));
    assertFalse(DyadicCover.coversExactlyOnce(new int[] {1, 1}, new long[] {-1, 0}, 1));
    assertFalse(DyadicCover.coversExactlyOnce(new int[0], new long[0], 4)); // nothing covered
  }

  @Test
  void agreesWithCellMarkingOnRandomLeafLists() {
    Random rnd = new Random(20261127L);
    int tilings = 0;
    for (int trial = 0; trial < 3000; trial++) {
      int maxLevel = rnd.nextInt(5);
      int[] lv = new int[1 << maxLevel];
      long[] ix = new long[1 << maxLevel];
      int n;
      if (rnd.nextBoolean()) {
        n = split(rnd, 0, 0, maxLevel, lv, ix, 0); // a true tiling, at most 2^maxLevel leaves
      } else {
        n = 1 + rnd.nextInt(lv.length);
        for (int i = 0; i < n; i++) {
          lv[i] = rnd.nextInt(maxLevel + 1);
          ix[i] = rnd.nextInt((1 << lv[i]) + 1) - (rnd.nextInt(8) == 0 ? 1 : 0);
        }
      }
      int[] levels = java.util.Arrays.copyOf(lv, n);
      long[] indices = java.util.Arrays.copyOf(ix, n);
      boolean expected = markCells(levels, indices, maxLevel);
      tilings += expected ? 1 : 0;
      assertEquals(expected, DyadicCover.coversExactlyOnce(levels, indices, maxLevel),
          () -> java.util.Arrays.toString(levels) + " " + java.util.Arrays.toString(indices));
    }
    assertTrue(tilings > 500, "the generator must produce enough true tilings");
  }

  @Test
  void malformedInputIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> DyadicCover.coversExactlyOnce(new int[] {1}, new long[] {0, 1}, 1));
    assertThrows(IllegalArgumentException.class,
        () -> DyadicCover.coversExactlyOnce(new int[] {3}, new long[] {0}, 2));
    assertThrows(IllegalArgumentException.class,
        () -> DyadicCover.coversExactlyOnce(new int[] {0}, new long[] {0}, 63));
    assertThrows(IllegalArgumentException.class,
        () -> DyadicCover.coversExactlyOnce(null, new long[0], 1));
  }

  /** Independent oracle: mark the 2^L cells each leaf covers; in order, each exactly once. */
  private static boolean markCells(int[] levels, long[] indices, int maxLevel) {
    int cells = 1 << maxLevel;
    int next = 0;
    for (int i = 0; i < levels.length; i++) {
      int width = 1 << (maxLevel - levels[i]);
      if (indices[i] < 0 || indices[i] >= (1L << levels[i])) {
        return false;
      }
      int first = (int) indices[i] * width;
      if (first != next) {
        return false;
      }
      next = first + width;
    }
    return levels.length > 0 && next == cells;
  }

  /** A random in-order tiling by recursive splitting; returns the new leaf count. */
  private static int split(Random rnd, int level, long index, int maxLevel, int[] lv, long[] ix,
                           int n) {
    if (level == maxLevel || rnd.nextInt(3) == 0) {
      lv[n] = level;
      ix[n] = index;
      return n + 1;
    }
    n = split(rnd, level + 1, 2 * index, maxLevel, lv, ix, n);
    return split(rnd, level + 1, 2 * index + 1, maxLevel, lv, ix, n);
  }
}
