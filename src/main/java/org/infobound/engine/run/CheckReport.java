package org.infobound.engine.run;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Number of claims per verdict kind. */
    public Map<VerdictKind, Integer> counts() {
        Map<VerdictKind, Integer> m = new EnumMap<>(VerdictKind.class);
        for (VerdictKind k : VerdictKind.values()) {
            m.put(k, 0);
        }
        results.forEach(r -> m.merge(r.verdict().kind(), 1, Integer::sum));
        return m;
    }

    /** Whether every claim met its expectation. */
    public boolean gatePassed() {
        return results.stream().allMatch(ClaimResult::passed);
    }

    /** Whether some file had errors. */
    public boolean invalidFiles() {
        return problems.stream().anyMatch(FileProblem::fatal);
    }

    /** 0 ok, 1 gate failed, 3 invalid claim files (takes precedence). */
    public int exitCode() {
        if (invalidFiles()) {
            return 3;
        }
        return gatePassed() ? 0 : 1;
    }
}
