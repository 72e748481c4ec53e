// BROKEN COPY for GateNonVacuityTest (proofs/README.md, "Non-vacuity"): the marked line is wrong
// on purpose, so KeY must leave the contract open. Not compiled (test resource).
package org.infobound.math.kernel;

/**
 * Certified exhaustion of an integer range: the values {@code lo, lo + 1, ..., hi} as a fresh
 * array, or "too many".
 *
 * <p>The count {@code hi - lo + 1} and every value {@code lo + i} are computed without
 * overflow, so a walk over the result cannot wrap around at {@code 2^63} (a wrap-around once
 * made exhaustion PROVE false claims). The contract has one case per answer (empty, refused,
 * the values); the result is {@code nullable} (JML results are non-null by default, so without
 * it the refusal could not be proved). Which cases the gate closes: proofs/README.md;
 * IntRangeTest covers both ends of the long range.
 * Ranges whose ends do not fit in {@code long} are refused by the caller before this point.
 *
 * <p>Verified kernel (proofs/README.md); plain Java subset only.
 */
public final class IntRange {

  private IntRange() {
  }

  /**
   * The values {@code lo, lo + 1, ..., hi} in increasing order (empty if {@code lo > hi}), or
   * null if there are more than {@code max}.
   *
   * @param lo  first value
   * @param hi  last value
   * @param max largest count to enumerate, {@code max >= 1}
   * @return a fresh array with {@code result[i] = lo + i}, {@code result.length = hi - lo + 1};
   *         or null when {@code hi - lo + 1 > max}
   * @throws IllegalArgumentException if {@code max < 1}
   */
  /*@ public normal_behavior
    @ requires 1 <= max && lo > hi;
    @ ensures \result != null && \fresh(\result) && \result.length == 0;
    @ assignable \nothing;
    @ also public normal_behavior
    @ requires 1 <= max && lo <= hi && (\bigint) hi - (\bigint) lo >= max;
    @ ensures \result == null;
    @ assignable \nothing;
    @ also public normal_behavior
    @ requires 1 <= max && lo <= hi && (\bigint) hi - (\bigint) lo < max;
    @ ensures \result != null && \fresh(\result);
    @ ensures \result.length == (\bigint) hi - (\bigint) lo + 1;
    @ ensures (\forall int i; 0 <= i && i < \result.length; \result[i] == (\bigint) lo + i);
    @ assignable \nothing;
    @ also public exceptional_behavior
    @ requires max < 1;
    @ signals_only IllegalArgumentException;
    @ signals (IllegalArgumentException e) true;
    @ assignable \nothing;
    @*/
  public static /*@ nullable @*/ long[] values(long lo, long hi, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("values: need max >= 1");
    }
    if (lo > hi) {
      return null; // BROKEN: no answer for the empty range
    }
    // hi - lo + 1 > max, decided without overflow. When lo < 0 <= hi, hi - lo may not fit in a
    // long; then more than max values exist as soon as hi >= max or lo <= -max, and otherwise
    // hi - lo < 2 max fits. In the other sign cases hi - lo fits (0 <= hi - lo <= 2^63 - 1).
    if (lo < 0 && hi >= 0) {
      if (hi >= max || lo <= -max) {
        return null;
      }
    }
    if (hi - lo > max) { // BROKEN: enumerates max + 1 values
      return null;
    }
    int count = (int) (hi - lo + 1);
    long[] out = new long[count];
    /*@ loop_invariant 0 <= i && i <= count;
      @ loop_invariant (\forall int j; 0 <= j && j < i; out[j] == (\bigint) lo + j);
      @ assignable out[*];
      @ decreases count - i;
      @*/
    for (int i = 0; i + 1 < count; i++) { // BROKEN: never writes the last value
      out[i] = lo + i;
    }
    return out;
  }
}
