package org.infobound.math.line;

import org.hipparchus.random.RandomGenerator;

/**
 * A probability law on the real line with a density (atomless): a parametric family law
 * ({@link FamilyLaw}, built by {@link LineFamily#of(double...)}), the law of the best of n
 * draws ({@link MaxLaw}), a two-component mixture ({@link MixtureLaw}) or an exponential tilt
 * ({@link TiltedLaw}).
 *
 * <p>Conventions: the support is the closed interval {@code [supportLower(), supportUpper()]}
 * (endpoints may be infinite); {@code density} is 0 and {@code logDensity} is {@code -inf}
 * outside it. {@code mean()} and {@code variance()} are {@code +inf} (or NaN for an undefined
 * mean of a law with two heavy tails) when they do not exist.
 */
public sealed interface LineLaw permits FamilyLaw, EnclosedFamilyLaw, MaxLaw, MixtureLaw, TiltedLaw {

    /**
     * Ensures: 0 <= result && result <= 1.
     */
    /** {@code F(x) = P(X <= x)}. */
    double cdf(double x);

    /**
     * Ensures: 0 <= result && result <= 1.
     */
    /** {@code S(x) = P(X > x) = 1 - F(x)}, computed without cancellation where possible. */
    double survival(double x);

    /**
     * Ensures: result >= 0.
     */
    /** The density f(x) (0 outside the support). */
    double density(double x);

    /** {@code log f(x)}, {@code -inf} where f(x) = 0. */
    double logDensity(double x);

    /**
     * Requires: 0 <= u && u <= 1.
     * Throws IllegalArgumentException when !(0 <= u && u <= 1).
     */
    /** The quantile {@code F^{-1}(u) = inf{x : F(x) >= u}}; 0 and 1 map to the support ends. */
    double quantile(double u);

    /** Lower end of the support (may be {@code -inf}). */
    double supportLower();

    /** Upper end of the support (may be {@code +inf}). */
    double supportUpper();

    /** The mean, {@code +inf} if the right tail is not integrable. */
    double mean();

    /** The variance, {@code +inf} if the second moment does not exist. */
    double variance();

    /**
     * Requires: rng != null.
     */
    /** One draw, by inversion {@code quantile(U)} with U uniform on (0, 1) unless stated. */
    default double sample(RandomGenerator rng) {
        // inverse-cdf sampling: quantile of an open uniform; laws with a cheaper route override it
        return quantile(Checks.openUniform(Checks.notNull("rng", rng)));
    }

    /** A short description, e.g. {@code normal(0, 1)}. */
    String describe();
}
