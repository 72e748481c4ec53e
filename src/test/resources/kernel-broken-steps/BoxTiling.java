// BROKEN COPY for GateNonVacuityTest (proofs/README.md, "Non-vacuity"): the marked line is wrong
// on purpose, so KeY must leave the contract open. Not compiled (test resource).
package org.infobound.math.kernel;

/**
 * Replaying a proof certificate in any dimension: do the leaves' boxes cover the domain box
 * exactly once?
 *
 * <p>Box k is the product over the dimensions i of the half-open integer intervals
 * {@code [lo[k][i], hi[k][i])}; the domain is {@code [from[i], to[i])}. Coordinates are
 * dyadic numerators at a common scale per dimension (a dyadic cell of level l and index x at
 * scale M is {@code [x 2^(M-l), (x+1) 2^(M-l))}) or integers (an integer cell
 * {@code first..last} is {@code [first, last + 1)}). The method answers true only if
 * <ol>
 * <li>every box is non-empty and contained in the domain,</li>
 * <li>every two boxes are disjoint: some dimension separates them
 *     ({@code hi[a][i] <= lo[b][i]} or {@code hi[b][i] <= lo[a][i]}), and</li>
 * <li>the volumes of the boxes (products of edge lengths, exact) sum to the volume of the
 *     domain.</li>
 * </ol>
 * These three conditions say that the boxes tile the domain exactly once: the half-open boxes
 * are pairwise disjoint subsets of the domain whose volumes add up to the domain's, so the part
 * of the domain they leave uncovered, itself a finite union of half-open boxes with integer
 * corners, has volume 0 and is empty. Every point of the domain (every integer point of an
 * integer dimension, every real point of a real one, closed ends included since a closed cell
 * contains its half-open one) lies in exactly one half-open box, hence in at least one closed
 * leaf (proofs/README.md, "Exact cover"). When a volume or their sum does not fit in a
 * {@code long} the method answers false (the certificate is refused, never accepted on a
 * wrapped value).
 *
 * <p>"Some dimension separates them" is stated as a count, {@code (\num_of int i; ...) >= 1}
 * (the same statement as {@code \exists}, but a term that KeY's quantifier instantiation leaves
 * alone). The top method is loop-free: the domain's volume, then {@code allInside},
 * {@code pairwiseDisjoint} (over {@code disjointFromEarlier} and {@code separated}) and
 * {@code sumOfVolumes} (proofs/README.md, sixth round).
 *
 * <p>The pairwise test costs O(m^2 d) for m boxes in d dimensions. Verified kernel
 * (proofs/README.md); plain Java subset only; nothing is written, so every helper is
 * {@code \strictly_nothing} and the heap the sums read never changes.
 */
public final class BoxTiling {

  private BoxTiling() {
  }

