package org.infobound.math.kernel;

/**
 * Best-of-n with ties: the partition of sorted reward keys into groups of equal keys.
 *
 * <p>For non-decreasing keys {@code k[0..n-1]}, a group is a maximal run of equal keys. Group g
 * starts at {@code s_g}: {@code s_0 = 0}, and the later starts are exactly the indices i where
 * the key changes ({@code k[i-1] != k[i]}), in increasing order. The contract states this as
 * "every start after the first is a change, starts increase, and no key changes strictly
 * between two consecutive starts or after the last one"; the number of groups is the length
 * of the result.
 *
 * <p>Verified kernel (proofs/README.md); plain Java subset only.
 */
public final class TieGroups {

  private TieGroups() {
  }

  /**
   * Start index of each group: increasing, the first is 0, a new group starts exactly where the
   * key changes, and no key changes inside a group.
   *
   * @param sortedKeys non-decreasing keys (possibly empty, then the result is empty)
   * @return a fresh array: 0, then every index where the key changes, increasing
   * @throws IllegalArgumentException if the keys are null or not non-decreasing
   */
  /*@ public normal_behavior
    @ requires sortedKeys != null;
    @ requires (\forall int i; 0 < i && i < sortedKeys.length; sortedKeys[i - 1] <= sortedKeys[i]);
    @ ensures \fresh(\result);
    @ ensures sortedKeys.length == 0 ==> \result.length == 0;
    @ ensures sortedKeys.length > 0 ==> \result.length >= 1;
    @ ensures sortedKeys.length > 0 ==> \result[0] == 0;
    @ ensures (\forall int g; 0 <= g && g < \result.length; 0 <= \result[g] && \result[g] < sortedKeys.length);
    @ ensures (\forall int g; 0 < g && g < \result.length;
    @            \result[g - 1] < \result[g] && sortedKeys[\result[g] - 1] != sortedKeys[\result[g]]);
    @ ensures (\forall int g; 0 < g && g < \result.length;
    @            (\forall int j; \result[g - 1] < j && j < \result[g]; sortedKeys[j - 1] == sortedKeys[j]));
    @ ensures sortedKeys.length > 0 ==> (\forall int j; \result[\result.length - 1] < j && j < sortedKeys.length;
    @            sortedKeys[j - 1] == sortedKeys[j]);
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires sortedKeys == null
    @          || (\exists int i; 0 < i && i < sortedKeys.length; sortedKeys[i - 1] > sortedKeys[i]);
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static int[] groupStarts(long[] sortedKeys) {
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
    if (sortedKeys.length == 0) {
      return new int[0];
    }
    // at most one group per key; the exact length is only known at the end
    int[] found = new int[sortedKeys.length];
    found[0] = 0;
    int g = 1;
    /*@ loop_invariant 1 <= i && i <= sortedKeys.length;
      @ loop_invariant 1 <= g && g <= i;
      @ loop_invariant found[0] == 0;
      @ loop_invariant (\forall int h; 0 <= h && h < g; 0 <= found[h] && found[h] < i);
      @ loop_invariant (\forall int h; 0 < h && h < g;
      @                   found[h - 1] < found[h] && sortedKeys[found[h] - 1] != sortedKeys[found[h]]);
      @ loop_invariant (\forall int h; 0 < h && h < g;
      @                   (\forall int j; found[h - 1] < j && j < found[h]; sortedKeys[j - 1] == sortedKeys[j]));
      @ loop_invariant (\forall int j; found[g - 1] < j && j < i; sortedKeys[j - 1] == sortedKeys[j]);
      @ assignable found[*];
      @ decreases sortedKeys.length - i;
      @*/
    for (int i = 1; i < sortedKeys.length; i++) {
      if (sortedKeys[i - 1] != sortedKeys[i]) {
        found[g] = i;
        g++;
      }
    }
    int[] starts = new int[g];
    // the copy loop carries the contract's properties for starts[0..c) itself (each step only
    // needs the pair c - 1, c), so the postcondition never relates two arrays under a binder
    /*@ loop_invariant 0 <= c && c <= g;
      @ loop_invariant c > 0 ==> starts[0] == 0 && starts[c - 1] == found[c - 1];
      @ loop_invariant (\forall int x; 0 <= x && x < c; 0 <= starts[x] && starts[x] < sortedKeys.length);
      @ loop_invariant (\forall int x; 0 < x && x < c;
      @                   starts[x - 1] < starts[x] && sortedKeys[starts[x] - 1] != sortedKeys[starts[x]]);
      @ loop_invariant (\forall int x; 0 < x && x < c;
      @                   (\forall int j; starts[x - 1] < j && j < starts[x]; sortedKeys[j - 1] == sortedKeys[j]));
      @ assignable starts[*];
      @ decreases g - c;
      @*/
    for (int c = 0; c < g; c++) {
      starts[c] = found[c];
    }
    return starts;
  }


  /**
   * The group of every position: {@code result[t] = g} with {@code starts[g] <= t} and, unless g
   * is the last group, {@code t < starts[g + 1]}. With the starts of {@link #groupStarts(long[])}
   * this maps each sorted position to the index of its run of equal keys.
   *
   * @param starts group starts: {@code starts[0] = 0}, strictly increasing, all below {@code n}
   * @param n      number of positions, {@code n >= 1}
   * @return a fresh array of length n
   * @throws IllegalArgumentException if the starts are null, empty, do not begin at 0, do not
   *                                  increase strictly or reach n
   */
  /*@ public normal_behavior
    @ requires starts != null && starts.length >= 1 && starts[0] == 0;
    @ requires (\forall int g; 0 < g && g < starts.length; starts[g - 1] < starts[g]);
    @ requires starts[starts.length - 1] < n;
    @ ensures \fresh(\result) && \result.length == n;
    @ ensures (\forall int t; 0 <= t && t < n;
    @            0 <= \result[t] && \result[t] < starts.length && starts[\result[t]] <= t
    @            && (\result[t] + 1 == starts.length || t < starts[\result[t] + 1]));
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires starts == null || starts.length == 0 || starts[0] != 0
    @          || (\exists int g; 0 < g && g < starts.length; starts[g - 1] >= starts[g])
    @          || starts[starts.length - 1] >= n;
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static int[] groupOf(int[] starts, int n) {
    if (starts == null || starts.length == 0 || starts[0] != 0) {
      throw new IllegalArgumentException("tie groups: starts must begin at 0");
    }
    /*@ loop_invariant 1 <= v && v <= starts.length;
      @ loop_invariant (\forall int j; 0 < j && j < v; starts[j - 1] < starts[j]);
      @ assignable \strictly_nothing;
      @ decreases starts.length - v;
      @*/
    for (int v = 1; v < starts.length; v++) {
      if (starts[v - 1] >= starts[v]) {
        throw new IllegalArgumentException("tie groups: starts must increase");
      }
    }
    if (starts[starts.length - 1] >= n) {
      throw new IllegalArgumentException("tie groups: a start lies beyond the positions");
    }
    int[] out = new int[n];
    int g = 0;
    /*@ loop_invariant 0 <= t && t <= n;
      @ loop_invariant 0 <= g && g < starts.length && starts[g] <= t;
      @ loop_invariant t > 0 ==> starts[g] <= t - 1;
      @ loop_invariant g + 1 == starts.length || t <= starts[g + 1];
      @ loop_invariant (\forall int u; 0 <= u && u < t;
      @                   0 <= out[u] && out[u] < starts.length && starts[out[u]] <= u
      @                   && (out[u] + 1 == starts.length || u < starts[out[u] + 1]));
      @ assignable out[*];
      @ decreases n - t;
      @*/
    for (int t = 0; t < n; t++) {
      if (g + 1 < starts.length && starts[g + 1] == t) {
        g++;
      }
      out[t] = g;
    }
    return out;
  }
}
