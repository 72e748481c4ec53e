package org.infobound.report;

/**
 * Options shared by the report formats.
 *
 * @param strict JUnit only: report SURVIVED and INCONCLUSIVE claims as failures instead of
 *               skipped tests (a CI server then only shows proofs and expected refutations as green)
 * @param plots HTML only: draw the sweep plot of each counterexample (needs re-evaluating the
 *              claim; off in quick tests)
 */
public record ReportOptions(boolean strict, boolean plots) {

    /** Not strict, with plots. */
    public static ReportOptions defaults() {
        return new ReportOptions(false, true);
    }
}
