package org.infobound.math.kernel;

/**
 * Empirical laws from reward samples: validation of an integer count vector, its total and its
 * prefix sums (the empirical distribution function up to the factor 1/total).
 *
 * <p>For counts {@code c[0..m-1] >= 0}: {@code total = sum_i c[i]} and
 * {@code prefix[i] = c[0] + ... + c[i]}. Results are {@code long}: m &le; 2^31 - 1 counts of at
 * most 2^31 - 1 each sum to less than 2^62, so no overflow is possible (and KeY proves it).
 *
 * <p>The contracts repeat the int range of the counts ({@code counts[i] <= 2147483647}): it is
 * true of every {@code int[]}, but KeY's automation does not derive it for array elements, and
 * the overflow proof of the running sum needs it.
 *
 * <p>Verified kernel (proofs/README.md); plain Java subset only.
 */
public final class Counts {

  private Counts() {
  }

  /**
   * Sum of the counts, {@code sum_i counts[i]}.
   *
   * @param counts non-negative counts (possibly empty, total 0)
   * @return the total
   * @throws IllegalArgumentException if {@code counts} is null or holds a negative count
   */
  /*@ public normal_behavior
    @ requires counts != null;
    @ requires (\forall int i; 0 <= i && i < counts.length; counts[i] >= 0);
    @ requires (\forall int i; 0 <= i && i < counts.length; counts[i] <= 2147483647);
    @ ensures \result >= 0;
    @ ensures \result == (\sum int i; 0 <= i && i < counts.length; (\bigint) counts[i]);
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires counts == null
    @          || (\exists int i; 0 <= i && i < counts.length; counts[i] < 0);
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static long total(int[] counts) {
    if (counts == null) {
      throw new IllegalArgumentException("counts: null");
    }
    /*@ loop_invariant 0 <= v && v <= counts.length;
      @ loop_invariant (\forall int j; 0 <= j && j < v; counts[j] >= 0);
      @ assignable \strictly_nothing;
      @ decreases counts.length - v;
      @*/
    for (int v = 0; v < counts.length; v++) {
      if (counts[v] < 0) {
        throw new IllegalArgumentException("counts: negative count");
      }
    }
    long total = 0;
    /*@ loop_invariant 0 <= i && i <= counts.length;
      @ loop_invariant 0 <= total && total <= (\bigint) i * 2147483647;
      @ loop_invariant total == (\sum int j; 0 <= j && j < i; (\bigint) counts[j]);
      @ assignable \strictly_nothing;
      @ decreases counts.length - i;
      @*/
    for (int i = 0; i < counts.length; i++) {
      total += counts[i];
    }
    return total;
  }

  /**
   * Prefix sums {@code out[i] = counts[0] + ... + counts[i]}, stated recursively:
   * {@code out[0] = counts[0]}, {@code out[i] = out[i-1] + counts[i]}; the last entry is the
   * total.
   *
   * @param counts non-negative counts (possibly empty, then the result is empty)
   * @return a fresh array of the same length
   * @throws IllegalArgumentException if {@code counts} is null or holds a negative count
   */
  /*@ public normal_behavior
    @ requires counts != null;
    @ requires (\forall int i; 0 <= i && i < counts.length; counts[i] >= 0);
    @ requires (\forall int i; 0 <= i && i < counts.length; counts[i] <= 2147483647);
    @ ensures \fresh(\result);
    @ ensures \result.length == counts.length;
    @ ensures counts.length > 0 ==> \result[0] == counts[0];
    @ ensures (\forall int i; 0 < i && i < counts.length;
    @            \result[i] == (\bigint) \result[i - 1] + counts[i]);
    @ ensures (\forall int i; 0 <= i && i < counts.length; \result[i] >= 0);
    @ ensures counts.length > 0 ==> \result[counts.length - 1]
    @            == (\sum int j; 0 <= j && j < counts.length; (\bigint) counts[j]);
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires counts == null
    @          || (\exists int i; 0 <= i && i < counts.length; counts[i] < 0);
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static long[] prefixSums(int[] counts) {
    if (counts == null) {
      throw new IllegalArgumentException("counts: null");
    }
    /*@ loop_invariant 0 <= v && v <= counts.length;
      @ loop_invariant (\forall int j; 0 <= j && j < v; counts[j] >= 0);
      @ assignable \strictly_nothing;
      @ decreases counts.length - v;
      @*/
    for (int v = 0; v < counts.length; v++) {
      if (counts[v] < 0) {
        throw new IllegalArgumentException("counts: negative count");
      }
    }
    long[] out = new long[counts.length];
    long running = 0;
    /*@ loop_invariant 0 <= i && i <= counts.length;
      @ loop_invariant 0 <= running && running <= (\bigint) i * 2147483647;
      @ loop_invariant running == (\sum int j; 0 <= j && j < i; (\bigint) counts[j]);
      @ loop_invariant i > 0 ==> out[i - 1] == running;
      @ loop_invariant i > 0 ==> out[0] == counts[0];
      @ loop_invariant (\forall int j; 0 < j && j < i; out[j] == (\bigint) out[j - 1] + counts[j]);
      @ loop_invariant (\forall int j; 0 <= j && j < i; out[j] >= 0);
      @ assignable out[*];
      @ decreases counts.length - i;
      @*/
    for (int i = 0; i < counts.length; i++) {
      running += counts[i];
      out[i] = running;
    }
    return out;
  }

}
