package org.infobound.engine.eval;

import java.util.Arrays;
import org.infobound.math.line.LineLaw;

/**
 * The comparisons of the cross-check (spec/CHECK.md, "Cross-check"): an exact float value
 * against an independent simulation, at family level {@link #DELTA} per law, with an absolute
 * slack {@link #SLACK} for the float rounding of the exact route. Each comparison records its
 * normalised deviation {@code |exact - sampled| / allowed} in the tally; above 1 it is a
 * {@link Disagreement}.
 *
 * <ul>
 * <li>a law on an alphabet of k outcomes against m simulated draws: per outcome the two-sided
 *     Clopper-Pearson interval of its count at level {@code DELTA / k} (union bound);
 * <li>a mean of values in [0, 1] (win rates) against m simulated pairs: Hoeffding,
 *     {@code |mean - w| <= sqrt(ln(2/DELTA) / (2m))};
 * <li>a cdf on the line against m simulated draws: Dvoretzky-Kiefer-Wolfowitz with Massart's
 *     constant, {@code sup |F_m - F| <= sqrt(ln(2/DELTA) / (2m))}, the sup taken at the sample
 *     points (both one-sided limits of F_m).
 * </ul>
 *
 * With DELTA = 1e-9 per law and a few thousand laws per run, a false alarm has probability
 * below 1e-5 per run.
 */
final class CrossCompare {

    /** Family level per law: the probability that a correct law is flagged. */
    static final double DELTA = 1e-9;
    /** Absolute slack for float rounding of the exact route. */
    static final double SLACK = 1e-9;

    private CrossCompare() {
    }

    /**
     * Compares a law's exact probabilities with the counts of m simulated draws.
     *
     * @param outcomes names of the outcomes (for reports)
     */
    static void counts(CrossTally t, String law, String[] outcomes, double[] exact, long[] counts, long m) {
        if (exact.length != counts.length) {
            // a law on the wrong alphabet: flagged as such rather than compared outcome by outcome
            check(t, law, "number of outcomes", exact.length, counts.length, -1, m, counts.length, counts.length,
                    "alphabet size");
            return;
        }
        double alpha = DELTA / exact.length;
        for (int i = 0; i < exact.length; i++) {
            double[] ci = ClopperPearson.interval(m, counts[i], alpha);
            double phat = (double) counts[i] / m;
            check(t, law, outcomes[i], exact[i], phat, counts[i], m, ci[0] - SLACK, ci[1] + SLACK,
                    String.format(java.util.Locale.ROOT, "Clopper-Pearson, level %.3g per outcome", alpha));
        }
    }

    /** Compares an exact mean of values in [0, 1] with the mean of m simulated values. */
    static void mean(CrossTally t, String law, double exact, double sampled, long m) {
        double eps = Math.sqrt(Math.log(2 / DELTA) / (2.0 * m));
        check(t, law, "mean", exact, sampled, -1, m, sampled - eps - SLACK, sampled + eps + SLACK,
                String.format(java.util.Locale.ROOT, "Hoeffding, level %.3g", DELTA));
    }

    /** Compares the exact cdf of {@code law} with the empirical cdf of {@code samples} (DKW). */
    static void cdf(CrossTally t, String lawText, LineLaw law, double[] samples) {
        double[] x = samples.clone();
        Arrays.sort(x);
        int m = x.length;
        double eps = Math.sqrt(Math.log(2 / DELTA) / (2.0 * m));
        double worstGap = -1;
        double atX = Double.NaN;
        double atF = Double.NaN;
        double atEmp = Double.NaN;
        for (int i = 0; i < m; i++) {
            double f = law.cdf(x[i]);
            double above = (i + 1.0) / m - f;
            double below = f - (double) i / m;
            if (Double.isNaN(f) || Math.max(above, below) > worstGap) {
                worstGap = Double.isNaN(f) ? Double.POSITIVE_INFINITY : Math.max(above, below);
                atX = x[i];
                atF = f;
                atEmp = above >= below ? (i + 1.0) / m : (double) i / m;
                if (Double.isNaN(f)) {
                    break;
                }
            }
        }
        check(t, lawText, "cdf at x = " + atX + " (sup |F_m - F|)", atF, atEmp, -1, m, atEmp - eps - SLACK,
                atEmp + eps + SLACK, String.format(java.util.Locale.ROOT, "DKW, level %.3g", DELTA));
    }

    private static void check(CrossTally t, String law, String outcome, double exact, double sampled, long count,
            long m, double lo, double hi, String test) {
        double dev;
        if (!(exact >= lo && exact <= hi)) {
            dev = Double.isNaN(exact) ? Double.POSITIVE_INFINITY
                    : exact > sampled ? (exact - sampled) / (hi - sampled) : (sampled - exact) / (sampled - lo);
            t.disagree(new Disagreement(law, t.instance(), outcome, exact, sampled, count, m, lo, hi, test));
        } else {
            dev = exact >= sampled ? (exact - sampled) / (hi - sampled) : (sampled - exact) / (sampled - lo);
        }
        t.compared(dev);
    }
}
