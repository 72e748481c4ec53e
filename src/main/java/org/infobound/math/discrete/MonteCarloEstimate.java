package org.infobound.math.discrete;

/**
 * A Monte Carlo estimate with a normal-approximation confidence interval
 * {@code estimate +- halfWidth} at the given confidence level, from {@code samples} draws.
 *
 * @param estimate the sample mean
 * @param halfWidth {@code z_{(1+confidence)/2} * sd / sqrt(samples)}
 * @param confidence the two-sided confidence level in (0, 1)
 * @param samples the number of draws
 */
public record MonteCarloEstimate(double estimate, double halfWidth, double confidence,
        long samples) {

    /** Whether x lies within the confidence interval. */
    public boolean covers(double x) {
        return Math.abs(x - estimate) <= halfWidth;
    }
}
