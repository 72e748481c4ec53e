package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** IntervalTiling on hand-made cases and against an independent point-marking oracle. */
class IntervalTilingTest {

  private static boolean tiles(long[][] iv, long from, long to) {
    long[] lo = new long[iv.length];
    long[] hi = new long[iv.length];
    for (int i = 0; i < iv.length; i++) {
      lo[i] = iv[i][0];
      hi[i] = iv[i][1];
    }
    return IntervalTiling.tilesExactlyOnce(lo, hi, from, to);
  }

  @Test
  void contiguousChainsTile() {
    // [0,1/2) [1/2,3/4) [3/4,1) on the grid of quarters: [0,2) [2,3) [3,4)
    assertTrue(tiles(new long[][] {{0, 2}, {2, 3}, {3, 4}}, 0, 4));
    assertTrue(tiles(new long[][] {{-5, 7}}, -5, 7));
    assertTrue(tiles(new long[][] {{Long.MIN_VALUE, 0}, {0, Long.MAX_VALUE}}, Long.MIN_VALUE, Long.MAX_VALUE));
  }

  @Test
  void gapsOverlapsDuplicatesEmptyLeavesAndOverhangAreRejected() {
    assertFalse(tiles(new long[][] {{0, 2}, {3, 4}}, 0, 4)); // gap
    assertFalse(tiles(new long[][] {{0, 3}, {2, 4}}, 0, 4)); // overlap
    assertFalse(tiles(new long[][] {{0, 4}, {0, 4}}, 0, 4)); // duplicate
    assertFalse(tiles(new long[][] {{0, 2}, {2, 2}, {2, 4}}, 0, 4)); // empty leaf
    assertFalse(tiles(new long[][] {{0, 2}, {2, 5}}, 0, 4)); // overhang
    assertFalse(tiles(new long[][] {{1, 4}}, 0, 4)); // late start
    assertFalse(tiles(new long[0][], 0, 0)); // nothing
  }

  @Test
  void badArraysAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> IntervalTiling.tilesExactlyOnce(null, new long[0], 0, 1));
    assertThrows(IllegalArgumentException.class,
        () -> IntervalTiling.tilesExactlyOnce(new long[1], new long[2], 0, 1));
  }

  @Test
  void agreesWithPointMarkingOnRandomSortedLists() {
    Random rnd = new Random(20261206L);
    int tilings = 0;
    for (int trial = 0; trial < 20_000; trial++) {
      int n = 1 + rnd.nextInt(5);
      long[][] iv = new long[n][];
      if (rnd.nextBoolean()) {
        // a true tiling of [0, 8): random cut points
        long[] cuts = rnd.longs(n - 1, 1, 8).sorted().distinct().toArray();
        iv = new long[cuts.length + 1][];
        long prev = 0;
        for (int i = 0; i <= cuts.length; i++) {
          long next = i < cuts.length ? cuts[i] : 8;
          iv[i] = new long[] {prev, next};
          prev = next;
        }
        if (rnd.nextInt(3) == 0) { // perturb one end
          int k = rnd.nextInt(iv.length);
          iv[k][rnd.nextInt(2)] += rnd.nextBoolean() ? 1 : -1;
        }
      } else {
        for (int i = 0; i < n; i++) {
          long a = rnd.nextInt(10) - 1;
          iv[i] = new long[] {a, a + rnd.nextInt(5)};
        }
      }
      Arrays.sort(iv, Comparator.comparingLong(x -> x[0]));
      boolean expect = oracle(iv, 0, 8);
      tilings += expect ? 1 : 0;
      assertEquals(expect, tiles(iv, 0, 8), Arrays.deepToString(iv));
    }
    assertTrue(tilings > 1000, "too few true tilings drawn: " + tilings);
  }

  /** Every leaf non-empty and inside [from, to), every point of [from, to) in exactly one leaf. */
  private static boolean oracle(long[][] iv, int from, int to) {
    int[] marks = new int[to - from];
    for (long[] x : iv) {
      if (x[0] >= x[1] || x[0] < from || x[1] > to) {
        return false;
      }
      for (long p = x[0]; p < x[1]; p++) {
        marks[(int) (p - from)]++;
      }
    }
    return iv.length > 0 && Arrays.stream(marks).allMatch(m -> m == 1);
  }
}