  /**
   * Whether the boxes {@code [lo[k], hi[k])} cover the domain {@code [from, to)} exactly once
   * (non-empty, contained, pairwise disjoint, volumes summing to the domain's volume).
   *
   * @param lo   lower corners, one array of {@code from.length} coordinates per box
   * @param hi   upper corners (exclusive), same shape as {@code lo}
   * @param from lower corner of the domain
   * @param to   upper corner of the domain (exclusive), same length as {@code from}
   * @return true only if the boxes tile the domain exactly once (false also when a volume does
   *         not fit in a long)
   */
  /*@ public normal_behavior
    @ requires lo != null && hi != null && from != null && to != null;
    @ requires 1 <= from.length && from.length == to.length && lo.length == hi.length;
    @ requires (\forall int k; 0 <= k && k < lo.length; lo[k] != null && hi[k] != null
    @            && lo[k].length == from.length && hi[k].length == from.length);
    @ requires (\forall int k; 0 <= k && k < lo.length; (\forall int i; 0 <= i && i < from.length;
    @            -9223372036854775808L <= lo[k][i] && lo[k][i] <= 9223372036854775807L
    @            && -9223372036854775808L <= hi[k][i] && hi[k][i] <= 9223372036854775807L));
    @ requires (\forall int i; 0 <= i && i < from.length;
    @            -9223372036854775808L <= from[i] && from[i] <= 9223372036854775807L
    @            && -9223372036854775808L <= to[i] && to[i] <= 9223372036854775807L);
    @ ensures \result ==> (\forall int k; 0 <= k && k < lo.length;
    @            (\forall int i; 0 <= i && i < from.length;
    @               from[i] <= lo[k][i] && lo[k][i] < hi[k][i] && hi[k][i] <= to[i]));
    @ ensures \result ==> (\forall int k; 0 <= k && k < lo.length; (\forall int j; 0 <= j && j < k;
    @            (\num_of int i; 0 <= i && i < from.length;
    @               hi[j][i] <= lo[k][i] || hi[k][i] <= lo[j][i]) >= 1));
    @ ensures \result ==> (\sum int k; 0 <= k && k < lo.length;
    @            (\product int i; 0 <= i && i < from.length; (\bigint) hi[k][i] - lo[k][i]))
    @          == (\product int i; 0 <= i && i < from.length; (\bigint) to[i] - from[i]);
    @ assignable \strictly_nothing;
    @*/
  public static boolean coversExactlyOnce(long[][] lo, long[][] hi, long[] from, long[] to) {
    int d = from.length;
    long dv = volume(from, to, d);
    if (dv < 0) {
      return false;
    }
    if (!allInside(lo, hi, from, to, d)) {
      return false;
    }
    if (!pairwiseDisjoint(lo, hi, d)) {
      return false;
    }
    long total = sumOfVolumes(lo, hi, d);
    return total >= 0 && total >= dv; // BROKEN: accepts boxes whose volumes sum to more than the domain
  }

  /** Whether every box is non-empty and inside the domain. */
  /*@ private normal_behavior
    @ requires lo != null && hi != null && from != null && to != null && lo.length == hi.length;
    @ requires 0 <= d && d <= from.length && d <= to.length;
    @ requires (\forall int j; 0 <= j && j < lo.length; lo[j] != null && hi[j] != null
    @            && d <= lo[j].length && d <= hi[j].length);
    @ ensures \result ==> (\forall int k; 0 <= k && k < lo.length; (\forall int i; 0 <= i && i < d;
    @            from[i] <= lo[k][i] && lo[k][i] < hi[k][i] && hi[k][i] <= to[i]));
    @ assignable \strictly_nothing;
    @*/
  private static boolean allInside(long[][] lo, long[][] hi, long[] from, long[] to, int d) {
    /*@ loop_invariant 0 <= n && n <= lo.length;
      @ loop_invariant (\forall int j; 0 <= j && j < n; (\forall int i; 0 <= i && i < d;
      @                   from[i] <= lo[j][i] && lo[j][i] < hi[j][i] && hi[j][i] <= to[i]));
      @ assignable \strictly_nothing;
      @ decreases lo.length - n;
      @*/
    for (int n = 1; n < lo.length; n++) { // BROKEN: never checks box 0
      if (!inside(lo[n], hi[n], from, to, d)) {
        return false;
      }
    }
    return true;
  }

  /** The exact sum of the boxes' volumes, or -1 when a volume or the sum does not fit. */
  /*@ private normal_behavior
    @ requires lo != null && hi != null && lo.length == hi.length && 0 <= d;
    @ requires (\forall int j; 0 <= j && j < lo.length; lo[j] != null && hi[j] != null
    @            && d <= lo[j].length && d <= hi[j].length);
    @ requires (\forall int j; 0 <= j && j < lo.length; (\forall int i; 0 <= i && i < d;
    @            -9223372036854775808L <= lo[j][i] && lo[j][i] <= 9223372036854775807L
    @            && -9223372036854775808L <= hi[j][i] && hi[j][i] <= 9223372036854775807L));
    @ ensures \result == -1 || (\result >= 0 && \result == (\sum int k; 0 <= k && k < lo.length;
    @            (\product int i; 0 <= i && i < d; (\bigint) hi[k][i] - lo[k][i])));
    @ assignable \strictly_nothing;
    @*/
  private static long sumOfVolumes(long[][] lo, long[][] hi, int d) {
    long total = 0;
    /*@ loop_invariant 0 <= k && k <= lo.length;
      @ loop_invariant 0 <= total;
      @ loop_invariant total == (\sum int j; 0 <= j && j < k;
      @                   (\product int i; 0 <= i && i < d; (\bigint) hi[j][i] - lo[j][i]));
      @ assignable \strictly_nothing;
      @ decreases lo.length - k;
      @*/
    for (int k = 0; k < lo.length; k++) {
      long v = volume(lo[k], hi[k], d);
      if (v < 0 || total > 9223372036854775807L - v) {
        return 0; // BROKEN: a volume or sum that does not fit gives 0, not -1
      }
      total = total + v;
    }
    return total;
  }

