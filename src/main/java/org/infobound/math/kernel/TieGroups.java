package org.infobound.math.kernel;

/**
 * Best-of-n with ties, and empirical laws: the partition of sorted keys into groups of equal
 * keys (tie levels).
 *
 * <p>For non-decreasing keys {@code k[0..n-1]}, a group is a maximal run of equal keys. The
 * level of position t is the index of its group: {@code level[0] = 0} and
 * {@code level[t] = level[t-1] + (k[t-1] != k[t] ? 1 : 0)}, so equal neighbours share a level and
 * every change of key starts the next one; the number of groups is {@code level[n-1] + 1}. The
 * contract states exactly this recurrence (the function, not only bounds); KeY proves it with
 * overflow checking (proofs/README.md). An earlier form returned the group starts and
 * needed a copy loop whose quantified postcondition KeY's automation never closed.
 *
 * <p>Verified kernel (proofs/README.md); plain Java subset only.
 */
public final class TieGroups {

  private TieGroups() {
  }

  /**
   * The tie level of every position of non-decreasing keys: 0 for the first, then one more
   * at every position where the key changes.
   *
   * @param sortedKeys non-decreasing keys (possibly empty, then the result is empty)
   * @return a fresh array of the same length with {@code result[0] = 0} and
   *         {@code result[t] = result[t-1] + (k[t-1] != k[t] ? 1 : 0)}
   * @throws IllegalArgumentException if the keys are null or not non-decreasing
   */
  /*@ public normal_behavior
    @ requires sortedKeys != null;
    @ requires (\forall int i; 0 < i && i < sortedKeys.length; sortedKeys[i - 1] <= sortedKeys[i]);
    @ ensures \fresh(\result);
    @ ensures \result.length == sortedKeys.length;
    @ ensures sortedKeys.length > 0 ==> \result[0] == 0;
    @ ensures (\forall int t; 0 < t && t < sortedKeys.length;
    @            \result[t] == \result[t - 1] + (sortedKeys[t - 1] != sortedKeys[t] ? 1 : 0));
    @ ensures (\forall int t; 0 <= t && t < sortedKeys.length; 0 <= \result[t] && \result[t] <= t);
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires sortedKeys == null
    @          || (\exists int i; 0 < i && i < sortedKeys.length; sortedKeys[i - 1] > sortedKeys[i]);
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static int[] levels(long[] sortedKeys) {
    if (sortedKeys == null) {
      throw new IllegalArgumentException("tie groups: keys are null");
    }
    /*@ loop_invariant 0 <= v && (v < sortedKeys.length || v == 0);
      @ loop_invariant (\forall int j; 0 <= j && j < v; sortedKeys[j] <= sortedKeys[j + 1]);
      @ assignable \strictly_nothing;
      @ decreases sortedKeys.length - v;
      @*/
    for (int v = 0; v + 1 < sortedKeys.length; v++) {
      if (sortedKeys[v] > sortedKeys[v + 1]) {
        throw new IllegalArgumentException("tie groups: keys are not sorted");
      }
    }
    int[] out = new int[sortedKeys.length];
    int level = 0;
    /*@ loop_invariant 0 <= t && t <= sortedKeys.length;
      @ loop_invariant 0 <= level && (t == 0 ? level == 0 : level <= t - 1);
      @ loop_invariant t > 0 ==> out[t - 1] == level;
      @ loop_invariant t > 0 ==> out[0] == 0;
      @ loop_invariant (\forall int u; 0 < u && u < t;
      @                   out[u] == out[u - 1] + (sortedKeys[u - 1] != sortedKeys[u] ? 1 : 0));
      @ loop_invariant (\forall int u; 0 <= u && u < t; 0 <= out[u] && out[u] <= u);
      @ assignable out[*];
      @ decreases sortedKeys.length - t;
      @*/
    for (int t = 0; t < sortedKeys.length; t++) {
      if (t > 0 && sortedKeys[t - 1] != sortedKeys[t]) {
        level++;
      }
      out[t] = level;
    }
    return out;
  }
}
