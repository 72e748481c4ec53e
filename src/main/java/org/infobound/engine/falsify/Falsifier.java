package org.infobound.engine.falsify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Verdict;

/**
 * The search: edge cases first (the first fifth of the tries draw each part from its edge cases
 * with probability 0.8), then random instances, then (the last quarter) targeted hill climbing
 * from the instance with the smallest margin. A floating-point violation is only a candidate:
 * it becomes FALSIFIED after certified confirmation, then it is shrunk.
 *
 * <p>Searches of at least {@value #BLOCKED_FROM} tries run in blocks of {@value #BLOCK} tries,
 * each with its own random stream derived from the seed and the block's index, in parallel on
 * the given number of threads: first the edge and random blocks, then the hill-climbing blocks,
 * each climbing from the smallest margin of the first stage. Blocks are merged in index order (the
 * lowest block with a certified violation wins), so the verdict depends on the seed and the
 * tries, never on the number of threads or on scheduling (only the time cap can cut a search
 * short). Shorter searches run as one stream, exactly as before blocks existed.
 *
 * <p>Verdicts: FALSIFIED (certified counterexample, shrunk); INCONCLUSIVE when some instance was
 * undefined or could not be evaluated (spec/LANGUAGE.md sections 7-8: never silently skipped), or
 * when no instance was tested (all skipped by {@code assuming} or out of the double range);
 * SURVIVED otherwise, with the instances whose float evaluation overflowed counted and listed
 * (finite values beyond the double range say nothing about the claim). Never PROVED.
 */
public final class Falsifier {

    /** Searches with at least this many tries run in blocks. */
    public static final long BLOCKED_FROM = 8192;
    /** Tries per block. */
    public static final long BLOCK = 2048;

    private Falsifier() {
    }

    /**
     * Searches {@code space} for a certified counterexample to {@code prop} on one thread.
     *
     * @param space the claim's binders and alphabet
     * @param prop the claim's evaluation routes
     * @param budget tries, time cap, confirmations, shrink evaluations
     * @param seed the seed; the same seed reproduces the same search
     * @return FALSIFIED, SURVIVED or INCONCLUSIVE
     */
    public static Verdict run(ClaimSpace space, Property prop, Budget budget, long seed) {
        return run(space, () -> prop, budget, seed, 1);
    }

    /**
     * As {@link #run(ClaimSpace, Property, Budget, long)}, with blocks spread over
     * {@code threads} threads; each thread gets its own property from {@code props} (a
     * property serves one thread). The verdict does not depend on {@code threads}.
     */
    public static Verdict run(ClaimSpace space, Supplier<Property> props, Budget budget, long seed, int threads) {
        long start = System.nanoTime();
        long deadline = budget.timeCapMillis() > 0 ? (start + budget.timeCapMillis() * 1_000_000L) | 1 : 0;
        long edgeTries = Math.max(1, budget.tries() / 5);
        long localFrom = budget.tries() * 3 / 4;
        if (budget.tries() < BLOCKED_FROM) {
            Property prop = props.get();
            Search s = new Search(space, prop, budget, new Rng(seed), null);
            s.run(0, budget.tries(), edgeTries, localFrom, deadline, () -> false);
            return merge(List.of(Part.of(s)), space, prop, budget, seed);
        }
        ThreadLocal<Property> local = ThreadLocal.withInitial(props);
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "infobound-search");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            // blocks are started a bounded number ahead of the fold and folded in index order as
            // soon as they are done, so memory stays bounded for any number of tries
            Fold fold = new Fold();
            long firstBlocks = (localFrom + BLOCK - 1) / BLOCK;
            Instance[] best = new Instance[1];
            double[] smallest = {Double.POSITIVE_INFINITY};
            boolean stopped = blocks(space, local, budget, seed, 0, 0, localFrom, edgeTries, localFrom, deadline, null,
                    pool, threads, fold, s -> {
                        if (s.best() != null && s.smallest() < smallest[0]) {
                            smallest[0] = s.smallest();
                            best[0] = s.best();
                        }
                    });
            if (!stopped && !fold.timedOut && localFrom < budget.tries()) {
                // (after the cap every later block would stop before its first try)
                blocks(space, local, budget, seed, firstBlocks, localFrom, budget.tries(), edgeTries, localFrom,
                        deadline, best[0], pool, threads, fold, s -> { });
            }
            // a property for the shrinker only when there is something to shrink
            return fold.verdict(space, props, budget, seed);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /**
     * Blocks started ahead of the fold per thread (a sliding window): block {@code i + W} starts
     * as soon as block {@code i} is folded, so no thread waits for a whole window to finish.
     */
    static final int WINDOW_PER_THREAD = 4;