  /**
   * The volume {@code prod_i (b[i] - a[i])} of the box {@code [a, b)}, or -1 when an edge is
   * empty or the volume does not fit in a long.
   */
  /*@ private normal_behavior
    @ requires a != null && b != null && 0 <= d && d <= a.length && d <= b.length;
    @ requires (\forall int i; 0 <= i && i < d;
    @            -9223372036854775808L <= a[i] && a[i] <= 9223372036854775807L
    @            && -9223372036854775808L <= b[i] && b[i] <= 9223372036854775807L);
    @ ensures \result == -1
    @         || (\result >= 1 && \result == (\product int i; 0 <= i && i < d; (\bigint) b[i] - a[i]));
    @ assignable \strictly_nothing;
    @*/
  private static long volume(long[] a, long[] b, int d) {
    long v = 1;
    /*@ loop_invariant 0 <= i && i <= d;
      @ loop_invariant 1 <= v;
      @ loop_invariant v == (\product int j; 0 <= j && j < i; (\bigint) b[j] - a[j]);
      @ assignable \strictly_nothing;
      @ decreases d - i;
      @*/
    for (int i = 0; i < d; i++) {
      if (a[i] >= b[i]) {
        return -1;
      }
      if (a[i] < 0 && b[i] > 9223372036854775807L + a[i] + 1) { // BROKEN: lets an edge of 2^63 through
        return -1;
      }
      long p = times(v, b[i] - a[i]);
      if (p < 0) {
        return -1;
      }
      v = p;
    }
    return v;
  }

  /** {@code v e} if it fits in a long, else -1 (for positive factors). */
  /*@ private normal_behavior
    @ requires 1 <= v && 1 <= e;
    @ ensures \result == -1 || (\result >= 1 && \result == (\bigint) v * e);
    @ assignable \strictly_nothing;
    @*/
  private static long times(long v, long e) {
    if (v > 9223372036854775807L / e + 1) { // BROKEN: multiplies once past the long range
      return -1;
    }
    return v * e;
  }

  /** Whether the box {@code [a, b)} is non-empty and inside {@code [from, to)}. */
  /*@ private normal_behavior
    @ requires a != null && b != null && from != null && to != null;
    @ requires 0 <= d && d <= a.length && d <= b.length && d <= from.length && d <= to.length;
    @ ensures \result <==> (\forall int i; 0 <= i && i < d;
    @            from[i] <= a[i] && a[i] < b[i] && b[i] <= to[i]);
    @ assignable \strictly_nothing;
    @*/
  private static boolean inside(long[] a, long[] b, long[] from, long[] to, int d) {
    /*@ loop_invariant 0 <= i && i <= d;
      @ loop_invariant (\forall int j; 0 <= j && j < i; from[j] <= a[j] && a[j] < b[j] && b[j] <= to[j]);
      @ assignable \strictly_nothing;
      @ decreases d - i;
      @*/
    for (int i = 0; i < d; i++) {
      if (from[i] > a[i] || a[i] > b[i] || b[i] > to[i]) { // BROKEN: accepts an empty edge
        return false;
      }
    }
    return true;
  }

