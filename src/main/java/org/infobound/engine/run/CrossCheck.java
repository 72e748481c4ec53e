package org.infobound.engine.run;

import java.util.List;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.eval.CrossTally;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.eval.InternalFailure;
import org.infobound.engine.eval.Outcome;
import org.infobound.engine.falsify.ClaimSpace;
import org.infobound.engine.falsify.Draws;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.ClaimsFile;
import org.infobound.lang.source.SourceFile;

/**
 * The cross-check of a decided claim: draws instances of its domain with the search's
 * generators (seeded by the run's seed and the claim's name) and evaluates the claim at each on
 * the float route, every derived law also simulated and compared (see
 * {@code engine.eval.CrossCheckBackend}). Never changes a verdict; throws only for an internal
 * error (a bug, {@link InternalFailure#isInternal}), which the caller reports (exit 70).
 */
final class CrossCheck {

    /** Candidate draws per claim for all its simulations (a few seconds of work at most). */
    static final long DRAW_BUDGET = 100_000_000L;

    private CrossCheck() {
    }

    static CrossCheckResult run(SourceFile source, ClaimsFile file, ClaimDecl claim, long seed, int count) {
        long start = System.nanoTime();
        CrossTally tally = new CrossTally(DRAW_BUDGET);
        int drawn = 0;
        int skipped = 0;
        try {
            ClaimEvaluator ce = new ClaimEvaluator(source, file, claim);
            ClaimSpace space = SpaceBuilder.build(source, ce);
            long claimSeed = mix(seed, claim.name().name().hashCode());
            List<Instance> xs = Draws.draw(space, claimSeed, count);
            for (int i = 0; i < xs.size(); i++) {
                drawn++;
                try {
                    Outcome o = ce.crossCheck(xs.get(i), mix(claimSeed, i + 1), tally);
                    if (o.kind() == Outcome.Kind.FAILED || o.kind() == Outcome.Kind.UNDEFINED) {
                        skipped++;
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    if (InternalFailure.isInternal(e)) {
                        throw e; // a bug: the claim's result reports it (exit 70)
                    }
                    skipped++;
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            if (InternalFailure.isInternal(e)) {
                throw e;
            }
            // no space (e.g. an empty alphabet range): nothing drawn, nothing compared
        }
        return new CrossCheckResult(drawn, skipped, tally.comparisons(), tally.notCheckedCount(), tally.worst(),
                tally.disagreements(), (System.nanoTime() - start) / 1e9);
    }

    /** SplitMix64's finaliser of {@code a + golden * b}: distinct, well-spread seeds. */
    static long mix(long a, long b) {
        long z = a + 0x9E3779B97F4A7C15L * b;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
