package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Adversarial round 6: the certified cdf of a law on the line at a point -inf or +inf recursed
 * on itself ({@code cdf(normal(0, 1), -inf)} was a StackOverflowError, an internal error, exit
 * 70). Every law on the line has F(-inf) = 0 and F(inf) = 1 (a distribution function's limits).
 */
class CdfAtInfinityTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void distributionFunctionsAtTheInfinities() {
        LineLaw[] laws = {LineFamily.NORMAL.of(0, 1), LineFamily.EXPONENTIAL.of(1), LineFamily.UNIFORM.of(0, 1),
            LineFamily.LOGISTIC.of(0, 1), new MaxLaw(LineFamily.NORMAL.of(0, 1), 2),
            new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(1, 1), 0.5)};
        for (LineLaw p : laws) {
            assertEquals(Interval.ZERO, CertifiedLineLaws.cdf(p, Interval.of(-INF)), p.describe());
            assertEquals(Interval.ONE, CertifiedLineLaws.cdf(p, Interval.of(INF)), p.describe());
            Interval all = CertifiedLineLaws.cdf(p, Interval.of(-INF, INF));
            assertEquals(0.0, all.lo(), p.describe());
            assertEquals(1.0, all.hi(), p.describe());
        }
    }
}
