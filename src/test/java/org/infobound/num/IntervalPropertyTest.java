package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.hipparchus.dfp.DfpMath;
import org.junit.jupiter.api.Test;

/**
 * Seeded random intervals: the result of each operation contains f(x) for points x of the
 * arguments. The reference f(x) is exact ({@link BigDecimal}) for + - * / sqrt and integer
 * powers, and 80-digit Hipparchus {@link Dfp} for the elementary functions.
 */
class IntervalPropertyTest {

    private static final int TRIES = 1000;
    private static final DfpField FIELD = new DfpField(80);

    private final SplittableRandom random = new SplittableRandom(20261127L);

    /** A double of random sign, mantissa and binary exponent in [-e, e], sometimes 0. */
    private double number(int e) {
        if (random.nextInt(20) == 0) {
            return 0.0;
        }
        double m = 1 + random.nextDouble();
        double x = Math.scalb(m, random.nextInt(-e, e + 1));
        return random.nextBoolean() ? x : -x;
    }

    private Interval interval(int e) {
        double a = number(e);
        double b = random.nextInt(4) == 0 ? a : number(e);
        return Interval.of(Math.min(a, b), Math.max(a, b));
    }

    private double pointIn(Interval x) {
        int k = random.nextInt(4);
        if (k == 0) {
            return x.lo();
        }
        if (k == 1) {
            return x.hi();
        }
        double p = x.lo() + random.nextDouble() * (x.hi() - x.lo());
        return Math.min(Math.max(p, x.lo()), x.hi());
    }

    private static BigDecimal bd(double x) {
        return new BigDecimal(x);
    }

    @Test
    void arithmeticContainsExactResultsAtRandomPoints() {
        for (int i = 0; i < TRIES; i++) {
            Interval a = interval(random.nextBoolean() ? 40 : 1000);
            Interval b = interval(random.nextBoolean() ? 40 : 1000);
            double x = pointIn(a);
            double y = pointIn(b);
            String at = a + " op " + b + " at " + x + ", " + y;
            assertTrue(Enclosures.encloses(a.add(b), bd(x).add(bd(y))), () -> "add " + at);
            assertTrue(Enclosures.encloses(a.sub(b), bd(x).subtract(bd(y))), () -> "sub " + at);
            assertTrue(Enclosures.encloses(a.mul(b), bd(x).multiply(bd(y))), () -> "mul " + at);
            if (!b.containsZero()) {
                Interval q = a.div(b);
                // x / y in [lo, hi]  <=>  lo*y <= x <= hi*y for y > 0 (reversed for y < 0)
                Interval scaled = y > 0 ? q : q.neg();
                BigDecimal ay = bd(Math.abs(y));
                boolean ok = (scaled.lo() == Double.NEGATIVE_INFINITY
                        || bd(scaled.lo()).multiply(ay).compareTo(bd(x)) <= 0)
                        && (scaled.hi() == Double.POSITIVE_INFINITY
                        || bd(x).compareTo(bd(scaled.hi()).multiply(ay)) <= 0);
                assertTrue(ok, () -> "div " + at + " = " + q);
            }
        }
    }

    @Test
    void sqrtAndIntegerPowersContainExactResults() {
        for (int i = 0; i < TRIES; i++) {
            Interval a = interval(random.nextBoolean() ? 30 : 1000);
            Interval nonneg = a.abs();
            double x = pointIn(nonneg);
            Interval r = nonneg.sqrt();
            // sqrt x in [lo, hi]  <=>  lo^2 <= x <= hi^2
            assertTrue(bd(r.lo()).pow(2).compareTo(bd(x)) <= 0
                    && (r.hi() == Double.POSITIVE_INFINITY || bd(x).compareTo(bd(r.hi()).pow(2)) <= 0),
                    () -> "sqrt " + nonneg + " at " + x + " = " + r);
            int k = random.nextInt(1, 12);
            Interval small = interval(8);
            double y = pointIn(small);
            Interval p = small.pow(k);
            assertTrue(Enclosures.encloses(p, bd(y).pow(k)), () -> "pow " + small + "^" + k + " at " + y);
        }
    }

    @Test
    void elementaryFunctionsContainHighPrecisionValues() {
        checkElementary(Interval::exp, DfpMath::exp, 9, false);
        checkElementary(Interval::expm1, x -> DfpMath.exp(x).subtract(FIELD.getOne()), 9, false);
        checkElementary(Interval::log, DfpMath::log, 1000, true);
        checkElementary(Interval::log1p, x -> DfpMath.log(x.add(FIELD.getOne())), 9, true);
    }

    private void checkElementary(UnaryOperator<Interval> f, UnaryOperator<Dfp> ref, int e,
            boolean positive) {
        for (int i = 0; i < TRIES / 4; i++) {
            Interval a = interval(e);
            if (positive) {
                a = a.abs();
                if (a.lo() == 0) {
                    continue;
                }
            }
            double x = pointIn(a);
            if (x == 0 || Math.abs(x) < 1e-30) {
                continue;
            }
            Interval r = f.apply(a);
            Dfp v = ref.apply(FIELD.newDfp(x));
            Interval arg = a;
            assertTrue(!FIELD.newDfp(r.lo()).greaterThan(v) && !v.greaterThan(FIELD.newDfp(r.hi())),
                    () -> arg + " at " + x + ": " + r + " misses " + v);
        }
    }
}
