package org.infobound.engine.verdict;

import java.util.List;

/**
 * The CI gate (spec/CHECK.md, "Verdicts"): it passes only if every claim meets its
 * expectation. Exit codes follow the command line's documented set.
 */
public final class Gate {

    /** Exit code when every claim passed. */
    public static final int OK = 0;
    /** Exit code when some claim did not meet its expectation. */
    public static final int FAILED = 1;

    private Gate() {
    }

    /** Whether every (expectation, verdict) pair passes; an empty list passes. */
    public static boolean passes(List<Expected> expectations, List<Verdict> verdicts) {
        if (expectations.size() != verdicts.size()) {
            throw new IllegalArgumentException("expectations and verdicts differ in number: "
                    + expectations.size() + " vs " + verdicts.size());
        }
        for (int i = 0; i < verdicts.size(); i++) {
            if (!expectations.get(i).passes(verdicts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #OK} if {@link #passes} holds, else {@link #FAILED}. */
    public static int exitCode(List<Expected> expectations, List<Verdict> verdicts) {
        return passes(expectations, verdicts) ? OK : FAILED;
    }
}
