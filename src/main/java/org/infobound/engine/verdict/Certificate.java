package org.infobound.engine.verdict;

import java.util.List;

/**
 * Evidence for PROVED: how the claim was proved and the certified steps taken.
 *
 * @param method the proof method, e.g. {@code "certified exhaustion"}
 * @param steps human-readable certified steps (one per box, identity or theorem used)
 * @param instancesChecked how many instances or boxes were checked with certified arithmetic
 */
public record Certificate(String method, List<String> steps, long instancesChecked) {

    /** Copies the step list. */
    public Certificate {
        steps = List.copyOf(steps);
    }
}
