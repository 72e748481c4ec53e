package org.infobound.engine.prove;

import java.util.List;

/**
 * A goal for numeric discharge: {@code expression} (a numeric expression of the claims language over
 * the binders of {@code dims}) satisfies {@code kind} on the whole box.
 *
 * @param expression canonical text of g
 * @param kind       the sign condition
 * @param dims       the binders and their ranges, in order
 */
public record NumericGoal(String expression, GoalKind kind, List<NumericDim> dims) {

    /** Copies the list. */
    public NumericGoal {
        dims = List.copyOf(dims);
    }
}
