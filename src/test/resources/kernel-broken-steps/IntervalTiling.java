// BROKEN COPY for GateNonVacuityTest (proofs/README.md, "Non-vacuity"): the marked line is wrong
// on purpose, so KeY must leave the contract open. Not compiled (test resource).
package org.infobound.math.kernel;

/**
 * Replaying a one-dimensional proof certificate: do the leaves' half-open integer intervals,
 * in left-to-right order, tile the domain {@code [from, to)} exactly once?
 *
 * <p>Leaf i is {@code [lo[i], hi[i])} (a dyadic cell of level l and index x of the prover's
 * grid is {@code [x 2^(M-l), (x+1) 2^(M-l))}, an integer cell {@code first..last} is
 * {@code [first, last + 1)}). The leaves tile {@code [from, to)} exactly once iff there is at
 * least one leaf, the first starts at {@code from}, every leaf is non-empty, each starts where
 * the previous one ends, and the last ends at {@code to}: then the ends increase strictly, so
 * every integer of {@code [from, to)} lies in exactly one leaf (no gap, no overlap). The
 * condition is linear, so KeY proves the contract with overflow checking without lemmas.
 *
 * <p>This is the tiling check of one-dimensional certificates (engine.prove.Tiling), the only
 * one: a certificate is accepted only if this method returns true. Verified kernel
 * (proofs/README.md); plain Java subset only.
 */
public final class IntervalTiling {

  private IntervalTiling() {
  }

  /**
   * Whether the intervals {@code [lo[i], hi[i])}, in this order, tile {@code [from, to)}
   * exactly once.
   *
   * @param lo   left ends
   * @param hi   right ends (exclusive), same length as {@code lo}
   * @param from left end of the domain
   * @param to   right end of the domain (exclusive)
   * @return true iff the intervals tile the domain exactly once in this order
   * @throws IllegalArgumentException if an array is null or the lengths differ
   */
  /*@ public normal_behavior
    @ requires lo != null && hi != null && lo.length == hi.length;
    @ ensures \result <==> (lo.length >= 1 && lo[0] == from && hi[lo.length - 1] == to
    @            && (\forall int i; 0 <= i && i < lo.length; lo[i] < hi[i])
    @            && (\forall int i; 0 < i && i < lo.length; hi[i - 1] == lo[i]));
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires lo == null || hi == null || lo.length != hi.length;
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static boolean tilesExactlyOnce(long[] lo, long[] hi, long from, long to) {
    if (lo == null || hi == null || lo.length != hi.length) {
      throw new IllegalArgumentException("interval tiling: need two arrays of equal length");
    }
    if (lo.length == 0 || lo[0] != from) {
      return false;
    }
    /*@ loop_invariant 0 <= i && i <= lo.length;
      @ loop_invariant (\forall int j; 0 <= j && j < i; lo[j] < hi[j]);
      @ loop_invariant (\forall int j; 0 < j && j < i; hi[j - 1] == lo[j]);
      @ assignable \strictly_nothing;
      @ decreases lo.length - i;
      @*/
    for (int i = 0; i < lo.length; i++) {
      if (lo[i] >= hi[i]) {
        return false;
      }
      if (i > 0 && hi[i - 1] < lo[i]) { // BROKEN: lets overlapping leaves through
        return false;
      }
    }
    return hi[lo.length - 1] == to;
  }
}
