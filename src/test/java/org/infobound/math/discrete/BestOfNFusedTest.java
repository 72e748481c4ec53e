package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code BestOfN.klOfBonCategorical} (the search's compiled float route for
 * {@code KL(bon(p, n) || p)}) is the interpreter's composition
 * {@code Divergences.kl(BestOfN.bon(P, n, UNIFORM), P)}, {@code P = DiscreteLaw.categorical(p, r)},
 * to the last bit on random laws (zeros, tiny masses, ties, -0.0 rewards, sorted and unsorted
 * rewards, both sort paths, n from 1 to Long.MAX_VALUE), throws exactly where the composition
 * throws, and agrees with mpmath on small laws.
 */
class BestOfNFusedTest {

    private static double composed(double[] p, double[] r, long n) {
        DiscreteLaw law = DiscreteLaw.categorical(p, r);
        return Divergences.kl(BestOfN.bon(law, n, Ties.UNIFORM), law);
    }

    @Test
    void fusedIsTheCompositionBitForBit() {
        SplittableRandom rnd = new SplittableRandom(61206);
        long[] ns = {1, 2, 3, 7, 1000, 1L << 40, Long.MAX_VALUE};
        int checked = 0;
        for (int round = 0; round < 20_000; round++) {
            int k = round % 10 == 0 ? 1 + rnd.nextInt(120) : 1 + rnd.nextInt(20);
            double[] p = new double[k];
            double[] r = new double[k];
            int kind = rnd.nextInt(5);
            double s = 0;
            for (int i = 0; i < k; i++) {
                p[i] = kind == 0 && rnd.nextInt(3) == 0 ? 0 : kind == 1 && i > 0 ? 1e-300 * rnd.nextDouble()
                        : kind == 2 ? 1 : -Math.log(1 - rnd.nextDouble());
                s += p[i];
                int rk = rnd.nextInt(4);
                r[i] = rk == 0 ? rnd.nextInt(3) : rk == 1 ? -0.0 : rk == 2 ? i : rnd.nextDouble() * 10 - 5;
            }
            if (s == 0) {
                p[0] = 1;
                s = 1;
            }
            for (int i = 0; i < k; i++) {
                p[i] /= s;
            }
            long n = rnd.nextInt(3) == 0 ? ns[rnd.nextInt(ns.length)] : 1 + rnd.nextLong(1L << rnd.nextInt(63));
            double want = composed(p, r, n);
            double got = BestOfN.klOfBonCategorical(p, r, n);
            long wantBits = Double.doubleToRawLongBits(want);
            assertEquals(wantBits, Double.doubleToRawLongBits(got), "k " + k + " n " + n + ": " + want + " vs " + got);
            checked++;
        }
        assertEquals(20_000, checked);
    }

    @Test
    void throwsWhereTheCompositionThrows() {
        double[][] badP = {{0.5, 0.4}, {1.5, -0.5}, {Double.NaN, 1}, {}};
        for (double[] p : badP) {
            double[] r = new double[p.length];
            assertThrows(IllegalArgumentException.class, () -> composed(p, r, 2));
            assertThrows(IllegalArgumentException.class, () -> BestOfN.klOfBonCategorical(p, r, 2));
        }
        double[] p = {0.5, 0.5};
        assertThrows(IllegalArgumentException.class, () -> BestOfN.klOfBonCategorical(p, new double[] {0, Double.NaN}, 2));
        assertThrows(IllegalArgumentException.class, () -> BestOfN.klOfBonCategorical(p, new double[] {0}, 2));
        assertThrows(IllegalArgumentException.class, () -> BestOfN.klOfBonCategorical(p, new double[] {0, 1}, 0));
        assertThrows(IllegalArgumentException.class, () -> composed(p, new double[] {0, 1}, 0));
    }

    @Test
    void agreesWithMpmath() {
        // mpmath, mp.dps = 40: p = (1/2, 1/4, 1/4), n = 3; w_i = F_i^3 - F_(i-1)^3
        // rewards (0, 1, 2): sum w log(w/p) = 0.362390313087684358150864873188599780214
        double kl = BestOfN.klOfBonCategorical(new double[] {0.5, 0.25, 0.25}, new double[] {0, 1, 2}, 3);
        assertEquals(0.36239031308768436, kl, 1e-15);
        // rewards (1, 1, 0), uniform ties: outcome 2 gets (1/4)^3, the tied pair 1 - (1/4)^3 in
        // proportion 2:1: 0.2243630523942132745113476510897850145719
        kl = BestOfN.klOfBonCategorical(new double[] {0.5, 0.25, 0.25}, new double[] {1, 1, 0}, 3);
        assertEquals(0.22436305239421327, kl, 1e-15);
        // n = 1: bon(p, 1) = p, KL 0
        assertEquals(0.0, BestOfN.klOfBonCategorical(new double[] {0.3, 0.7}, new double[] {1, 0}, 1));
    }
}