    /**
     * Runs global tries {@code from..to} as blocks numbered from {@code firstIndex} on the pool
     * (inline, one at a time, without a pool), at most {@link #WINDOW_PER_THREAD} blocks per
     * thread ahead of the fold; the calling thread folds each finished block into {@code fold}
     * in index order (and tells {@code seen}) while the pool works on the next ones. Blocks after
     * the lowest one that stopped on a violation or an empty domain are cut short (they cannot
     * change the merged verdict) and not folded. After the wall-clock cap no block is started;
     * the blocks already started are folded. True when a block stopped the search.
     */
    private static boolean blocks(ClaimSpace space, ThreadLocal<Property> local, Budget budget, long seed,
            long firstIndex, long from, long to, long edgeTries, long localFrom, long deadline, Instance start,
            ExecutorService pool, int threads, Fold fold, java.util.function.Consumer<Part> seen) {
        long count = (to - from + BLOCK - 1) / BLOCK;
        long ahead = pool == null ? 1 : (long) WINDOW_PER_THREAD * Math.max(1, threads);
        AtomicLong lowestStop = new AtomicLong(Long.MAX_VALUE);
        ArrayDeque<Future<Part>> running = new ArrayDeque<>();
        long next = 0;
        boolean starting = true;
        boolean stopped = false;
        try {
            for (long idx = 0; idx < count; idx++) {
                while (starting && next < count && next - idx < ahead) {
                    long i = next++;
                    long lo = from + i * BLOCK;
                    long hi = Math.min(to, lo + BLOCK);
                    Callable<Part> task = () -> {
                        if (i > lowestStop.get()) {
                            return null;
                        }
                        Rng rng = new Rng(seed ^ (firstIndex + i + 1) * 0x9E3779B97F4A7C15L);
                        Search s = new Search(space, local.get(), budget, rng, start);
                        s.run(lo, hi, edgeTries, localFrom, deadline, () -> i > lowestStop.get());
                        if (s.violation != null || s.emptyDomain != null) {
                            lowestStop.accumulateAndGet(i, Math::min);
                        }
                        // only the summary is kept: the search's set of seen instances is garbage now
                        return Part.of(s);
                    };
                    running.add(pool == null ? CompletableFuture.completedFuture(call(task)) : pool.submit(task));
                }
                if (running.isEmpty()) {
                    break; // the cap has passed and every started block is folded
                }
                Part p = await(running.poll());
                if (p == null) {
                    // only a block after a stopping one is skipped, and folding stops at that one
                    throw new IllegalStateException("internal error: block " + (firstIndex + idx)
                            + " was skipped but no earlier block stopped the search");
                }
                seen.accept(p);
                if (fold.add(p)) {
                    stopped = true;
                    return true;
                }
                if (fold.timedOut) {
                    // the wall-clock cap has passed: fold what was started, start nothing more
                    starting = false;
                }
            }
            return false;
        } finally {
            // after a stop, later blocks see it at their next draw: wait for them so that no search
            // runs while the verdict is made (their exceptions are internal errors, as before)
            for (Future<Part> f : running) {
                if (stopped) {
                    await(f);
                } else {
                    f.cancel(true);
                }
            }
        }
    }

