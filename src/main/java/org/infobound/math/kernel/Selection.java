package org.infobound.math.kernel;

/**
 * Best-of-n by sampling: which of n sampled rewards wins, and how many tie for the maximum.
 *
 * <p>For rewards {@code a[0..n-1]} (n &ge; 1) let {@code M = max_j a[j]}. The winner under the
 * "first index" tie-breaking rule is {@code min { i : a[i] = M }}; the number of tied maxima is
 * {@code #{ i : a[i] = M }} &ge; 1; and the k-th tied maximum (0-based, in index order) is the
 * index i with {@code a[i] = M} and exactly k maxima before it. Uniform tie-breaking draws k
 * uniformly from {@code 0..countMax-1}.
 *
 * <p>Verified kernel: every contract below is proved by KeY 2.12.3 with overflow checking
 * (proofs/README.md). Plain Java subset only (no generics, lambdas or annotations).
 */
public final class Selection {

  private Selection() {
  }

  /**
   * First index of the maximum: {@code min { i : a[i] = max_j a[j] }}.
   *
   * @param a rewards, at least one
   * @return the first index holding the maximal value
   * @throws IllegalArgumentException if {@code a} is null or empty
   */
  /*@ public normal_behavior
    @ requires a != null;
    @ requires a.length >= 1;
    @ ensures 0 <= \result && \result < a.length;
    @ ensures (\forall int j; 0 <= j && j < a.length; a[j] <= a[\result]);
    @ ensures (\forall int j; 0 <= j && j < \result; a[j] < a[\result]);
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires a == null || a.length == 0;
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static int firstMaxIndex(int[] a) {
    if (a == null || a.length == 0) {
      throw new IllegalArgumentException("firstMaxIndex: need at least one value");
    }
    int best = 0;
    /*@ loop_invariant 1 <= i && i <= a.length;
      @ loop_invariant 0 <= best && best < i;
      @ loop_invariant (\forall int j; 0 <= j && j < i; a[j] <= a[best]);
      @ loop_invariant (\forall int j; 0 <= j && j < best; a[j] < a[best]);
      @ assignable \strictly_nothing;
      @ decreases a.length - i;
      @*/
    for (int i = 1; i < a.length; i++) {
      if (a[i] > a[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Number of entries equal to the maximum: {@code #{ i : a[i] = max_j a[j] }}, at least 1.
   *
   * @param a rewards, at least one
   * @return how many indices hold the maximal value
   * @throws IllegalArgumentException if {@code a} is null or empty
   */
  /*@ public normal_behavior
    @ requires a != null;
    @ requires a.length >= 1;
    @ ensures 1 <= \result && \result <= a.length;
    @ ensures \result == (\num_of int j; 0 <= j && j < a.length;
    @                       (\forall int l; 0 <= l && l < a.length; a[l] <= a[j]));
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires a == null || a.length == 0;
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static int countMax(int[] a) {
    if (a == null || a.length == 0) {
      throw new IllegalArgumentException("countMax: need at least one value");
    }
    int m = 0;
    /*@ loop_invariant 1 <= v && v <= a.length;
      @ loop_invariant 0 <= m && m < v;
      @ loop_invariant (\forall int j; 0 <= j && j < v; a[j] <= a[m]);
      @ assignable \strictly_nothing;
      @ decreases a.length - v;
      @*/
    for (int v = 1; v < a.length; v++) {
      if (a[v] > a[m]) {
        m = v;
      }
    }
    int count = 0;
    /*@ loop_invariant 0 <= i && i <= a.length;
      @ loop_invariant 0 <= count && count <= i;
      @ loop_invariant m < i ==> count >= 1;
      @ loop_invariant count == (\num_of int j; 0 <= j && j < i;
      @                            (\forall int l; 0 <= l && l < a.length; a[l] <= a[j]));
      @ assignable \strictly_nothing;
      @ decreases a.length - i;
      @*/
    for (int i = 0; i < a.length; i++) {
      if (a[i] == a[m]) {
        count++;
      }
    }
    return count;
  }

  /**
   * Index of the k-th (0-based) entry equal to the maximum, in index order: the i with
   * {@code a[i] = max} and exactly k maximal entries before it.
   *
   * @param a rewards, at least one
   * @param k rank among the tied maxima, {@code 0 <= k < countMax(a)}
   * @return the index of the k-th maximal entry
   * @throws IllegalArgumentException if {@code a} is null or empty or k is out of range (the
   *     case {@code k >= countMax(a)} is outside both contract cases: KeY's automation cannot
   *     relate a partial count to the full one without induction; the guard still throws)
   */
  /*@ public normal_behavior
    @ requires a != null;
    @ requires a.length >= 1;
    @ requires 0 <= k;
    @ requires k < (\num_of int j; 0 <= j && j < a.length;
    @                 (\forall int l; 0 <= l && l < a.length; a[l] <= a[j]));
    @ ensures 0 <= \result && \result < a.length;
    @ ensures (\forall int l; 0 <= l && l < a.length; a[l] <= a[\result]);
    @ ensures k == (\num_of int j; 0 <= j && j < \result;
    @                 (\forall int l; 0 <= l && l < a.length; a[l] <= a[j]));
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires a == null || a.length == 0 || k < 0;
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static int kthMaxIndex(int[] a, int k) {
    if (a == null || a.length == 0) {
      throw new IllegalArgumentException("kthMaxIndex: need at least one value");
    }
    int m = 0;
    /*@ loop_invariant 1 <= v && v <= a.length;
      @ loop_invariant 0 <= m && m < v;
      @ loop_invariant (\forall int j; 0 <= j && j < v; a[j] <= a[m]);
      @ assignable \strictly_nothing;
      @ decreases a.length - v;
      @*/
    for (int v = 1; v < a.length; v++) {
      if (a[v] > a[m]) {
        m = v;
      }
    }
    if (k < 0) {
      throw new IllegalArgumentException("kthMaxIndex: k must not be negative");
    }
    int seen = 0;
    /*@ loop_invariant 0 <= i && i <= a.length;
      @ loop_invariant 0 <= seen && seen <= k;
      @ loop_invariant seen == (\num_of int j; 0 <= j && j < i;
      @                           (\forall int l; 0 <= l && l < a.length; a[l] <= a[j]));
      @ assignable \strictly_nothing;
      @ decreases a.length - i;
      @*/
    for (int i = 0; i < a.length; i++) {
      if (a[i] == a[m]) {
        if (seen == k) {
          return i;
        }
        seen++;
      }
    }
    // k >= countMax(a): the contract's precondition excludes this, the guard still reports it
    throw new IllegalArgumentException("kthMaxIndex: k must be below countMax");
  }
}
