package org.infobound.engine.run;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;

/**
 * The results of a check run: one result per claim in file order, the file problems, the
 * settings used.
 *
 * @param results per-claim results
 * @param problems unreadable files and diagnostics
 * @param settings the run's settings
 * @param seconds wall time of the run
 */
public record CheckReport(List<ClaimResult> results, List<FileProblem> problems, Settings settings, double seconds) {

    /** Copies the lists. */
    public CheckReport {
        results = List.copyOf(results);
        problems = List.copyOf(problems);
    }

    /** Number of claims per verdict kind (claims with an internal error have no verdict: not counted). */
    public Map<VerdictKind, Integer> counts() {
        Map<VerdictKind, Integer> m = new EnumMap<>(VerdictKind.class);
        for (VerdictKind k : VerdictKind.values()) {
            m.put(k, 0);
        }
        results.stream().filter(r -> !r.internal()).forEach(r -> m.merge(r.verdict().kind(), 1, Integer::sum));
        return m;
    }

    /** Whether every claim met its expectation. */
    public boolean gatePassed() {
        return results.stream().allMatch(ClaimResult::passed);
    }

    /**
     * Whether the run decided no claim at all (an empty file, a comment-only file, a directory
     * without {@code .claims}, or a {@code --claim} filter that matches nothing): a gate that
     * checks nothing fails (exit 3).
     */
    public boolean noClaims() {
        return results.isEmpty();
    }

    /** Whether some file had errors. */
    public boolean invalidFiles() {
        return problems.stream().anyMatch(FileProblem::fatal);
    }

    /** Cross-check disagreements over all claims (0 without {@code --cross-check}). */
    public int crossCheckDisagreements() {
        return results.stream().mapToInt(r -> r.crossCheck() == null ? 0 : r.crossCheck().disagreements().size()).sum();
    }

    /** Claims whose decision hit an internal error (a bug in infobound). */
    public long internalErrors() {
        return results.stream().filter(ClaimResult::internal).count();
    }

    /** Claims PROVED only assuming unproved theorems of their file (counted under PROVED too). */
    public long provedAssuming() {
        return results.stream().filter(r -> !r.internal() && r.verdict() instanceof Verdict.Proved p && p.assuming())
                .count();
    }

    /**
     * 0 ok, 1 gate failed, 3 invalid claim files or no claim at all (takes precedence over 1), 70 an internal error
     * while deciding a claim or a cross-check disagreement (takes precedence over everything).
     */
    public int exitCode() {
        if (crossCheckDisagreements() > 0 || internalErrors() > 0) {
            return 70;
        }
        if (invalidFiles() || noClaims()) {
            return 3;
        }
        return gatePassed() ? 0 : 1;
    }
}
