package org.infobound.engine.falsify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.infobound.engine.eval.Instance;

/**
 * The search's two stages timed apart, one thread, as Falsifier runs them for the bench claim
 * at 200,000 tries and seed 1 (blocks of 2048, the random stage's best instance as the climbing
 * blocks' start): thread CPU nanoseconds per counted try of the random stage (tries below
 * localFrom) and of the climbing stage, round after round in one JVM (round 1 is cold).
 */
public final class Climb {
    public static void main(String[] a) throws Exception {
        long tries = a.length > 0 ? Long.parseLong(a[0]) : 200_000;
        int rounds = a.length > 1 ? Integer.parseInt(a[1]) : 5;
        org.infobound.engine.run.ClimbSetup.make();
        ClaimSpace space = org.infobound.engine.run.ClimbSetup.space;
        Property prop = org.infobound.engine.run.ClimbSetup.prop;
        Budget budget = new Budget(tries, 0, 30, 400);
        long seed = 1;
        long edgeTries = Math.max(1, tries / 5);
        long localFrom = tries * 3 / 4;
        long block = Falsifier.BLOCK;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            Instance best = null;
            double smallest = Double.POSITIVE_INFINITY;
            long randomTries = 0;
            long idx = 0;
            for (long lo = 0; lo < localFrom; lo += block, idx++) {
                Search s = new Search(space, prop, budget, new Rng(seed ^ (idx + 1) * 0x9E3779B97F4A7C15L), null);
                s.run(lo, Math.min(localFrom, lo + block), edgeTries, localFrom, 0, () -> false);
                randomTries += s.tries;
                if (s.best != null && s.smallest < smallest) {
                    smallest = s.smallest;
                    best = s.best;
                }
            }
            long t1 = mx.getCurrentThreadCpuTime();
            long firstBlocks = (localFrom + block - 1) / block;
            long climbTries = 0;
            idx = 0;
            for (long lo = localFrom; lo < tries; lo += block, idx++) {
                Search s = new Search(space, prop, budget, new Rng(seed ^ (firstBlocks + idx + 1) * 0x9E3779B97F4A7C15L), best);
                s.run(lo, Math.min(tries, lo + block), edgeTries, localFrom, 0, () -> false);
                climbTries += s.tries;
            }
            long t2 = mx.getCurrentThreadCpuTime();
            System.out.printf("round %d: random stage %d tries %.0f ns/try, climbing stage %d tries %.0f ns/try%n", round,
                    randomTries, (t1 - t0) / (double) randomTries, climbTries, (t2 - t1) / (double) climbTries);
        }
    }
}
