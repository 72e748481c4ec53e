// BROKEN COPY for GateNonVacuityTest (proofs/README.md, "Non-vacuity"): the marked line is wrong
// on purpose, so KeY must leave the contract open. Not compiled (test resource).
package org.infobound.math.kernel;

/**
 * Best-of-n level weights in exact integers.
 *
 * <p>Outcomes are grouped into levels in increasing reward (selection-key) order; level g has
 * integer count {@code c_g} out of a common denominator D ({@code D = sum_g c_g}), and
 * {@code S_g = c_0 + ... + c_g} is the cumulative count (so {@code F_g = S_g / D} is the cdf).
 * The best of n independent draws lands in level g with probability
 * {@code F_g^n - F_{g-1}^n = w_g / D^n}, where {@code w_g = S_g^n - S_{g-1}^n} (with
 * {@code S_{-1} = 0}). The weights are non-negative and telescope: {@code sum_g w_g = S_last^n}
 * ({@code = D^n} when the counts are all of the mass). The contract states each weight exactly
 * (which determines the sum); the telescoped sum itself is not a separate clause: KeY's
 * automation did not close the running {@code \sum} over the array being written within the
 * gate's limits (proofs/README.md), and BonWeightsTest checks it against BigInteger.
 *
 * <p>Every power is computed in {@code long} with an overflow test before each multiplication;
 * when a power does not fit, the method answers "does not fit" ({@code -1}, resp. {@code null})
 * and the caller keeps its exact BigInteger/BigFraction route. KeY proves, with overflow
 * checking, that every answer other than "does not fit" is the exact value (proofs/README.md).
 * {@code levelWeights} is modular: its loop only calls the scalar {@code weight(prev, cur, n)}
 * (contract: {@code cur^n - prev^n} as a difference of {@code \product}s of its arguments, no
 * heap), so the loop invariant is {@code weight}'s post-condition per level, read from the input
 * in the pre-state ({@code \old(cum[h])}). Its result is declared {@code nullable} (JML results
 * are non-null by default), and it requires every entry in the long range, which KeY does not
 * assume of array elements under overflow checking.
 *
 * <p>Verified kernel (proofs/README.md); plain Java subset only.
 */
public final class BonWeights {

  private BonWeights() {
  }

  /**
   * {@code s^n} if it fits in a {@code long}, else {@code -1}.
   *
   * @param s base, {@code s >= 0}
   * @param n exponent, {@code n >= 0}
   * @return {@code s^n} (as {@code \product} of n copies of s), or -1 when it does not fit
   */
  /*@ public normal_behavior
    @ requires 0 <= s && 0 <= n;
    @ ensures \result == -1 || \result == (\product int j; 0 <= j && j < n; (\bigint) s);
    @ ensures \result >= -1;
    @ assignable \strictly_nothing;
    @*/
  public static long power(long s, int n) {
    long p = 1;
    /*@ loop_invariant 0 <= i && i <= n;
      @ loop_invariant 0 <= p;
      @ loop_invariant p == (\product int j; 0 <= j && j < i; (\bigint) s);
      @ assignable \strictly_nothing;
      @ decreases n - i;
      @*/
    for (int i = 0; i <= n; i++) { // BROKEN: one factor too many (s^(n+1))
      if (s != 0 && p > 9223372036854775807L / s) {
        return -1;
      }
      p = p * s;
    }
    return p;
  }

  /**
   * The weight {@code cur^n - prev^n} of one level (cumulative counts {@code prev <= cur}), or
   * -1 when a power does not fit in a {@code long} or {@code cur < prev}.
   *
   * @param prev cumulative count below the level, {@code S_(g-1) >= 0} ({@code 0} for level 0)
   * @param cur  cumulative count up to the level, {@code S_g >= 0}
   * @param n    number of draws, {@code n >= 0}
   * @return {@code S_g^n - S_(g-1)^n} exactly (as a difference of {@code \product}s), or -1
   */
  /*@ private normal_behavior
    @ requires 0 <= prev && 0 <= cur && 0 <= n;
    @ ensures \result == -1
    @         || (\result >= 0
    @             && \result == (\product int j; 0 <= j && j < n; (\bigint) cur)
    @                           - (\product int j; 0 <= j && j < n; (\bigint) prev));
    @ assignable \strictly_nothing;
    @*/
  private static long weight(long prev, long cur, int n) {
    long a = power(prev, n);
    long b = power(cur, n);
    if (a < 0 || b < 0 || b < a) {
      return -1;
    }
    return b; // BROKEN: the power of the cumulative count, not the difference
  }

