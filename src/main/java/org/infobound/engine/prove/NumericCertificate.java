package org.infobound.engine.prove;

import java.util.List;

/**
 * Evidence that a {@link NumericGoal} holds: leaves that tile the box exactly once, each with
 * the rule and enclosure that certify the goal on it. {@link NumericChecker} replays it without
 * the search.
 *
 * @param goal   the goal
 * @param leaves the leaves, in the order the search closed them
 */
public record NumericCertificate(NumericGoal goal, List<Leaf> leaves) {

    /** Copies the list. */
    public NumericCertificate {
        leaves = List.copyOf(leaves);
    }
}
