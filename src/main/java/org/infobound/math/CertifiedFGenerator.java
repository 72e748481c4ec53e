package org.infobound.math;

import org.infobound.num.Interval;

/**
 * An f-divergence generator with interval versions of f and its limits, so that certified
 * enclosures of {@code D_f} can be built (every result must contain the true value).
 */
public interface CertifiedFGenerator extends FGenerator {

    /** An interval containing f(t) for every t in the argument (t >= 0; f(0) = f(0+)). */
    Interval value(Interval t);

    /** An interval containing {@code f(0+)}. */
    Interval atZeroInterval();

    /** An interval containing {@code lim f(t)/t} as t -> inf. */
    Interval slopeAtInfinityInterval();
}
