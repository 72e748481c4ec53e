package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Bregman series {@code Terms.seriesB} stops at the first term below {@code |sum| 2^-55};
 * its result must be the very double the full 22-term loop gives (the stop is an optimisation,
 * not an approximation), for every d the callers can pass (|d| up to 1/8 plus a few ulps), and
 * the series itself must be B(1+d) = (1+d) log(1+d) - d (mpmath values).
 */
class SeriesEarlyStopTest {

    private static void same(double d) {
        // raw bits (the sign of a zero counts); a NaN d gives a NaN either way (its payload may differ)
        assertEquals(Double.isNaN(d) ? 0L : Double.doubleToRawLongBits(Terms.seriesBFull(d)),
                Double.isNaN(d) ? (Double.isNaN(Terms.seriesB(d)) ? 0L : 1L) : Double.doubleToRawLongBits(Terms.seriesB(d)),
                () -> "d = " + d + " (" + Double.toHexString(d) + "): " + Terms.seriesBFull(d) + " vs " + Terms.seriesB(d));
    }

    @Test
    void earlyStopIsBitIdenticalToTheFullSeries() {
        SplittableRandom rnd = new SplittableRandom(20261206);
        for (int i = 0; i < 1_000_000; i++) {
            // uniform in [-1/8, 1/8], and log-uniform magnitudes from 2^-1074 up to 1/8
            double d = i % 2 == 0 ? rnd.nextDouble(-0.125, 0.125)
                    : (rnd.nextBoolean() ? 1 : -1) * Math.scalb(1 + rnd.nextDouble(), -3 - rnd.nextInt(1072));
            same(d);
        }
        double[] edges = {0.0, -0.0, 0.125, -0.125, Math.nextUp(0.125), Math.nextDown(-0.125), 0.125 * (1 + 0x1p-50),
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-155, -1e-155, 1.5e-154, 1e-160, 1e-8, -1e-8,
            0x1p-26, 0x1p-27, 1e-300, Double.NaN};
        for (double d : edges) {
            same(d);
        }
        // d on a fine grid near the ends and near zero
        for (int j = -5000; j <= 5000; j++) {
            same(j * 0.125 / 5000);
            same(j * 1e-9);
        }
    }

    @Test
    void seriesIsTheBregmanFunction() {
        // mpmath, mp.dps = 40: (1+d)*log(1+d) - d at d = 0.1 and d = -1/8
        assertEquals(0.004841197784757346, Terms.seriesB(0.1), 2 * Math.ulp(0.004841197784757346));
        assertEquals(0.008160031453542705, Terms.seriesB(-0.125), 2 * Math.ulp(0.008160031453542705));
        // tiny d (the early stop after a few terms): mpmath (1+d)*log1p(d) - d at d = 1e-10, mp.dps = 60:
        // 4.99999999983333333334166666666616666666669999999999655158537e-21
        assertEquals(4.999999999833333e-21, Terms.seriesB(1e-10), 2 * Math.ulp(4.999999999833333e-21));
    }
}
