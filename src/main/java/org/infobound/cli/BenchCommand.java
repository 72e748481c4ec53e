package org.infobound.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.DoubleSupplier;
import org.infobound.math.discrete.BestOfN;
import org.infobound.math.discrete.DiscreteLaw;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code infobound bench}: one line per workload, {@code NAME key=value ...}, with the same
 * workload names as {@code src/bench/python/baseline.py} so the figures can be set side by side
 * (BENCHMARKS.md). Wall times are the best of several runs after JIT warm-up. Workloads:
 * {@code exact_kl_bon_m1e6_n1e4 seconds=S}, {@code random_search_bon_kl instances_per_s=R} (one thread),
 * {@code random_search_bon_kl_parallel instances_per_s=R} (every core),
 * {@code random_search_bon_kl_routes compiled=C interpreted=I ...} (the compiled batch float
 * route's share, the float evaluation time of the instances it flagged to the interpreter,
 * {@code interpreted_seconds} and {@code interpreted_time_share} of the search's seconds, and the
 * certified confirmations' cost),
 * {@code random_search_bon_kl_interpreted instances_per_s=R} (one thread, compiled route off) and
 * {@code refute_bon_equality seconds=S} ({@link EngineBench}); {@code --quick} is a smoke run.
 */
@Command(name = "bench", description = "Run the benchmark workloads and print NAME key=value lines.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--quick", description = "Short smoke run (fewer repetitions).")
    private boolean quick;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        exactKlBon(out);
        out.flush();
        EngineBench engine = new EngineBench(quick);
        engine.randomSearch(out);
        out.flush();
        engine.refuteEquality(out);
        out.flush();
        return Main.EXIT_OK;
    }

    /**
     * Exact KL(bon(p, n) || p) for k = 10^6 outcomes (Dirichlet(1) masses, rewards a random
     * permutation of 0..k-1, as in baseline.py) and n = 10^4.
     */
    private void exactKlBon(PrintWriter out) {
        int k = 1_000_000;
        long n = 10_000;
        SplittableRandom rng = new SplittableRandom(20241127);
        double[] w = new double[k];
        double[] rewards = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = -Math.log(1 - rng.nextDouble());
            s += w[i];
            rewards[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            double t = rewards[i];
            rewards[i] = rewards[j];
            rewards[j] = t;
        }
        double rest = 1;
        for (int i = 0; i < k; i++) {
            w[i] /= s;
            rest -= w[i];
        }
        w[0] += rest;
        DiscreteLaw law = DiscreteLaw.categorical(w, rewards);
        Timing t = time(() -> BestOfN.klToReference(law, n), quick ? 3 : 10, quick ? 3 : 15);
        out.printf("exact_kl_bon_m1e6_n1e4 seconds=%.4f median_seconds=%.4f value=%.6f runs=%d%n",
                t.best, t.median, t.value, t.runs);
    }

    private record Timing(double best, double median, double value, int runs) {
    }

    private static Timing time(DoubleSupplier work, int warmups, int runs) {
        double value = Double.NaN;
        for (int i = 0; i < warmups; i++) {
            value = work.getAsDouble();
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            value = work.getAsDouble();
            seconds.add((System.nanoTime() - t0) / 1e9);
        }
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Timing(sorted[0], sorted[sorted.length / 2], value, runs);
    }
}
