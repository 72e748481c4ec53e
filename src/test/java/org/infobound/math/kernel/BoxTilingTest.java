package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * BoxTiling.coversExactlyOnce against tilings built by hand (the truth comes from the
 * construction: a grid or a guillotine split of the domain is an exact cover; removing,
 * duplicating or growing one box is not).
 */
class BoxTilingTest {

  private static boolean covers(long[][] lo, long[][] hi, long[] from, long[] to) {
    return BoxTiling.coversExactlyOnce(lo, hi, from, to);
  }

  @Test
  void aGridOfFourSquaresCoversTheSquare() {
    long[][] lo = {{0, 0}, {2, 0}, {0, 2}, {2, 2}};
    long[][] hi = {{2, 2}, {4, 2}, {2, 4}, {4, 4}};
    assertTrue(covers(lo, hi, new long[] {0, 0}, new long[] {4, 4}));
  }

  @Test
  void aPinwheelThatIsNotGuillotineIsAcceptedToo() {
    // the classic non-guillotine tiling of [0,3)^2: four 2x1 / 1x2 bricks around a unit centre
    long[][] lo = {{0, 0}, {2, 0}, {1, 2}, {0, 1}, {1, 1}};
    long[][] hi = {{2, 1}, {3, 2}, {3, 3}, {1, 3}, {2, 2}};
    assertTrue(covers(lo, hi, new long[] {0, 0}, new long[] {3, 3}));
  }

  @Test
  void aGapAnOverlapADuplicateOrAnOutsideBoxIsRejected() {
    long[] from = {0, 0};
    long[] to = {4, 4};
    // gap: three of the four squares
    assertFalse(covers(new long[][] {{0, 0}, {2, 0}, {0, 2}}, new long[][] {{2, 2}, {4, 2}, {2, 4}}, from, to));
    // duplicate: five boxes, one twice (volume 20 != 16, and not disjoint)
    assertFalse(covers(new long[][] {{0, 0}, {2, 0}, {0, 2}, {2, 2}, {2, 2}},
        new long[][] {{2, 2}, {4, 2}, {2, 4}, {4, 4}, {4, 4}}, from, to));
    // overlap with the right total volume: [0,3)x[0,4) (12) and [2,4)x[0,2) (4) overlap on
    // [2,3)x[0,2), and [3,4)x[2,4) is left uncovered
    assertFalse(covers(new long[][] {{0, 0}, {2, 0}}, new long[][] {{3, 4}, {4, 2}}, from, to));
    // a box outside the domain, the volume still 16
    assertFalse(covers(new long[][] {{0, 0}, {4, 0}}, new long[][] {{4, 2}, {8, 2}}, from, to));
    // an empty box
    assertFalse(covers(new long[][] {{0, 0}, {1, 1}}, new long[][] {{4, 4}, {1, 2}}, from, to));
    // no box at all
    assertFalse(covers(new long[0][], new long[0][], from, to));
  }

  @Test
  void threeDimensionsAndIntegerCoordinatesBeyondZero() {
    // [-3, 1) x [10, 12) x [5, 6) split at x = -1 and at y = 11 on the left half
    long[][] lo = {{-3, 10, 5}, {-3, 11, 5}, {-1, 10, 5}};
    long[][] hi = {{-1, 11, 6}, {-1, 12, 6}, {1, 12, 6}};
    assertTrue(covers(lo, hi, new long[] {-3, 10, 5}, new long[] {1, 12, 6}));
    hi[2][2] = 7;
    assertFalse(covers(lo, hi, new long[] {-3, 10, 5}, new long[] {1, 12, 6}));
  }

  @Test
  void aVolumeBeyondTwoToThe63IsRefusedNotWrapped() {
    // [0, 2^40)^2 has volume 2^80: refused (false), never compared modulo 2^64
    long big = 1L << 40;
    assertFalse(covers(new long[][] {{0, 0}}, new long[][] {{big, big}}, new long[] {0, 0}, new long[] {big, big}));
    // an edge from -2^62 to 2^62 + 1 does not fit in a long: refused
    long e = 1L << 62;
    assertFalse(covers(new long[][] {{-e, 0}}, new long[][] {{e + 1, 1}}, new long[] {-e, 0}, new long[] {e + 1, 1}));
    // 2^31 x 2^31 = 2^62 fits: accepted; 2^32 x 2^31 = 2^63 does not (Long.MAX_VALUE = 2^63 - 1)
    long h = 1L << 31;
    assertTrue(covers(new long[][] {{0, 0}, {0, h / 2}}, new long[][] {{h, h / 2}, {h, h}}, new long[] {0, 0}, new long[] {h, h}));
    assertFalse(covers(new long[][] {{0, 0}, {0, h}}, new long[][] {{h, h}, {h, 2 * h}}, new long[] {0, 0}, new long[] {h, 2 * h}));
  }

  @Test
  void randomGuillotineSplitsAreCoversAndEveryOneBoxChangeIsNot() {
    Random r = new Random(12);
    for (int t = 0; t < 300; t++) {
      int d = 1 + r.nextInt(3);
      long[] from = new long[d];
      long[] to = new long[d];
      for (int i = 0; i < d; i++) {
        from[i] = r.nextInt(20) - 10;
        to[i] = from[i] + 1 + r.nextInt(16);
      }
      List<long[][]> boxes = new ArrayList<>();
      split(from.clone(), to.clone(), r, boxes, 0);
      long[][] lo = new long[boxes.size()][];
      long[][] hi = new long[boxes.size()][];
      for (int k = 0; k < lo.length; k++) {
        lo[k] = boxes.get(k)[0];
        hi[k] = boxes.get(k)[1];
      }
      assertTrue(covers(lo, hi, from, to));
      // grow one box by one in one dimension (overlap or outside), or drop one (gap)
      int k = r.nextInt(lo.length);
      int i = r.nextInt(d);
      long[][] hi2 = deepCopy(hi);
      hi2[k][i]++;
      assertFalse(covers(lo, hi2, from, to));
      if (lo.length > 1) {
        long[][] lo3 = new long[lo.length - 1][];
        long[][] hi3 = new long[lo.length - 1][];
        for (int j = 0, c = 0; j < lo.length; j++) {
          if (j != k) {
            lo3[c] = lo[j];
            hi3[c++] = hi[j];
          }
        }
        assertFalse(covers(lo3, hi3, from, to));
      }
    }
  }

  private static long[][] deepCopy(long[][] a) {
    long[][] out = new long[a.length][];
    for (int k = 0; k < a.length; k++) {
      out[k] = a[k].clone();
    }
    return out;
  }

  private static void split(long[] lo, long[] hi, Random r, List<long[][]> out, int depth) {
    int i = r.nextInt(lo.length);
    if (depth > 4 || hi[i] - lo[i] < 2 || r.nextInt(4) == 0) {
      out.add(new long[][] {lo, hi});
      return;
    }
    long cut = lo[i] + 1 + r.nextInt((int) (hi[i] - lo[i] - 1));
    long[] leftHi = hi.clone();
    leftHi[i] = cut;
    long[] rightLo = lo.clone();
    rightLo[i] = cut;
    split(lo.clone(), leftHi, r, out, depth + 1);
    split(rightLo, hi.clone(), r, out, depth + 1);
  }
}