  /**
   * Level weights {@code w_g = S_g^n - S_{g-1}^n} ({@code S_{-1} = 0}) of best-of-n, from the
   * cumulative counts {@code S}; null if a count is negative or a weight has no answer
   * ({@code weight} returns -1: a power does not fit, or the counts decrease). The loop only
   * calls {@code weight}; its invariant is the post-condition of {@code weight} per level.
   *
   * @param cum cumulative counts {@code S_0 <= S_1 <= ...} (a negative one: null)
   * @param n   number of draws, {@code n >= 1}
   * @return fresh weights, each {@code >= 0}, {@code w_0 = S_0^n},
   *         {@code w_g = S_g^n - S_(g-1)^n} (so they sum to {@code S_last^n} by telescoping); or
   *         null
   */
  /*@ public normal_behavior
    @ requires cum != null && 1 <= n;
    @ requires (\forall int g; 0 <= g && g < cum.length;
    @            -9223372036854775808L <= cum[g] && cum[g] <= 9223372036854775807L);
    @ ensures \result != null ==> \fresh(\result) && \result.length == cum.length;
    @ ensures \result != null ==> (\forall int g; 0 <= g && g < cum.length;
    @            \old(cum[g]) >= 0 && \result[g] >= 0);
    @ ensures \result != null && cum.length > 0 ==>
    @            \result[0] == (\product int j; 0 <= j && j < n; (\bigint) \old(cum[0]))
    @                          - (\product int j; 0 <= j && j < n; (\bigint) 0);
    @ ensures \result != null ==> (\forall int g; 0 < g && g < cum.length;
    @            \result[g] == (\product int j; 0 <= j && j < n; (\bigint) \old(cum[g]))
    @                          - (\product int j; 0 <= j && j < n; (\bigint) \old(cum[g - 1])));
    @ assignable \nothing;
    @*/
  public static /*@ nullable @*/ long[] levelWeights(long[] cum, int n) {
    long[] w = new long[cum.length];
    long prev = 0;
    /*@ loop_invariant 0 <= g && g <= cum.length;
      @ loop_invariant w != cum && w.length == cum.length;
      @ loop_invariant 0 <= prev;
      @ loop_invariant g == 0 ==> prev == 0;
      @ loop_invariant g > 0 ==> prev == \old(cum[g - 1]);
      @ loop_invariant (\forall int h; 0 <= h && h < g; \old(cum[h]) >= 0 && w[h] >= 0);
      @ loop_invariant g > 0 ==> w[0] == (\product int j; 0 <= j && j < n; (\bigint) \old(cum[0]))
      @                                  - (\product int j; 0 <= j && j < n; (\bigint) 0);
      @ loop_invariant (\forall int h; 0 < h && h < g;
      @                   w[h] == (\product int j; 0 <= j && j < n; (\bigint) \old(cum[h]))
      @                     - (\product int j; 0 <= j && j < n; (\bigint) \old(cum[h - 1])));
      @ assignable w[*];
      @ decreases cum.length - g;
      @*/
    for (int g = 0; g < cum.length; g++) {
      long c = cum[g];
      if (c < 0) {
        return null;
      }
      long x = weight(prev, c, n);
      if (x < 0) {
        return null;
      }
      w[g] = x;
      prev = 0; // BROKEN: every level weighed from 0 (the cumulative power)
    }
    return w;
  }

  /**
   * The exact sum of the weights, or -1 when a weight is negative or the sum does not fit in a
   * {@code long}. The certified best-of-n compares it with {@code D^n} ({@code power}) before it
   * uses the weights: the masses {@code w_g / D^n} are used only when they sum to exactly 1 (the
   * telescoped sum {@code S_last^n = D^n}, which the contract of {@code levelWeights} implies
   * but does not state as a clause).
   *
   * @param w the weights
   * @return {@code sum_g w[g]}, or -1
   */
  /*@ public normal_behavior
    @ requires w != null;
    @ requires (\forall int g; 0 <= g && g < w.length; w[g] <= 9223372036854775807L);
    @ ensures \result == -1
    @         || (\result >= 0 && (\forall int g; 0 <= g && g < w.length; w[g] >= 0)
    @             && \result == (\sum int g; 0 <= g && g < w.length; (\bigint) w[g]));
    @ assignable \strictly_nothing;
    @*/
  public static long total(long[] w) {
    long sum = 0;
    /*@ loop_invariant 0 <= g && g <= w.length;
      @ loop_invariant 0 <= sum;
      @ loop_invariant (\forall int h; 0 <= h && h < g; w[h] >= 0);
      @ loop_invariant sum == (\sum int h; 0 <= h && h < g; (\bigint) w[h]);
      @ assignable \strictly_nothing;
      @ decreases w.length - g;
      @*/
    for (int g = 1; g < w.length; g++) { // BROKEN: leaves out the first weight
      if (w[g] < 0 || sum > 9223372036854775807L - w[g]) {
        return -1;
      }
      sum = sum + w[g];
    }
    return sum;
  }
}