    private static Part call(Callable<Part> task) {
        try {
            return task.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Part await(Future<Part> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("search interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
    }

    /**
     * What the fold needs of a finished block: its counts, notes, smallest margin and where, and
     * what stopped it; not its set of seen instances (the live heap stays small).
     */
    record Part(long tries, long skipped, long outOfRange, List<Map<String, String>> outOfRangeAt, double smallest,
            Instance best, Instance undefinedAt, String undefinedWhy, List<Map<String, String>> undefinedNoted,
            boolean timedOut, Instance violation, Confirmation violationConfirmed, String emptyDomain,
            Instance unconfirmedAt, Trial unconfirmedTrial, String unconfirmedWhy, double floatNoise) {

        static Part of(Search s) {
            return new Part(s.tries, s.skipped, s.outOfRange, s.outOfRangeAt, s.smallest, s.best, s.undefinedAt,
                    s.undefinedWhy, s.undefinedNoted, s.timedOut, s.violation, s.violationConfirmed, s.emptyDomain,
                    s.unconfirmedAt, s.unconfirmedTrial, s.unconfirmedWhy, s.floatNoise);
        }
    }

    /** The verdict of the stretches, folded in order (the first violation or empty domain wins). */
    private static Verdict merge(List<Part> parts, ClaimSpace space, Property prop, Budget budget, long seed) {
        Fold f = new Fold();
        for (Part s : parts) {
            if (f.add(s)) {
                break;
            }
        }
        return f.verdict(space, () -> prop, budget, seed);
    }

    /** The merge of searches in order, kept small: counts, the first few notes, the deciding search. */
    private static final class Fold {
        long tries;
        long skipped;
        long outOfRange;
        final List<Map<String, String>> outOfRangeAt = new ArrayList<>();
        double smallest = Double.POSITIVE_INFINITY;
        Instance undefinedAt;
        String undefinedWhy;
        final List<Map<String, String>> undefinedNoted = new ArrayList<>();
        boolean timedOut;
        Part last;
        Instance unconfirmedAt;
        Trial unconfirmed;
        String unconfirmedWhy;
        double floatNoise;

        /** Folds {@code s}; true when it decides the verdict (a violation or an empty domain). */
        boolean add(Part s) {
            floatNoise = Math.max(floatNoise, s.floatNoise());
            if (s.unconfirmedTrial() != null
                    && (unconfirmed == null || Search.ratio(s.unconfirmedTrial()) > Search.ratio(unconfirmed))) {
                unconfirmedAt = s.unconfirmedAt();
                unconfirmed = s.unconfirmedTrial();
                unconfirmedWhy = s.unconfirmedWhy();
            }
            timedOut |= s.timedOut();
            tries += s.tries();
            skipped += s.skipped();
            outOfRange += s.outOfRange();
            for (Map<String, String> m : s.outOfRangeAt()) {
                if (outOfRangeAt.size() < 3) {
                    outOfRangeAt.add(m);
                }
            }
            smallest = Math.min(smallest, s.smallest());
            for (Map<String, String> m : s.undefinedNoted()) {
                if (undefinedNoted.size() < 3) {
                    undefinedNoted.add(m);
                }
            }
            if (undefinedAt == null && s.undefinedAt() != null) {
                undefinedAt = s.undefinedAt();
                undefinedWhy = s.undefinedWhy();
            }
            if (s.violation() != null || s.emptyDomain() != null) {
                last = s;
                return true;
            }
            return false;
        }

        Verdict verdict(ClaimSpace space, Supplier<Property> prop, Budget budget, long seed) {
            if (last != null && last.violation() != null) {
                return falsified(last.violation(), last.violationConfirmed(), space, prop.get(), budget, seed, tries,
                        undefinedNoted);
            }
            if (last != null) {
                String why = last.emptyDomain().startsWith("cannot search") ? last.emptyDomain()
                        : "empty domain: " + last.emptyDomain();
                return new Verdict.Inconclusive(why, Map.of(), tries, seed);
            }
            if (unconfirmedAt != null) {
                // a float violation beyond the float error bound that certification could not decide:
                // not a counterexample, never SURVIVED (spec/CHECK.md, "Verdicts")
                return new Verdict.Unconfirmed(unconfirmedAt.render(), unconfirmed.relation(), unconfirmed.left(),
                        unconfirmed.right(), unconfirmed.margin(),
                        Verdict.Unconfirmed.bound(unconfirmed.left(), unconfirmed.right()), unconfirmedWhy, tries, seed);
            }
            if (undefinedAt != null) {
                String why = undefinedWhy.startsWith("could not") ? undefinedWhy : "undefined at instance: " + undefinedWhy;
                return new Verdict.Inconclusive(why, undefinedAt.render(), tries, seed);
            }
            if (tries > 0 && skipped == tries) {
                return new Verdict.Inconclusive("every instance was excluded by assuming (" + skipped + " skipped)",
                        Map.of(), tries, seed);
            }
            if (tries > 0 && skipped + outOfRange == tries) {
                return new Verdict.Inconclusive("no instance could be tested: " + outOfRange + " left the double range"
                        + (skipped > 0 ? ", " + skipped + " were excluded by assuming" : ""),
                        outOfRangeAt.isEmpty() ? Map.of() : outOfRangeAt.get(0), tries, seed);
            }
            if (timedOut) {
                // cut short by the wall-clock cap: not a complete search (spec/CHECK.md)
                return new Verdict.Inconclusive("time cap reached after " + tries + " of " + budget.tries() + " tries",
                        Map.of(), tries, seed);
            }
            List<String> notes = notes(space);
            if (smallest == Double.NEGATIVE_INFINITY) {
                // a float side was infinite where the relation fails: not counted as a violation
                // (float overflow and underflow, spec/CHECK.md "Float noise and UNCONFIRMED"), but
                // never hidden: the claim may be false there (E(normal(0, 1), exp(r^2 / 2)) = inf)
                notes = new ArrayList<>(notes);
                notes.add("the float route saw the relation fail with an infinite side (smallest margin -inf);"
                        + " not counted as a violation unless certified (float overflow or underflow cannot be"
                        + " told from a true infinity), so the claim may fail there");
            }
            return new Verdict.Survived(tries, seed, smallest, skipped, outOfRange, outOfRangeAt, notes, floatNoise);
        }
    }

    /** What the search left out of the declared domain (alphabet sizes, rewards, ranges). */
    static List<String> notes(ClaimSpace space) {
        return space.notes();
    }

    private static Verdict falsified(Instance x, Confirmation c, ClaimSpace space, Property prop, Budget budget,
            long seed, long tries, List<Map<String, String>> undefinedNoted) {
        if (!Admission.check(space, x)) {
            throw new Admission.Violation("internal error: a confirmed violation lies outside the claim's domain ("
                    + Admission.reason(space, x) + ") at " + x.render());
        }
        Shrinker.Result s = Shrinker.shrink(x, c, space, prop, budget.shrinkEvaluations());
        String why = Admission.reason(space, s.instance());
        if (why != null) {
            throw new Admission.Violation("internal error: the shrunk counterexample lies outside the claim's domain ("
                    + why + ") at " + s.instance().render());
        }
        Confirmation fc = s.confirmation();
        Counterexample cx = new Counterexample(s.instance().render(), fc.relation(), fc.left(), fc.right(),
                fc.margin(), seed, s.steps());
        return new Verdict.Falsified(cx, tries, undefinedNoted);
    }
}
