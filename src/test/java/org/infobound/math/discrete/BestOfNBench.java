package org.infobound.math.discrete;

import java.util.SplittableRandom;

/**
 * Manual benchmark (not a test): exact KL(bon(p, n) || p) for k = 10^6 outcomes, n = 10^4,
 * rewards sorted (no sort needed) and shuffled (one radix sort). Run with
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
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = -Math.log(rng.nextDouble());
            s += w[i];
            sorted[i] = i;
            shuffled[i] = rng.nextDouble();
        }
        double rest = 1;
        for (int i = 0; i < k; i++) {
            w[i] /= s;
            rest -= w[i];
        }
        w[0] += rest;
        DiscreteLaw a = DiscreteLaw.categorical(w, sorted);
        DiscreteLaw b = DiscreteLaw.categorical(w, shuffled);
        for (DiscreteLaw law : new DiscreteLaw[] {a, b}) {
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
                    law == a ? "sorted" : "shuffled", kl, times[7] / 1e6, times[0] / 1e6,
                    cpu[7] / 1e6, cpu[0] / 1e6);
        }
    }
}
