package org.infobound.math;

/**
 * The generator f of an f-divergence {@code D_f(P || Q) = E_Q[f(dP/dQ)]}: a convex function on
 * (0, inf) with f(1) = 0.
 *
 * <p>Conventions (spec/LANGUAGE.md sections 7-8, spec/LANGUAGE.md section 7): a term with
 * {@code q_i = 0 < p_i} contributes {@code p_i * slopeAtInfinity()} (the singular part), a term
 * with {@code p_i = 0 < q_i} contributes {@code q_i * atZero()}, and a term with both zero
 * contributes nothing. Both limits may be {@code +inf}.
 */
public interface FGenerator {

    /** A short name for reports, e.g. {@code "t log t"}. */
    String name();

    /** f(t) for t in (0, inf). */
    double value(double t);

    /** {@code lim f(t)} as t -> 0+ (may be {@code +inf}). */
    double atZero();

    /** {@code lim f(t) / t} as t -> inf (may be {@code +inf}). */
    double slopeAtInfinity();
}
