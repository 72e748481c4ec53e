package org.infobound.engine.run;

import java.util.List;
import org.infobound.engine.eval.Disagreement;

/**
 * The cross-check of one claim ({@code check --cross-check}; spec/CHECK.md item
 * 3): instances drawn and evaluated with every derived law also simulated. A disagreement is an
 * internal error of the tool: the claim's verdict stands, the run exits 70.
 *
 * @param instances instances drawn
 * @param skipped instances that could not be evaluated (undefined, failed, or the cross-check itself could
 *                not run); they are only counted
 * @param comparisons comparisons made (one per outcome of a simulated law, mean or cdf)
 * @param notChecked derived laws built but not simulated (tilt, rewardlaw, too large n, budget)
 * @param worst worst normalised deviation {@code |exact - sampled| / allowed}; above 1 is a disagreement
 * @param disagreements every disagreement with its detail
 * @param seconds wall time of the cross-check
 */
public record CrossCheckResult(int instances, int skipped, long comparisons, long notChecked, double worst,
        List<Disagreement> disagreements, double seconds) {

    /** Copies the list. */
    public CrossCheckResult {
        disagreements = List.copyOf(disagreements);
    }

    /** Whether the exact routes and the simulations agreed everywhere. */
    public boolean agreed() {
        return disagreements.isEmpty();
    }
}
