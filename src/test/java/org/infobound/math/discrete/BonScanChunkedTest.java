package org.infobound.math.discrete;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The chunked, multi-core best-of-n scan (BonScan.scanChunked): the same value to the last bit
 * for any number of threads, and the closed-form value (computed with mpmath at 40 digits from
 * sum_g (F_g^n - F_{g-1}^n) log((F_g^n - F_{g-1}^n) / m_g) for the uniform law).
 */
class BonScanChunkedTest {

    /** Uniform law on 3000 outcomes, every outcome its own group, n = 50 (mpmath). */
    static final double UNIFORM_3000_N50 = 2.932011426605723907434714;
    /** The same law with rewards tied in groups of 4 (uniform tie rule), n = 50 (mpmath). */
    static final double UNIFORM_3000_TIES4_N50 = 2.931837762071484463772869;
    /** Uniform law on 3000 outcomes, n = 7 (mpmath). */
    static final double UNIFORM_3000_N7 = 1.088767058579141553193203;

    private static double[] uniform(int k) {
        double[] p = new double[k];
        java.util.Arrays.fill(p, 1.0 / k);
        return p;
    }

    private static double[] groups(int k, int g) {
        double[] keys = new double[k];
        for (int i = 0; i < k; i++) {
            keys[i] = i / g;
        }
        return keys;
    }

    @Test
    void chunkedScanMatchesTheClosedFormForAnyChunkSize() {
        for (int chunk : new int[] {7, 64, 1000, 1 << 15}) {
            assertEquals(UNIFORM_3000_N50, BonScan.scanChunked(uniform(3000), null, 50, null, chunk, null), 1e-13);
            assertEquals(UNIFORM_3000_N7, BonScan.scanChunked(uniform(3000), null, 7, null, chunk, null), 1e-13);
            assertEquals(UNIFORM_3000_TIES4_N50,
                    BonScan.scanChunked(uniform(3000), groups(3000, 4), 50, null, chunk, null), 1e-13);
        }
    }

    @Test
    void sameBitsForAnyNumberOfThreads() {
        SplittableRandom rng = new SplittableRandom(16);
        int k = 5000;
        double[] p = new double[k];
        double[] keys = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            p[i] = -Math.log(1 - rng.nextDouble());
            s += p[i];
            // sorted keys with runs of ties, some longer than a chunk
            keys[i] = i < 300 ? 0 : i / (1 + rng.nextInt(3) * 100);
        }
        for (int i = 0; i < k; i++) {
            p[i] /= s;
        }
        java.util.Arrays.sort(keys);
        for (long n : new long[] {2, 1000, 1_000_000_000L}) {
            double[] out1 = new double[k];
            double one = BonScan.scanChunked(p, keys, n, out1, 64, null);
            for (int threads = 1; threads <= 4; threads++) {
                ForkJoinPool pool = new ForkJoinPool(threads);
                try {
                    double[] out = new double[k];
                    double v = BonScan.scanChunked(p, keys, n, out, 64, pool);
                    assertEquals(Double.doubleToRawLongBits(one), Double.doubleToRawLongBits(v),
                            "n = " + n + ", threads = " + threads);
                    assertArrayEquals(out1, out);
                } finally {
                    pool.shutdown();
                }
            }
            assertEquals(Double.doubleToRawLongBits(one),
                    Double.doubleToRawLongBits(BonScan.scanChunked(p, keys, n, null, 64, ForkJoinPool.commonPool())));
            // and the sequential scan within a few ulps per group
            assertEquals(BonScan.scanSequential(p, keys, n, null), one, 1e-12);
        }
    }

    @Test
    void chunkBoundariesNeverSplitAGroup() {
        double[] keys = {0, 0, 0, 0, 0, 1, 1, 2, 3, 3, 3, 3};
        assertArrayEquals(new int[] {0, 5, 8, 12}, BonScan.chunkBounds(keys, keys.length, 2));
        assertArrayEquals(new int[] {0, 2, 4, 5}, BonScan.chunkBounds(null, 5, 2));
    }

    @Test
    void largeLawsTakeTheChunkedRoute() {
        int k = BonScan.PARALLEL_FROM;
        double[] p = uniform(k);
        assertEquals(Double.doubleToRawLongBits(BonScan.scanChunked(p, null, 10_000, null, BonScan.CHUNK, null)),
                Double.doubleToRawLongBits(BonScan.scan(p, null, 10_000, null)));
    }
}
