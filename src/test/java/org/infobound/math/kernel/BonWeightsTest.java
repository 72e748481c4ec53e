package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** BonWeights against BigInteger arithmetic (independent of the kernel's long loop). */
class BonWeightsTest {

  @Test
  void powerIsExactOrRefused() {
    assertEquals(1, BonWeights.power(0, 0));
    assertEquals(0, BonWeights.power(0, 5));
    assertEquals(1, BonWeights.power(7, 0));
    // 3^39 = 4052555153018976267 < 2^63 <= 3^40 = 12157665459056928801
    assertEquals(4052555153018976267L, BonWeights.power(3, 39));
    assertEquals(-1, BonWeights.power(3, 40));
    // 2^62 fits, 2^63 does not
    assertEquals(1L << 62, BonWeights.power(2, 62));
    assertEquals(-1, BonWeights.power(2, 63));
    assertEquals(Long.MAX_VALUE, BonWeights.power(Long.MAX_VALUE, 1));
    assertEquals(-1, BonWeights.power(Long.MAX_VALUE, 2));
    assertEquals(1, BonWeights.power(1, Integer.MAX_VALUE));
  }

  @Test
  void powerAgreesWithBigIntegerOnRandomInputs() {
    SplittableRandom rng = new SplittableRandom(12);
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    for (int t = 0; t < 20_000; t++) {
      long s = rng.nextInt(4) == 0 ? rng.nextLong(0, Long.MAX_VALUE) : rng.nextLong(0, 5000);
      int n = rng.nextInt(0, 70);
      BigInteger exact = BigInteger.valueOf(s).pow(n);
      long expect = exact.compareTo(max) > 0 ? -1 : exact.longValueExact();
      assertEquals(expect, BonWeights.power(s, n), s + "^" + n);
    }
  }

  /** The per-level kernel step (private; reached by reflection) against values worked out by hand. */
  @Test
  void weightIsTheExactDifferenceOfPowersOrRefused() throws Exception {
    java.lang.reflect.Method w = BonWeights.class.getDeclaredMethod("weight", long.class, long.class, int.class);
    w.setAccessible(true);
    // 3037000499^2 = 9223372030926249001 < 2^63 - 1 <= 3037000500^2 (python3 integers)
    assertEquals(9223372030926249001L, w.invoke(null, 0L, 3037000499L, 2));
    assertEquals(0L, w.invoke(null, 3037000499L, 3037000499L, 2));
    assertEquals(-1L, w.invoke(null, 1L, 3037000500L, 2));
    assertEquals(-1L, w.invoke(null, 3037000500L, 3037000500L, 2));
    // (2^21 - 1)^3 - (2^21 - 2)^3 = 13194120658951
    assertEquals(13194120658951L, w.invoke(null, 2097150L, 2097151L, 3));
    // decreasing counts: no answer; n = 0: 1 - 1
    assertEquals(-1L, w.invoke(null, 5L, 3L, 2));
    assertEquals(0L, w.invoke(null, 2L, 3L, 0));
  }

  @Test
  void levelWeightsTelescope() {
    // counts 1, 2, 1: S = 1, 3, 4; n = 3: 1, 27 - 1 = 26, 64 - 27 = 37, summing to 4^3 = 64
    assertArrayEquals(new long[] {1, 26, 37}, BonWeights.levelWeights(new long[] {1, 3, 4}, 3));
    assertArrayEquals(new long[0], BonWeights.levelWeights(new long[0], 2));
    // an empty level (equal cumulative counts) has weight 0
    assertArrayEquals(new long[] {0, 4, 0, 5}, BonWeights.levelWeights(new long[] {0, 2, 2, 3}, 2));
  }

  @Test
  void levelWeightsRefuseWhenAPowerDoesNotFit() {
    // 2^31 cubed = 2^93 does not fit in a long
    assertNull(BonWeights.levelWeights(new long[] {1, 1L << 31}, 3));
    // 2^21 cubed = 2^63 does not fit either; 2^21 - 1 cubed does
    assertNull(BonWeights.levelWeights(new long[] {1L << 21}, 3));
    long m = (1L << 21) - 1;
    assertArrayEquals(new long[] {m * m * m}, BonWeights.levelWeights(new long[] {m}, 3));
  }

  @Test
  void levelWeightsAgreeWithBigIntegerOnRandomCounts() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int t = 0; t < 5_000; t++) {
      int k = rng.nextInt(1, 8);
      int n = rng.nextInt(1, 12);
      long[] cum = new long[k];
      long s = 0;
      for (int g = 0; g < k; g++) {
        s += rng.nextInt(0, 60);
        cum[g] = s;
      }
      BigInteger prev = BigInteger.ZERO;
      long[] expect = new long[k];
      boolean fits = BigInteger.valueOf(s).pow(n).bitLength() < 64;
      for (int g = 0; g < k; g++) {
        BigInteger cur = BigInteger.valueOf(cum[g]).pow(n);
        expect[g] = cur.subtract(prev).longValue();
        prev = cur;
      }
      long[] got = BonWeights.levelWeights(cum, n);
      if (fits) {
        assertArrayEquals(expect, got);
        // the weights telescope to S_last^n
        BigInteger sum = BigInteger.ZERO;
        for (long x : got) {
          sum = sum.add(BigInteger.valueOf(x));
        }
        assertEquals(BigInteger.valueOf(s).pow(n), sum);
      } else {
        assertNull(got);
      }
    }
  }
}
