package org.infobound.math.line;

/**
 * A real value computed for a law on the line, with how it was obtained.
 *
 * <p>{@code closedForm == true}: the value comes from a closed form (or an exact support
 * argument, e.g. {@code +inf} because the supports are not nested) and is accurate to a few
 * ulps. {@code closedForm == false}: the value is <em>approximate</em>, from numerical
 * quadrature or optimisation; {@code errorEstimate} is the quadrature's own a-posteriori
 * estimate (difference of two Gauss–Legendre orders, summed over pieces), not a certified
 * bound. {@code errorEstimate == +inf} means "no error estimate" (e.g. a numerical supremum,
 * which is only a lower bound). Values are in nats; {@code value} may be {@code +inf}.
 *
 * @param value         the value (may be {@code +inf})
 * @param errorEstimate a non-negative estimate of {@code |value - true value|}
 * @param closedForm    whether the value is from a closed form (else approximate)
 */
public record LineValue(double value, double errorEstimate, boolean closedForm) {

    /** A closed-form value (error estimate 0). */
    public static LineValue exact(double value) {
        return new LineValue(value, 0.0, true);
    }

    /** Whether the value is approximate (numerical, not closed form). */
    public boolean approximate() {
        return !closedForm;
    }

    /** This value mapped through {@code a + b * value}, error scaled by {@code |b|}. */
    LineValue affine(double a, double b) {
        return new LineValue(a + b * value, Math.abs(b) * errorEstimate, closedForm);
    }
}
