package org.infobound.math.discrete;

import java.util.SplittableRandom;

/**
 * Manual benchmark (not a test): exact KL(bon(p, n) || p) for k = 10^6 outcomes, n = 10^4,
 * rewards sorted (no sort needed), uniform random, and a random permutation of 0..k-1 (the
 * workload of src/bench/python/baseline.py; one radix sort each). Run with
 * {@code java -cp target/classes:target/test-classes:<hipparchus jars>
 * org.infobound.math.discrete.BestOfNBench}. Prints the median of 15 runs after 10 warm-ups.
 */
final class BestOfNBench {

    private BestOfNBench() {
    }

    public static void main(String[] args) {
        int k = 1_000_000;
        long n = 10_000;
        SplittableRandom rng = new SplittableRandom(1);
        double[] w = new double[k];
        double[] sorted = new double[k];
        double[] shuffled = new double[k];
        double[] permuted = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = -Math.log(rng.nextDouble());
            s += w[i];
            sorted[i] = i;
            shuffled[i] = rng.nextDouble();
            permuted[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double t = permuted[i];
            permuted[i] = permuted[j];
            permuted[j] = t;
        }
        double rest = 1;
        for (int i = 0; i < k; i++) {
            w[i] /= s;
            rest -= w[i];
        }
        w[0] += rest;
        DiscreteLaw a = DiscreteLaw.categorical(w, sorted);
        DiscreteLaw b = DiscreteLaw.categorical(w, shuffled);
        DiscreteLaw c = DiscreteLaw.categorical(w, permuted);
        String[] names = {"sorted", "uniform random", "permuted 0..k-1 (as baseline.py)"};
        DiscreteLaw[] laws = {a, b, c};
        for (int li = 0; li < laws.length; li++) {
            DiscreteLaw law = laws[li];
            double kl = 0;
            for (int i = 0; i < 10; i++) {
                kl = BestOfN.klToReference(law, n);
            }
            long[] times = new long[15];
            long[] cpu = new long[15];
            java.lang.management.ThreadMXBean mx =
                    java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < times.length; i++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                kl = BestOfN.klToReference(law, n);
                times[i] = System.nanoTime() - t0;
                cpu[i] = mx.getCurrentThreadCpuTime() - c0;
            }
            java.util.Arrays.sort(times);
            java.util.Arrays.sort(cpu);
            System.out.printf("%s rewards: KL = %.12f, wall median %.1f ms (min %.1f), "
                    + "thread CPU median %.1f ms (min %.1f)%n",
                    names[li], kl, times[7] / 1e6, times[0] / 1e6,
                    cpu[7] / 1e6, cpu[0] / 1e6);
        }
    }
}
