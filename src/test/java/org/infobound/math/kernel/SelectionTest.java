package org.infobound.math.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SelectionTest {

  // rewards with the maximum 7 at indices 1, 3 and 6 (counted by hand)
  private static final int[] TIED = {3, 7, -2, 7, 0, 5, 7};

  @Test
  void firstMaxIndexPicksTheEarliestOfTiedMaxima() {
    assertEquals(1, Selection.firstMaxIndex(TIED));
  }

  @Test
  void firstMaxIndexHandlesSingletonsNegativesAndExtremes() {
    assertEquals(0, Selection.firstMaxIndex(new int[] {-5}));
    assertEquals(2, Selection.firstMaxIndex(new int[] {-9, -8, -1, -3}));
    assertEquals(1, Selection.firstMaxIndex(
        new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE}));
  }

  @Test
  void countMaxCountsTiedMaxima() {
    assertEquals(3, Selection.countMax(TIED));
    assertEquals(1, Selection.countMax(new int[] {1, 2, 3}));
    assertEquals(4, Selection.countMax(new int[] {0, 0, 0, 0}));
  }

  @Test
  void kthMaxIndexWalksTheTiedMaximaInIndexOrder() {
    assertEquals(1, Selection.kthMaxIndex(TIED, 0));
    assertEquals(3, Selection.kthMaxIndex(TIED, 1));
    assertEquals(6, Selection.kthMaxIndex(TIED, 2));
  }

  @Test
  void kthMaxIndexRejectsRanksOutsideTheTies() {
    assertThrows(IllegalArgumentException.class, () -> Selection.kthMaxIndex(TIED, 3));
    assertThrows(IllegalArgumentException.class, () -> Selection.kthMaxIndex(TIED, -1));
  }

  @Test
  void emptyOrNullRewardsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Selection.firstMaxIndex(new int[0]));
    assertThrows(IllegalArgumentException.class, () -> Selection.countMax(null));
    assertThrows(IllegalArgumentException.class, () -> Selection.kthMaxIndex(new int[0], 0));
  }
}
