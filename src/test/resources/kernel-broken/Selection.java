package org.infobound.math.kernel;

/**
 * DELIBERATELY BROKEN copy of Selection.firstMaxIndex for the gate's non-vacuity test
 * (GateNonVacuityTest): the comparison is {@code >=} instead of {@code >}, so the method returns
 * the LAST maximal index while its contract still promises the first. The gate must report the
 * normal_behavior contract OPEN and fail. Never copy this into the kernel directory.
 */
public final class Selection {

  private Selection() {
  }

  /*@ public normal_behavior
    @ requires a != null;
    @ requires a.length >= 1;
    @ ensures 0 <= \result && \result < a.length;
    @ ensures (\forall int j; 0 <= j && j < a.length; a[j] <= a[\result]);
    @ ensures (\forall int j; 0 <= j && j < \result; a[j] < a[\result]);
    @ assignable \strictly_nothing;
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
      if (a[i] >= a[best]) {
        best = i;
      }
    }
    return best;
  }

  /** A public method without any contract: the gate must refuse it. */
  public static int uncontracted(int x) {
    return x;
  }
}
