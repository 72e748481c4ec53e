package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/**
 * The three ways to build a probability vector denote exact rationals summing to 1, and equality
 * is equality of those rationals whatever the representation. Expected values by hand.
 */
class DistInputTest {

    private static BigFraction sum(List<BigFraction> ps) {
        BigFraction s = BigFraction.ZERO;
        for (BigFraction p : ps) {
            s = s.add(p);
        }
        return s;
    }

    @Test
    void doublesOnTheGridGiveTheBalanceExactly() {
        Input.DistInput d = Input.DistInput.ofDoubles(new double[] {0.25, 0.0, 0.125}, 1);
        assertEquals(List.of(BigFraction.ONE_QUARTER, new BigFraction(5, 8), new BigFraction(1, 8)), d.probs());
        assertEquals(0.625, d.approx()[1]);
    }

    @Test
    void aTinyMassKeepsTheSumExactlyOne() {
        Input.DistInput d = Input.DistInput.ofDoubles(new double[] {1e-300, 0, 0.5}, 1);
        BigFraction tiny = new BigFraction(1e-300);
        assertEquals(tiny, d.probs().get(0));
        assertEquals(BigFraction.ONE_HALF.subtract(tiny), d.probs().get(1));
        assertEquals(BigFraction.ONE, sum(d.probs()));
        // 1/2 - 1e-300 rounds to 1/2
        assertEquals(0.5, d.approx()[1]);
    }

    @Test
    void offGridEntriesThatMatterAreRoundedFromTheExactRest() {
        // 0.1 is not a multiple of 2^-52; the balance is 1 - 0.1 - 0.2 (as doubles), rounded once
        Input.DistInput d = Input.DistInput.ofDoubles(new double[] {0.1, 0.2, 0}, 2);
        BigFraction rest = BigFraction.ONE.subtract(new BigFraction(0.1)).subtract(new BigFraction(0.2));
        assertEquals(rest, d.probs().get(2));
        assertEquals(rest.doubleValue(), d.approx()[2]);
        assertEquals(BigFraction.ONE, sum(d.probs()));
    }

    @Test
    void subnormalAndLargeEntriesTogether() {
        double sub = Double.MIN_VALUE;
        Input.DistInput d = Input.DistInput.ofDoubles(new double[] {sub, 0.3, 0}, 2);
        BigFraction expect = BigFraction.ONE.subtract(new BigFraction(0.3))
                .subtract(new BigFraction(BigInteger.ONE, BigInteger.ONE.shiftLeft(1074)));
        assertEquals(expect, d.probs().get(2));
    }

    @Test
    void countsAreProportions() {
        Input.DistInput d = Input.DistInput.ofCounts(new long[] {1, 0, 2});
        assertEquals(List.of(new BigFraction(1, 3), BigFraction.ZERO, new BigFraction(2, 3)), d.probs());
    }

    @Test
    void equalityIsOfTheExactVectors() {
        Input.DistInput a = Input.DistInput.ofCounts(new long[] {1, 1});
        Input.DistInput b = Input.DistInput.ofCounts(new long[] {3, 3});
        Input.DistInput c = new Input.DistInput(List.of(BigFraction.ONE_HALF, BigFraction.ONE_HALF));
        Input.DistInput d = Input.DistInput.ofDoubles(new double[] {0, 0.5}, 0);
        Input.DistInput e = Input.DistInput.ofDoubles(new double[] {0.5, 0}, 1);
        for (Input.DistInput x : List.of(a, b, c, d, e)) {
            for (Input.DistInput y : List.of(a, b, c, d, e)) {
                assertEquals(x, y);
                assertEquals(x.hashCode(), y.hashCode());
            }
        }
        assertNotEquals(a, Input.DistInput.ofCounts(new long[] {1, 2}));
        assertNotEquals(Input.DistInput.ofDoubles(new double[] {1e-300, 0}, 1),
                Input.DistInput.ofDoubles(new double[] {2e-300, 0}, 1));
        assertEquals("[1/2, 1/2]", d.text());
    }

    @Test
    void badVectorsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Input.DistInput.ofDoubles(new double[] {0.75, 0.5, 0}, 2));
        assertThrows(IllegalArgumentException.class, () -> Input.DistInput.ofDoubles(new double[] {-0.1, 0}, 1));
        assertThrows(IllegalArgumentException.class, () -> Input.DistInput.ofDoubles(new double[] {0.7, 0.3000001, 0}, 2));
        assertThrows(IllegalArgumentException.class, () -> Input.DistInput.ofCounts(new long[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> Input.DistInput.ofCounts(new long[] {1, -1}));
    }
}
