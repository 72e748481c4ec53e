package org.infobound.math.kernel;

/**
 * Replaying a proof's subdivision certificate: do dyadic leaves tile {@code [0, 1)} exactly
 * once?
 *
 * <p>Leaf i is the box {@code [x_i 2^-l_i, (x_i + 1) 2^-l_i)} with level {@code l_i} and index
 * {@code x_i}, listed left to right. Measured in units of {@code 2^-L} ({@code L = maxLevel}),
 * leaf i is {@code [x_i w_i, (x_i + 1) w_i)} with width {@code w_i = 2^(L - l_i)}. The leaves
 * tile {@code [0, 1)} exactly once iff there is at least one leaf, {@code x_0 = 0}, each leaf
 * starts where the previous one ends, {@code (x_{i-1} + 1) w_{i-1} = x_i w_i}, and the last
 * ends at {@code 2^L}. Widths are positive, so in-order contiguity rules out gaps and overlaps.
 * The contract also lists "every leaf ends by {@code 2^L}", implied by the rest but stated so
 * that an early rejection is a local fact for the prover.
 *
 * <p>This is the verified checker of the unverified branch-and-bound search: a certificate is
 * only accepted if this method returns true. Verified kernel (proofs/README.md).
 */
public final class DyadicCover {

  private DyadicCover() {
  }

  /**
   * Whether the leaves {@code (levels[i], indices[i])}, in left-to-right order, tile
   * {@code [0, 1)} exactly once.
   *
   * @param levels   leaf levels, each in {@code [0, maxLevel]}
   * @param indices  leaf indices (any value; out-of-range indices make the answer false)
   * @param maxLevel finest level, in {@code [0, 62]}
   * @return true iff the leaves tile {@code [0, 1)} exactly once
   * @throws IllegalArgumentException if an array is null, the lengths differ, or a level or
   *                                  maxLevel is out of range
   */
  /*@ public normal_behavior
    @ requires levels != null && indices != null;
    @ requires levels.length == indices.length;
    @ requires 0 <= maxLevel && maxLevel <= 62;
    @ requires (\forall int i; 0 <= i && i < levels.length; 0 <= levels[i] && levels[i] <= maxLevel);
    @ requires (\forall int d; 0 <= d && d <= maxLevel; 1 <= (1L << d) && (1L << d) <= (1L << maxLevel));
    @ requires (1L << maxLevel) <= 4611686018427387904L;
    @ ensures \result <==> (levels.length >= 1
    @            && indices[0] == 0
    @            && (\forall int i; 0 <= i && i < levels.length;
    @                  ((\bigint) indices[i] + 1) * (1L << (maxLevel - levels[i])) <= (1L << maxLevel))
    @            && (\forall int i; 0 < i && i < levels.length;
    @                  ((\bigint) indices[i - 1] + 1) * (1L << (maxLevel - levels[i - 1]))
    @                    == (\bigint) indices[i] * (1L << (maxLevel - levels[i])))
    @            && ((\bigint) indices[levels.length - 1] + 1)
    @                  * (1L << (maxLevel - levels[levels.length - 1])) == (1L << maxLevel));
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires levels == null || indices == null || levels.length != indices.length
    @          || maxLevel < 0 || maxLevel > 62
    @          || (\exists int i; 0 <= i && i < levels.length; levels[i] < 0 || levels[i] > maxLevel);
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static boolean coversExactlyOnce(int[] levels, long[] indices, int maxLevel) {
    if (levels == null || indices == null || levels.length != indices.length) {
      throw new IllegalArgumentException("dyadic cover: need two arrays of equal length");
    }
    if (maxLevel < 0 || maxLevel > 62) {
      throw new IllegalArgumentException("dyadic cover: maxLevel must lie in [0, 62]");
    }
    /*@ loop_invariant 0 <= v && v <= levels.length;
      @ loop_invariant (\forall int j; 0 <= j && j < v; 0 <= levels[j] && levels[j] <= maxLevel);
      @ assignable \strictly_nothing;
      @ decreases levels.length - v;
      @*/
    for (int v = 0; v < levels.length; v++) {
      if (levels[v] < 0 || levels[v] > maxLevel) {
        throw new IllegalArgumentException("dyadic cover: level outside [0, maxLevel]");
      }
    }
    if (levels.length == 0) {
      return false;
    }
    long total = 1L << maxLevel;
    long pos = 0;
    /*@ loop_invariant 0 <= i && i <= levels.length;
      @ loop_invariant 0 <= pos && pos <= total;
      @ loop_invariant i == 0 ==> pos == 0;
      @ loop_invariant i > 0 ==> indices[0] == 0;
      @ loop_invariant i > 0 ==> pos == ((\bigint) indices[i - 1] + 1) * (1L << (maxLevel - levels[i - 1]));
      @ loop_invariant (\forall int j; 0 <= j && j < i;
      @                   ((\bigint) indices[j] + 1) * (1L << (maxLevel - levels[j])) <= total);
      @ loop_invariant (\forall int j; 0 < j && j < i;
      @                   ((\bigint) indices[j - 1] + 1) * (1L << (maxLevel - levels[j - 1]))
      @                     == (\bigint) indices[j] * (1L << (maxLevel - levels[j])));
      @ assignable \strictly_nothing;
      @ decreases levels.length - i;
      @*/
    for (int i = 0; i < levels.length; i++) {
      long width = 1L << (maxLevel - levels[i]);
      // leaf i must start at pos: indices[i] * width == pos, tested without overflow
      if (pos % width != 0 || pos / width != indices[i] || width > total - pos) {
        return false;
      }
      pos += width;
    }
    return pos == total;
  }
}
