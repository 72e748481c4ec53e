package org.infobound.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.ClaimRunner;
import org.infobound.engine.run.Settings;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Verdict;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;

/**
 * The engine workloads of {@code infobound bench}, run through the engine's public API
 * ({@link ClaimRunner#decide}) on the spec/examples bon claims, as {@code src/bench/python/baseline.py}
 * runs them with numpy and Hypothesis.
 */
final class EngineBench {

    /** The true bound (random search never finds a violation) and the published equality. */
    static final String CLAIMS = "let klbon(n) = log(n) - (n - 1) / n\n"
            + "claim bon_kl_bound forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n)\n"
            + "claim bon_kl_equality forall n in 1..64, p in dist(2..10): KL(bon(p, n) || p) == klbon(n)\n";

    private final ParseResult parsed = Parser.parse(SourceFile.of("bench.claims", CLAIMS));
    private final boolean quick;

    EngineBench(boolean quick) {
        this.quick = quick;
    }

    /**
     * {@code random_search_bon_kl}: falsifier instances per second on the true bound (k in 2..20,
     * n in 1..1000), each a float evaluation of KL(bon(p, n) || p) plus any certified
     * confirmations of float-noise candidates, on one thread (as the numpy loop); then
     * {@code random_search_bon_kl_parallel}, the same search on every core (the search runs in
     * blocks, so both make the same instances and reach the same verdict). The prover is off (it
     * would prove the bound from the theorem library and skip the search). Each is the fastest of
     * five runs after five warm-up runs of each (the JIT needs about a million instances).
     * Then {@code random_search_bon_kl_routes}: in one more one-thread run, how many instances
     * the compiled batch float route answered, how many it handed to the interpreter (violated,
     * undefined, non-finite), and the certified confirmations with their time; and
     * {@code random_search_bon_kl_interpreted}, the one-thread search with the compiled route
     * off (every instance through the interpreter, as before it existed).
     */
    void randomSearch(PrintWriter out) {
        long tries = quick ? 20_000 : 200_000;
        int runs = quick ? 1 : 5;
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int i = 0; i < runs; i++) {
            decide(0, tries, false, 1);
            decide(0, tries, false, cores);
        }
        print(out, "random_search_bon_kl", fastest(tries, 1, runs), 1, runs);
        print(out, "random_search_bon_kl_parallel", fastest(tries, cores, runs), cores, runs);
        // what the compiled batch route left to the interpreter, and what certification cost, in
        // one more one-thread run
        long[] s0 = org.infobound.engine.batch.BatchStats.snapshot();
        ClaimResult one = decide(0, tries, false, 1);
        long[] s1 = org.infobound.engine.batch.BatchStats.snapshot();
        long batched = s1[0] - s0[0];
        long interpreted = s1[1] - s0[1];
        long confirmations = s1[2] - s0[2];
        double confirmSeconds = (s1[3] - s0[3]) / 1e9;
        double interpretedSeconds = (s1[4] - s0[4]) / 1e9;
        out.printf(Locale.ROOT, "random_search_bon_kl_routes compiled=%d interpreted=%d interpreted_share=%.5f "
                + "confirmations=%d confirmation_seconds=%.4f confirmation_share=%.4f search_seconds=%.3f "
                + "interpreted_seconds=%.4f interpreted_time_share=%.4f%n",
                batched - interpreted, interpreted, batched == 0 ? 0.0 : (double) interpreted / batched, confirmations,
                confirmSeconds, confirmSeconds / one.seconds(), one.seconds(), interpretedSeconds,
                interpretedSeconds / one.seconds());
        // the same search with every instance on the interpreter (the route before the compiled one)
        String prev = System.getProperty("infobound.batch");
        System.setProperty("infobound.batch", "off");
        try {
            for (int i = 0; i < runs; i++) {
                decide(0, tries, false, 1);
            }
            print(out, "random_search_bon_kl_interpreted", fastest(tries, 1, runs), 1, runs);
        } finally {
            if (prev == null) {
                System.clearProperty("infobound.batch");
            } else {
                System.setProperty("infobound.batch", prev);
            }
        }
    }

    private ClaimResult fastest(long tries, int threads, int runs) {
        ClaimResult best = null;
        for (int i = 0; i < runs; i++) {
            ClaimResult r = decide(0, tries, false, threads);
            if (best == null || r.seconds() < best.seconds()) {
                best = r;
            }
        }
        return best;
    }

    private static void print(PrintWriter out, String name, ClaimResult r, int threads, int runs) {
        long done = r.verdict() instanceof Verdict.Survived s ? s.tries() : -1;
        out.printf(Locale.ROOT, "%s instances_per_s=%.0f instances=%d threads=%d verdict=%s seconds=%.3f runs=%d%n",
                name, done / r.seconds(), done, threads, r.verdict().kind().jsonWord(), r.seconds(), runs);
    }

    /**
     * {@code refute_bon_equality}: engine time from the start of the search to the certified,
     * shrunk counterexample of the published equality (best of several runs after warm-up), with
     * the prover on as in {@code check} (it fails on the false equality before the search);
     * {@code shrunk=true} when it is the two-outcome, n = 2 example.
     */
    void refuteEquality(PrintWriter out) {
        int warmups = quick ? 3 : 20;
        int runs = quick ? 3 : 20;
        for (int i = 0; i < warmups; i++) {
            decide(1, 1000, true, 1);
        }
        double best = Double.POSITIVE_INFINITY;
        ClaimResult last = null;
        for (int i = 0; i < runs; i++) {
            last = decide(1, 1000, true, 1);
            best = Math.min(best, last.seconds());
        }
        boolean shrunk = false;
        String at = "none";
        if (last.verdict() instanceof Verdict.Falsified f) {
            Counterexample cx = f.counterexample();
            shrunk = "2".equals(cx.inputs().get("n")) && "[1/2, 1/2]".equals(cx.inputs().get("p"));
            at = "n=" + cx.inputs().get("n") + ",p=" + cx.inputs().get("p").replace(" ", "");
        }
        out.printf(Locale.ROOT, "refute_bon_equality seconds=%.4f verdict=%s shrunk=%s at=%s runs=%d%n",
                best, last.verdict().kind().jsonWord(), shrunk, at, runs);
    }

    /** Decides one claim; {@code prove} runs the prover first, as {@code check} does. */
    private ClaimResult decide(int claim, long tries, boolean prove, int threads) {
        ClaimDecl c = parsed.file().claims().get(claim);
        Settings s = new Settings(Settings.DEFAULT_SEED, tries, 120_000, threads, Settings.defaults().exhaustionLimit(),
                prove);
        return ClaimRunner.decide(parsed.source(), parsed.file(), c, s);
    }
}
