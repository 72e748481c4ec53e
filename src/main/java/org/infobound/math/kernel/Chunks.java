package org.infobound.math.kernel;

/**
 * Certified exhaustion of an integer range: the split of {@code [lo, hi]} into consecutive
 * chunks of near-equal size.
 *
 * <p>With {@code N = hi - lo + 1} values and {@code m = min(parts, N)} chunks, chunk i is
 * {@code [b[i], b[i+1])}; its size is {@code floor(N/m) + 1} for the first {@code N mod m}
 * chunks and {@code floor(N/m)} for the rest, so every chunk is non-empty and sizes differ by at
 * most one. The boundaries satisfy {@code b[0] = lo < b[1] < ... < b[m] = hi + 1}.
 *
 * <p>Verified kernel (proofs/README.md); plain Java subset only.
 */
public final class Chunks {

  private Chunks() {
  }

  /**
   * Boundaries of the near-equal split of {@code [lo, hi]} into at most {@code parts} chunks.
   *
   * @param lo    first value of the range
   * @param hi    last value of the range, {@code lo <= hi < Long.MAX_VALUE}, with
   *              {@code hi - lo < Long.MAX_VALUE}
   * @param parts wanted number of chunks, {@code 1 <= parts < Integer.MAX_VALUE}
   * @return fresh boundaries {@code b[0] = lo < ... < b[m] = hi + 1}, {@code m = min(parts, N)}
   * @throws IllegalArgumentException if the range is empty or too wide, or parts is out of range
   */
  /*@ public normal_behavior
    @ requires lo <= hi;
    @ requires hi < 9223372036854775807L;
    @ requires (\bigint) hi - lo < 9223372036854775807L;
    @ requires 1 <= parts && parts < 2147483647;
    @ ensures \fresh(\result);
    @ ensures \result.length - 1 == ((\bigint) hi - lo + 1 < parts ? (\bigint) hi - lo + 1 : parts);
    @ ensures \result[0] == lo;
    @ ensures \result[\result.length - 1] == (\bigint) hi + 1;
    @ ensures (\forall int i; 0 <= i && i < \result.length - 1; \result[i] < \result[i + 1]);
    @ ensures (\forall int i; 0 <= i && i < \result.length - 1;
    @            (\bigint) \result[i + 1] - \result[i]
    @              == ((\bigint) hi - lo + 1) / (\result.length - 1)
    @                 + (i < ((\bigint) hi - lo + 1) % (\result.length - 1) ? 1 : 0));
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires lo > hi || hi == 9223372036854775807L || (\bigint) hi - lo >= 9223372036854775807L
    @          || parts < 1 || parts == 2147483647;
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static long[] split(long lo, long hi, int parts) {
    // the width test is written so that it cannot overflow: lo < 0 here, so MAX - 1 + lo fits
    if (lo > hi || hi == 9223372036854775807L || (lo < 0 && hi > 9223372036854775806L + lo)) {
      throw new IllegalArgumentException("split: need lo <= hi < Long.MAX_VALUE and a range"
          + " of fewer than Long.MAX_VALUE values");
    }
    if (parts < 1 || parts == 2147483647) {
      throw new IllegalArgumentException("split: need 1 <= parts < Integer.MAX_VALUE");
    }
    long size = hi - lo + 1;
    int m = size < parts ? (int) size : parts;
    long q = size / m;
    long r = size % m;
    long[] b = new long[m + 1];
    b[0] = lo;
    /*@ loop_invariant 0 <= i && i <= m;
      @ loop_invariant b[0] == lo;
      @ loop_invariant 1 <= q && 0 <= r && r < m;
      @ loop_invariant (\bigint) hi + 1 - b[i] == (\bigint) (m - i) * q + (i < r ? r - i : 0);
      @ loop_invariant (\forall int j; 0 <= j && j < i;
      @                   (\bigint) b[j + 1] - b[j] == q + (j < r ? 1 : 0));
      @ assignable b[*];
      @ decreases m - i;
      @*/
    for (int i = 0; i < m; i++) {
      b[i + 1] = b[i] + q + (i < r ? 1 : 0);
    }
    return b;
  }
}
