package org.infobound.engine.falsify;

import java.math.BigDecimal;
import java.math.MathContext;
import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Rationals;

/**
 * Doubles next to an exact rational: the largest double below, the smallest above, whether a
 * rational is a double exactly. The search draws doubles (a hint), but every bound it respects
 * is exact, so it needs the doubles that lie inside an exact interval.
 */
final class ExactDoubles {

    private ExactDoubles() {
    }

    /** The double nearest q (correctly rounded; 0 or +-infinity beyond the double range). */
    static double near(BigFraction q) {
        return org.infobound.num.Rationals.toDouble(q);
    }

    /** The exact value of a finite double compared with q. */
    private static int cmp(double d, BigFraction q) {
        if (d == Double.POSITIVE_INFINITY) {
            return 1;
        }
        if (d == Double.NEGATIVE_INFINITY) {
            return -1;
        }
        return Rationals.of(d).compareTo(q);
    }

    /** The smallest double >= q (+infinity when q exceeds every finite double). */
    static double ceil(BigFraction q) {
        double d = near(q);
        while (cmp(d, q) < 0) {
            d = Math.nextUp(d);
        }
        while (d != Double.NEGATIVE_INFINITY && cmp(Math.nextDown(d), q) >= 0) {
            d = Math.nextDown(d);
        }
        return d == 0 ? 0.0 : d;
    }

    /** The largest double <= q (-infinity when q is below every finite double). */
    static double floor(BigFraction q) {
        double d = near(q);
        while (cmp(d, q) > 0) {
            d = Math.nextDown(d);
        }
        while (d != Double.POSITIVE_INFINITY && cmp(Math.nextUp(d), q) <= 0) {
            d = Math.nextUp(d);
        }
        return d == 0 ? 0.0 : d;
    }

    /** Whether q is exactly a finite double. */
    static boolean isDouble(BigFraction q) {
        double d = floor(q);
        return Double.isFinite(d) && cmp(d, q) == 0;
    }
}
