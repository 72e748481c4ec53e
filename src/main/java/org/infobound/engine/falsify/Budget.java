package org.infobound.engine.falsify;

/**
 * Search budget: tries (instances drawn), a wall-clock cap that can only cut the search short
 * (so turning a verdict into SURVIVED or INCONCLUSIVE, never into FALSIFIED or PROVED; spec/CHECK.md,
 * "Evaluation routes"), the number of certified confirmations of float candidates, and the number of
 * certified evaluations spent on shrinking.
 *
 * @param tries instances to draw
 * @param timeCapMillis wall-clock cap per claim (0 = none)
 * @param confirmations certified confirmations of candidates
 * @param shrinkEvaluations certified evaluations spent shrinking
 */
public record Budget(long tries, long timeCapMillis, int confirmations, int shrinkEvaluations) {

    /** Validates non-negative values and at least one try. */
    public Budget {
        if (tries < 1 || timeCapMillis < 0 || confirmations < 1 || shrinkEvaluations < 0) {
            throw new IllegalArgumentException("bad budget: tries " + tries + ", cap " + timeCapMillis
                    + " ms, confirmations " + confirmations + ", shrink " + shrinkEvaluations);
        }
    }

    /** Default budget for {@code tries}: 10 s cap, 30 confirmations, 400 shrink evaluations. */
    public static Budget ofTries(long tries) {
        return new Budget(tries, 10_000, 30, 400);
    }
}
