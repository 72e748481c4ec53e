package org.infobound.engine.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the cross-check of one claim found: comparisons made, derived laws not cross-checked,
 * the worst normalised deviation {@code |exact - sampled| / allowed} (above 1 is a
 * disagreement) and the disagreements. Also the claim's simulation budget in candidate draws,
 * so a claim that builds many laws stays bounded (laws past the budget count as not checked).
 * One tally per claim, used by one thread.
 */
public final class CrossTally {

    private final long drawBudget;
    private long drawsSpent;
    private long comparisons;
    private long notChecked;
    private double worst;
    private final List<Disagreement> disagreements = new ArrayList<>();
    private Map<String, String> instance = Map.of();

    /** A tally whose simulations may draw at most {@code drawBudget} candidates in all. */
    public CrossTally(long drawBudget) {
        if (drawBudget < 0) {
            throw new IllegalArgumentException("drawBudget must be >= 0, got " + drawBudget);
        }
        this.drawBudget = drawBudget;
    }

    /** Sets the instance that later disagreements are reported at. */
    void at(Map<String, String> inputs) {
        this.instance = inputs;
    }

    Map<String, String> instance() {
        return instance;
    }

    /** Reserves {@code draws} candidate draws; false (nothing reserved) when over budget. */
    boolean spend(long draws) {
        if (draws < 0 || draws > drawBudget - drawsSpent) {
            return false;
        }
        drawsSpent += draws;
        return true;
    }

    /** Records one comparison with its normalised deviation (NaN counts as a comparison of 0). */
    void compared(double normalised) {
        comparisons++;
        if (normalised > worst) {
            worst = normalised;
        }
    }

    void notChecked() {
        notChecked++;
    }

    void disagree(Disagreement d) {
        disagreements.add(d);
    }

    /** Comparisons made (one per outcome, mean or cdf). */
    public long comparisons() {
        return comparisons;
    }

    /** Derived laws (and win rates) built but not cross-checked. */
    public long notCheckedCount() {
        return notChecked;
    }

    /** The worst normalised deviation seen, 0 without comparisons; above 1 is a disagreement. */
    public double worst() {
        return worst;
    }

    /** The disagreements, in the order found. */
    public List<Disagreement> disagreements() {
        return List.copyOf(disagreements);
    }

    /** Candidate draws spent on simulations. */
    public long drawsSpent() {
        return drawsSpent;
    }
}