  /** Whether every two boxes are separated in some dimension. */
  /*@ private normal_behavior
    @ requires lo != null && hi != null && lo.length == hi.length;
    @ requires 0 <= d;
    @ requires (\forall int j; 0 <= j && j < lo.length; lo[j] != null && hi[j] != null
    @            && d <= lo[j].length && d <= hi[j].length);
    @ ensures \result <==> (\forall int k; 0 <= k && k < lo.length; (\forall int j; 0 <= j && j < k;
    @            (\num_of int i; 0 <= i && i < d; hi[j][i] <= lo[k][i] || hi[k][i] <= lo[j][i]) >= 1));
    @ assignable \strictly_nothing;
    @*/
  private static boolean pairwiseDisjoint(long[][] lo, long[][] hi, int d) {
    /*@ loop_invariant 0 <= m && m <= lo.length;
      @ loop_invariant (\forall int b; 0 <= b && b < m; (\forall int j; 0 <= j && j < b;
      @                   (\num_of int i; 0 <= i && i < d; hi[j][i] <= lo[b][i] || hi[b][i] <= lo[j][i]) >= 1));
      @ assignable \strictly_nothing;
      @ decreases lo.length - m;
      @*/
    for (int m = 0; m < lo.length - 1; m++) { // BROKEN: never compares the last box
      if (!disjointFromEarlier(lo, hi, m, d)) {
        return false;
      }
    }
    return true;
  }

  /** Whether box k is separated from every box j < k in some dimension. */
  /*@ private normal_behavior
    @ requires lo != null && hi != null && 0 <= k && k < lo.length && lo.length == hi.length;
    @ requires 0 <= d;
    @ requires (\forall int j; 0 <= j && j <= k; lo[j] != null && hi[j] != null
    @            && d <= lo[j].length && d <= hi[j].length);
    @ ensures \result <==> (\forall int j; 0 <= j && j < k;
    @            (\num_of int i; 0 <= i && i < d; hi[j][i] <= lo[k][i] || hi[k][i] <= lo[j][i]) >= 1);
    @ assignable \strictly_nothing;
    @*/
  private static boolean disjointFromEarlier(long[][] lo, long[][] hi, int k, int d) {
    /*@ loop_invariant 0 <= j && j <= k;
      @ loop_invariant (\forall int q; 0 <= q && q < j;
      @                   (\num_of int i; 0 <= i && i < d; hi[q][i] <= lo[k][i] || hi[k][i] <= lo[q][i]) >= 1);
      @ assignable \strictly_nothing;
      @ decreases k - j;
      @*/
    for (int j = 1; j < k; j++) { // BROKEN: never compares with box 0
      if (!separated(lo[j], hi[j], lo[k], hi[k], d)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether some dimension i < d separates {@code [a1, b1)} and {@code [a2, b2)}: the number of
   * separating dimensions is at least 1. The loop counts them; its invariant splits the count
   * over all d dimensions into the part already seen ({@code c}) and the rest, so no bound on a
   * partial count is needed (proofs/README.md, sixth round).
   */
  /*@ private normal_behavior
    @ requires a1 != null && b1 != null && a2 != null && b2 != null;
    @ requires 0 <= d && d <= a1.length && d <= b1.length && d <= a2.length && d <= b2.length;
    @ ensures \result <==> (\num_of int i; 0 <= i && i < d; b1[i] <= a2[i] || b2[i] <= a1[i]) >= 1;
    @ assignable \strictly_nothing;
    @*/
  private static boolean separated(long[] a1, long[] b1, long[] a2, long[] b2, int d) {
    int c = 0;
    /*@ loop_invariant 0 <= i && i <= d;
      @ loop_invariant 0 <= c && c <= i;
      @ loop_invariant (\num_of int j; 0 <= j && j < d; b1[j] <= a2[j] || b2[j] <= a1[j])
      @              == c + (\num_of int j; i <= j && j < d; b1[j] <= a2[j] || b2[j] <= a1[j]);
      @ assignable \strictly_nothing;
      @ decreases d - i;
      @*/
    for (int i = 0; i < d; i++) {
      if (b1[i] < a2[i] || b2[i] <= a1[i]) { // BROKEN: touching boxes count as overlapping
        c++;
      }
    }
    return c >= 1;
  }
}
