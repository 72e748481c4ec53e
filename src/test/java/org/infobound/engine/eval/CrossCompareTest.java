package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The Clopper-Pearson interval of the cross-check against independent high-precision values. */
class CrossCompareTest {

    private static final double ALPHA = 1e-9 / 3;

    @Test
    void clopperPearsonMatchesMpmathInTheInterior() {
        // mpmath, 40 digits: bisection on the exact binomial tails of m = 10000 trials,
        // P(X >= x; lo) = alpha/2 and P(X <= x; hi) = alpha/2, alpha = 1e-9/3
        double[] five = ClopperPearson.interval(10_000, 5, ALPHA);
        assertEquals(2.8999476035462813e-6, five[0], 1e-15);
        assertEquals(0.0035702033076025843, five[1], 1e-15);
        double[] half = ClopperPearson.interval(10_000, 5000, ALPHA);
        assertEquals(0.46856976388518467, half[0], 1e-15);
        assertEquals(0.53143023611481533, half[1], 1e-15);
    }

    @Test
    void clopperPearsonEndsHaveTheirClosedForms() {
        // mpmath, 50 digits: 1 - (alpha/2)^(1/m)
        double[] zero = ClopperPearson.interval(10_000, 0, ALPHA);
        assertEquals(0, zero[0]);
        assertEquals(0.0022489697999678347702, zero[1], 1e-15);
        double[] all = ClopperPearson.interval(10_000, 10_000, ALPHA);
        assertEquals(1 - 0.0022489697999678347702, all[0], 1e-15);
        assertEquals(1, all[1]);
    }

    @Test
    void aCountFarOutsideItsIntervalIsADisagreement() {
        CrossTally t = new CrossTally(0);
        // 5000 of 10000 against an exact 0.3: far outside any 1e-9 interval
        CrossCompare.counts(t, "law", new String[] {"a", "b"}, new double[] {0.3, 0.7}, new long[] {5000, 5000}, 10_000);
        assertEquals(2, t.comparisons());
        assertEquals(2, t.disagreements().size());
        assertEquals(0.3, t.disagreements().get(0).exact());
        assertEquals(5000, t.disagreements().get(0).count());
    }

    @Test
    void aLawOnTheWrongAlphabetIsADisagreement() {
        CrossTally t = new CrossTally(0);
        CrossCompare.counts(t, "law", new String[] {"a", "b"}, new double[] {0.5, 0.5}, new long[] {1, 2, 3}, 6);
        assertEquals(1, t.disagreements().size());
        assertEquals("number of outcomes", t.disagreements().get(0).outcome());
    }

    @Test
    void hoeffdingHalfWidthIsTheStatedOne() {
        // sqrt(ln(2 / 1e-9) / (2 * 10000)) = 0.0327234 (python math)
        CrossTally t = new CrossTally(0);
        CrossCompare.mean(t, "winrate", 0.5 + 0.0327, 0.5, 10_000);
        assertEquals(0, t.disagreements().size());
        CrossCompare.mean(t, "winrate", 0.5 + 0.0328, 0.5, 10_000);
        assertEquals(1, t.disagreements().size());
    }
}
