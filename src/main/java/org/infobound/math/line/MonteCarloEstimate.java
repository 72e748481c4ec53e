package org.infobound.math.line;

/**
 * A Monte Carlo estimate with a normal-approximation confidence interval
 * {@code estimate +- halfWidth} at the given confidence level (e.g. 0.99), from
 * {@code samples} draws. A sampled value: never a proof.
 *
 * @param estimate   the sample mean
 * @param halfWidth  {@code z_{(1+confidence)/2} * sd / sqrt(samples)}
 * @param confidence the two-sided confidence level in (0, 1)
 * @param samples    the number of draws
 */
public record MonteCarloEstimate(double estimate, double halfWidth, double confidence, long samples) {

    /** Whether x lies in {@code [estimate - halfWidth, estimate + halfWidth]}. */
    public boolean covers(double x) {
        return Math.abs(x - estimate) <= halfWidth;
    }
}
