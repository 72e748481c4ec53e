package org.infobound.engine.prove;

/**
 * Budgets of the proof search (in steps and cells, never in time, so results are reproducible).
 *
 * @param maxDepth maximum chaining depth
 * @param maxCells branch-and-bound cells per numeric goal
 * @param maxCases largest finite set split into cases
 */
public record ProverOptions(int maxDepth, int maxCells, int maxCases) {

    /** Defaults: depth 4, 20000 cells, 16 cases. */
    public static final ProverOptions DEFAULT = new ProverOptions(4, 20_000, 16);

    /** Validates the budgets. */
    public ProverOptions {
        if (maxDepth < 0 || maxCells <= 0 || maxCases <= 0) {
            throw new IllegalArgumentException("budgets must be positive (depth may be 0)");
        }
    }
}
