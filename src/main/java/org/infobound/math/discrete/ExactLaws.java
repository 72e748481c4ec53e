package org.infobound.math.discrete;

import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Interval;

/**
 * Exact rational views of a law for the certified routes: the exact probabilities of an exact
 * law, or, for a law given in doubles, the exact double values divided by their exact sum (the
 * same law when the doubles sum to exactly 1, and otherwise the law those doubles denote after
 * the at most 1e-12 normalisation).
 */
final class ExactLaws {

    /** Largest alphabet handled by exact rational arithmetic. */
    static final int MAX_SIZE = 100_000;

    private ExactLaws() {
    }

    static BigFraction[] normalised(DiscreteLaw p) {
        Checks.nonNull(p, "p");
        if (p.size() > MAX_SIZE) {
            throw new IllegalArgumentException("certified arithmetic supports at most " + MAX_SIZE
                    + " outcomes, got " + p.size());
        }
        if (p.isExact()) {
            return p.exact();
        }
        BigFraction[] e = new BigFraction[p.size()];
        BigFraction total = BigFraction.ZERO;
        for (int i = 0; i < e.length; i++) {
            e[i] = new BigFraction(p.p()[i]);
            total = total.add(e[i]);
        }
        if (!total.equals(BigFraction.ONE)) {
            for (int i = 0; i < e.length; i++) {
                e[i] = e[i].divide(total);
            }
        }
        return e;
    }

    static Interval[] enclose(BigFraction[] e) {
        Interval[] out = new Interval[e.length];
        for (int i = 0; i < e.length; i++) {
            out[i] = Interval.of(e[i]);
        }
        return out;
    }

    static Interval[] enclose(DiscreteLaw p) {
        return enclose(normalised(p));
    }

    static BigFraction exact(double x) {
        return org.infobound.num.Rationals.of(x);
    }
}
