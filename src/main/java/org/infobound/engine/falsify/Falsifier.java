package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Verdict;

/**
 * The search: edge cases first (the first fifth of the tries draw each part from its edge cases
 * with probability 0.8), then random instances, then (the last quarter) targeted hill climbing
 * from the instance with the smallest margin. A floating-point violation is only a candidate:
 * it becomes FALSIFIED after certified confirmation, then it is shrunk.
 *
 * <p>Verdicts: FALSIFIED (certified counterexample, shrunk); INCONCLUSIVE when some instance was
 * undefined or could not be evaluated (claims-language.md section 5: never silently skipped), or
 * when every instance was skipped by {@code assuming}; SURVIVED otherwise. Never PROVED.
 */
public final class Falsifier {

    /** Instances remembered to skip repeats (small finite domains, closed claims). */
    private static final int MAX_REMEMBERED = 100_000;
    /** Consecutive repeated draws after which the domain is taken as exhausted. */
    private static final int MAX_DUPLICATES = 200;

    private Falsifier() {
    }

    /**
     * Searches {@code space} for a certified counterexample to {@code prop}.
     *
     * @param space the claim's binders and alphabet
     * @param prop the claim's evaluation routes
     * @param budget tries, time cap, confirmations, shrink evaluations
     * @param seed the seed; the same seed reproduces the same search
     * @return FALSIFIED, SURVIVED or INCONCLUSIVE
     */
    public static Verdict run(ClaimSpace space, Property prop, Budget budget, long seed) {
        Rng rng = new Rng(seed);
        long start = System.nanoTime();
        long edgeTries = Math.max(1, budget.tries() / 5);
        long localFrom = budget.tries() * 3 / 4;
        long tries = 0;
        long skipped = 0;
        int confirmations = 0;
        double smallest = Double.POSITIVE_INFINITY;
        Instance best = null;
        Instance undefinedAt = null;
        String undefinedWhy = null;
        List<Map<String, String>> undefinedNoted = new ArrayList<>();
        java.util.Set<Instance> seen = new java.util.HashSet<>();
        int duplicatesInARow = 0;
        for (long t = 0; t < budget.tries(); t++) {
            if (budget.timeCapMillis() > 0 && (System.nanoTime() - start) / 1_000_000 > budget.timeCapMillis()) {
                break;
            }
            Instance x;
            try {
                x = next(space, rng, t, edgeTries, localFrom, best);
            } catch (InstanceGen.EmptyDomain e) {
                return new Verdict.Inconclusive("empty domain: " + e.getMessage(), Map.of(), tries, seed);
            }
            if (seen.size() < MAX_REMEMBERED && !seen.add(x)) {
                // a finite domain drawn again: nothing new to learn; stop once it looks exhausted
                t--;
                if (++duplicatesInARow >= MAX_DUPLICATES) {
                    break;
                }
                continue;
            }
            duplicatesInARow = 0;
            tries++;
            Trial trial = prop.evaluate(x);
            switch (trial.status()) {
                case SKIPPED:
                    skipped++;
                    break;
                case HOLDS:
                    if (trial.margin() < smallest) {
                        smallest = trial.margin();
                        best = x;
                    }
                    break;
                case VIOLATED:
                case UNDEFINED:
                    if (trial.status() == Trial.Status.VIOLATED && trial.margin() < smallest) {
                        smallest = trial.margin();
                        best = x;
                    }
                    if (confirmations >= budget.confirmations()) {
                        if (trial.status() == Trial.Status.UNDEFINED && undefinedAt == null) {
                            undefinedAt = x;
                            undefinedWhy = trial.detail();
                        }
                        break;
                    }
                    confirmations++;
                    Confirmation c = prop.confirm(x);
                    if (c.status() == Confirmation.Status.CONFIRMED) {
                        return falsified(x, c, space, prop, budget, seed, tries, undefinedNoted);
                    }
                    if (c.status() == Confirmation.Status.UNDEFINED
                            || trial.status() == Trial.Status.UNDEFINED && c.status() != Confirmation.Status.SKIPPED) {
                        if (undefinedAt == null) {
                            undefinedAt = x;
                            undefinedWhy = c.status() == Confirmation.Status.UNDEFINED ? c.reason() : trial.detail();
                        }
                        if (undefinedNoted.size() < 3) {
                            undefinedNoted.add(x.render());
                        }
                    }
                    break;
                case FAILED:
                    if (undefinedAt == null) {
                        undefinedAt = x;
                        undefinedWhy = "could not evaluate: " + trial.detail();
                    }
                    break;
                default:
                    throw new AssertionError(trial.status());
            }
        }
        if (undefinedAt != null) {
            String why = undefinedWhy.startsWith("could not") ? undefinedWhy : "undefined at instance: " + undefinedWhy;
            return new Verdict.Inconclusive(why, undefinedAt.render(), tries, seed);
        }
        if (tries > 0 && skipped == tries) {
            return new Verdict.Inconclusive("every instance was excluded by assuming (" + skipped + " skipped)",
                    Map.of(), tries, seed);
        }
        return new Verdict.Survived(tries, seed, smallest, skipped);
    }

    private static Instance next(ClaimSpace space, Rng rng, long t, long edgeTries, long localFrom, Instance best)
            throws InstanceGen.EmptyDomain {
        if (t < edgeTries) {
            return InstanceGen.draw(space, rng, 0.8);
        }
        if (t >= localFrom && best != null && rng.chance(0.8)) {
            for (int attempt = 0; attempt < 5; attempt++) {
                try {
                    Instance y = Moves.mutate(best, space, rng);
                    if (InstanceGen.valid(space, y)) {
                        return y;
                    }
                } catch (ArithmeticException | IllegalArgumentException e) {
                    // a move left the representable range; try another
                }
            }
        }
        return InstanceGen.draw(space, rng, 0.1);
    }

    private static Verdict falsified(Instance x, Confirmation c, ClaimSpace space, Property prop, Budget budget,
            long seed, long tries, List<Map<String, String>> undefinedNoted) {
        Shrinker.Result s = Shrinker.shrink(x, c, space, prop, budget.shrinkEvaluations());
        Confirmation fc = s.confirmation();
        Counterexample cx = new Counterexample(s.instance().render(), fc.relation(), fc.left(), fc.right(),
                fc.margin(), seed, s.steps());
        return new Verdict.Falsified(cx, tries, undefinedNoted);
    }
}
