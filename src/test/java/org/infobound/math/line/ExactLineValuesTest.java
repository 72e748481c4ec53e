package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Interval;
import org.infobound.num.Rationals;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactLineValues}: every exact value against an independent exact computation with
 * Python's {@code fractions.Fraction}: each expected value below is printed by the Python
 * expression in its comment (python3, after
 * {@code from fractions import Fraction as F; T = F(10)**30; t = F(10)**-30;
 * H = lambda n: sum(F(1, k) for k in range(1, n + 1)); S2 = lambda n: sum(F(1, k*k) for k in range(1, n + 1))}),
 * {@code uw(a, b, c, d)} = P(X > Y) for X ~ U(a, b), Y ~ U(c, d) by summing {@code (hi - lo) F_Y(mid)}
 * over the pieces of [a, b] cut at c and d, where F_Y is linear), at ordinary, huge (10^30) and
 * tiny (10^-30) parameters; and the certified enclosures of the
 * same quantities contain the exact value (the certified route agrees with the exact one).
 */
class ExactLineValuesTest {

    private static final BigFraction T = new BigFraction(BigInteger.TEN.pow(30));
    private static final BigFraction TINY = T.reciprocal();

    private static BigFraction q(String s) {
        String[] p = s.split("/");
        return p.length == 1 ? new BigFraction(new BigInteger(p[0].trim()))
                : new BigFraction(new BigInteger(p[0].trim()), new BigInteger(p[1].trim()));
    }

    private static BigFraction q(long n, long d) {
        return new BigFraction(n, d);
    }

    /** The family law with exact rational parameters (held at the nearest doubles, as on the float route). */
    static LineLaw law(LineFamily f, BigFraction... ps) {
        double[] d = new double[ps.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = Rationals.toDouble(ps[i]);
        }
        return f.of(d).withExactParameters(ps);
    }

    /** The same law as the certified route builds it when a parameter is not a double. */
    static LineLaw enclosed(LineFamily f, BigFraction... ps) {
        FamilyLaw nearest = (FamilyLaw) law(f, ps);
        Interval[] iv = new Interval[ps.length];
        for (int i = 0; i < iv.length; i++) {
            iv[i] = Interval.of(ps[i]);
        }
        return f.enclosed(nearest, iv, "test", true);
    }

    private static void assertExact(BigFraction expected, BigFraction actual) {
        assertNotNull(actual, "no exact value, expected " + expected);
        assertEquals(0, expected.compareTo(actual), "expected " + expected + ", got " + actual);
    }

    private static void assertContains(Interval iv, BigFraction v) {
        assertNotNull(iv, "no certified enclosure");
        assertTrue(Rationals.of(iv.lo()).compareTo(v) <= 0 && Rationals.of(iv.hi()).compareTo(v) >= 0,
                iv + " does not contain " + v);
    }

    @Test
    void familyMeansAndVariances() {
        // (t + T)**2 / 12
        assertExact(q("1000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000001/12000000000000000000000000000000000000000000000000000000000000"),
                ExactLineValues.moment("var", law(LineFamily.UNIFORM, T.negate(), TINY), null));
        // (F(1,3) + T) / 2
        assertExact(q("3000000000000000000000000000001/6"),
                ExactLineValues.moment("E", law(LineFamily.UNIFORM, q(1, 3), T), null));
        // var(uniform(0, 2)) = 1/3
        assertExact(q(1, 3), ExactLineValues.moment("var", law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.TWO), null));
        // 1 / t**2 ; 1 / F(3,7)
        assertExact(T.multiply(T), ExactLineValues.moment("var", law(LineFamily.EXPONENTIAL, TINY), null));
        assertExact(q(7, 3), ExactLineValues.moment("E", law(LineFamily.EXPONENTIAL, q(3, 7)), null));
        // F(1,3) * T ; F(1,3) * T * T
        assertExact(q("1000000000000000000000000000000/3"), ExactLineValues.moment("E", law(LineFamily.GAMMA, q(1, 3), T), null));
        assertExact(q("1000000000000000000000000000000000000000000000000000000000000/3"),
                ExactLineValues.moment("var", law(LineFamily.GAMMA, q(1, 3), T), null));
        // F(1,3)/(F(1,3) + t) ; F(1,3)*t/((F(1,3)+t)**2*(F(1,3)+t+1))
        assertExact(q("1000000000000000000000000000000/1000000000000000000000000000003"),
                ExactLineValues.moment("E", law(LineFamily.BETA, q(1, 3), TINY), null));
        assertExact(q("9000000000000000000000000000000000000000000000000000000000000/4000000000000000000000000000027000000000000000000000000000054000000000000000000000000000027"),
                ExactLineValues.moment("var", law(LineFamily.BETA, q(1, 3), TINY), null));
        // pareto(1/3, 5/2): F(5,2)*F(1,3)/F(3,2) ; F(1,9)*F(5,2)/(F(3,2)**2*F(1,2))
        assertExact(q(5, 9), ExactLineValues.moment("E", law(LineFamily.PARETO, q(1, 3), q(5, 2)), null));
        assertExact(q(20, 81), ExactLineValues.moment("var", law(LineFamily.PARETO, q(1, 3), q(5, 2)), null));
        // 2 * t * t
        assertExact(q("1/500000000000000000000000000000000000000000000000000000000000"),
                ExactLineValues.moment("var", law(LineFamily.LAPLACE, q(1, 3), TINY), null));
        assertExact(q(1, 3), ExactLineValues.moment("E", law(LineFamily.LOGISTIC, q(1, 3), q(2, 7)), null));
        assertExact(T.multiply(T), ExactLineValues.moment("var", law(LineFamily.NORMAL, TINY, T), null));
        // the certified route's law (enclosed parameters) has the same exact values
        assertExact(q(5, 9), ExactLineValues.moment("E", enclosed(LineFamily.PARETO, q(1, 3), q(5, 2)), null));
        assertExact(q("1000000000000000000000000000000000000000000000000000000000000/3"),
                ExactLineValues.moment("var", enclosed(LineFamily.GAMMA, q(1, 3), T), null));
    }

    @Test
    void noExactValueWhereTheClosedFormIsNotRational() {
        // pareto mean infinite (alpha <= 1), variance infinite (alpha <= 2); logistic and gumbel
        // variances (pi^2), gumbel mean (Euler's constant): left to the other routes
        assertNull(ExactLineValues.moment("E", law(LineFamily.PARETO, q(1, 3), BigFraction.ONE), null));
        assertNull(ExactLineValues.moment("var", law(LineFamily.PARETO, q(1, 3), BigFraction.TWO), null));
        assertNull(ExactLineValues.moment("var", law(LineFamily.LOGISTIC, BigFraction.ZERO, BigFraction.ONE), null));
        assertNull(ExactLineValues.moment("E", law(LineFamily.GUMBEL, BigFraction.ZERO, BigFraction.ONE), null));
        assertNull(ExactLineValues.moment("cdf", law(LineFamily.NORMAL, BigFraction.ZERO, BigFraction.ONE), q(1, 3)));
        assertNull(ExactLineValues.moment("quantile", law(LineFamily.NORMAL, BigFraction.ZERO, BigFraction.ONE), q(1, 3)));
        assertNull(ExactLineValues.moment("sd", law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.TWO), null));
    }

    @Test
    void cdfAndQuantile() {
        // (1 - F(1,3)) / (T - F(1,3))
        assertExact(q("2/2999999999999999999999999999999"),
                ExactLineValues.moment("cdf", law(LineFamily.UNIFORM, q(1, 3), T), BigFraction.ONE));
        // clamped outside the support
        assertExact(BigFraction.ZERO, ExactLineValues.moment("cdf", law(LineFamily.UNIFORM, q(1, 3), T), q(1, 3)));
        assertExact(BigFraction.ONE, ExactLineValues.moment("cdf", law(LineFamily.UNIFORM, q(1, 3), T), T.add(1)));
        assertExact(BigFraction.ZERO, ExactLineValues.moment("cdf", law(LineFamily.EXPONENTIAL, TINY), BigFraction.ZERO));
        assertExact(BigFraction.ZERO, ExactLineValues.moment("cdf", law(LineFamily.PARETO, q(1, 3), q(1, 2)), q(1, 3)));
        assertExact(BigFraction.ONE, ExactLineValues.moment("cdf", law(LineFamily.BETA, q(1, 3), q(1, 2)), BigFraction.ONE));
        // F(-1,3) + F(1,7)*(t + F(1,3))
        assertExact(q("-1999999999999999999999999999999/7000000000000000000000000000000"),
                ExactLineValues.moment("quantile", law(LineFamily.UNIFORM, q(-1, 3), TINY), q(1, 7)));
        // the centre of a symmetric law
        assertExact(q(1, 2), ExactLineValues.moment("cdf", law(LineFamily.LAPLACE, q(1, 3), T), q(1, 3)));
        assertExact(q(1, 3), ExactLineValues.moment("quantile", law(LineFamily.LOGISTIC, q(1, 3), TINY), q(1, 2)));
        // quantile at u outside (0, 1]: none
        assertNull(ExactLineValues.moment("quantile", law(LineFamily.UNIFORM, q(1, 3), T), BigFraction.ZERO));
    }

    @Test
    void bestOfN() {
        // a + (b-a) F(n, n+1), (b-a)**2 * n / ((n+1)**2 * (n+2))
        LineLaw u = new MaxLaw(law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.ONE), 4);
        assertExact(q(4, 5), ExactLineValues.moment("E", u, null));
        assertExact(q(2, 75), ExactLineValues.moment("var", u, null));
        LineLaw u7 = new MaxLaw(law(LineFamily.UNIFORM, q(-1, 3), T), 7);
        assertExact(q("20999999999999999999999999999999/24"), ExactLineValues.moment("E", u7, null));
        assertExact(q("63000000000000000000000000000042000000000000000000000000000007/5184"),
                ExactLineValues.moment("var", u7, null));
        // H(10) / F(3,2), S2(10) / F(3,2)**2
        LineLaw e = new MaxLaw(law(LineFamily.EXPONENTIAL, q(3, 2)), 10);
        assertExact(q(7381, 3780), ExactLineValues.moment("E", e, null));
        assertExact(q(1968329, 2857680), ExactLineValues.moment("var", e, null));
        // H(37), S2(30)
        assertExact(q("2040798836801833/485721041551200"), ExactLineValues.harmonic(37));
        assertExact(q("8745363341445960333910369/5424658191543895143840000"), ExactLineValues.inverseSquares(30));
        // F(1,3)**5
        assertExact(q(1, 243), ExactLineValues.moment("cdf",
                new MaxLaw(law(LineFamily.UNIFORM, BigFraction.ZERO, q(3, 1)), 5), BigFraction.ONE));
        // beyond the size limits: no exact value (the enclosure decides), never a truncated one
        assertNull(ExactLineValues.moment("E", new MaxLaw(law(LineFamily.EXPONENTIAL, BigFraction.ONE), 1001), null));
        assertNull(ExactLineValues.moment("var", new MaxLaw(law(LineFamily.EXPONENTIAL, BigFraction.ONE), 501), null));
        assertNull(ExactLineValues.moment("cdf",
                new MaxLaw(law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.ONE), 3000), q(1, 2)));
        // H_1000 has 1441 bits (Python: H(1000).numerator.bit_length()), within the limit
        assertNotNull(ExactLineValues.moment("E", new MaxLaw(law(LineFamily.EXPONENTIAL, BigFraction.ONE), 1000), null));
    }

    @Test
    void mixturesWithExactWeights() {
        LineLaw n0 = law(LineFamily.NORMAL, BigFraction.ZERO, BigFraction.ONE);
        LineLaw n3 = law(LineFamily.NORMAL, q(3, 1), BigFraction.ONE);
        MixtureLaw m = new MixtureLaw(n0, n3, q(1, 3));
        assertTrue(!m.weightIsDouble() && !m.weightZero() && !m.weightOne());
        assertExact(BigFraction.ONE, ExactLineValues.moment("E", m, null));
        // (1-w)*1 + w*1 + w*(1-w)*9 = 3
        assertExact(q(3, 1), ExactLineValues.moment("var", m, null));
        // uniform(0,1) and exponential(2), w = 10^-30: E 1/2, var
        MixtureLaw ue = new MixtureLaw(law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.ONE),
                law(LineFamily.EXPONENTIAL, BigFraction.TWO), TINY);
        assertExact(q(1, 2), ExactLineValues.moment("E", ue, null));
        assertExact(q("166666666666666666666666666667/2000000000000000000000000000000"),
                ExactLineValues.moment("var", ue, null));
        // normal(0,1), normal(3,2), w = 1/2 - 10^-30
        MixtureLaw half = new MixtureLaw(n0, law(LineFamily.NORMAL, q(3, 1), BigFraction.TWO), q(1, 2).subtract(TINY));
        assertExact(q("4749999999999999999999999999996999999999999999999999999999991/1000000000000000000000000000000000000000000000000000000000000"),
                ExactLineValues.moment("var", half, null));
        // cdf(mix(N(1/3,1), U(0,2), 1/3), 1/3) = (2/3)(1/2) + (1/3)(1/6) = 7/18
        MixtureLaw nu = new MixtureLaw(law(LineFamily.NORMAL, q(1, 3), BigFraction.ONE),
                law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.TWO), q(1, 3));
        assertExact(q(7, 18), ExactLineValues.moment("cdf", nu, q(1, 3)));
        // a weight exactly 0 or 1 drops the other component, even one without an exact value
        LineLaw g = law(LineFamily.GUMBEL, BigFraction.ZERO, BigFraction.ONE);
        assertExact(q(1, 2), ExactLineValues.moment("E", new MixtureLaw(ue.first(), g, BigFraction.ZERO), null));
        assertNull(ExactLineValues.moment("E", new MixtureLaw(ue.first(), g, TINY), null));
        // a weight below the doubles is not zero
        BigFraction w400 = new BigFraction(BigInteger.TEN.pow(400)).reciprocal();
        MixtureLaw tiny = new MixtureLaw(n0, n3, w400);
        assertEquals(0.0, tiny.weight());
        assertTrue(!tiny.weightZero());
        assertExact(w400.multiply(3), ExactLineValues.moment("E", tiny, null));
    }

    @Test
    void winrates() {
        LineLaw e1 = law(LineFamily.EXPONENTIAL, BigFraction.ONE);
        LineLaw e2 = law(LineFamily.EXPONENTIAL, BigFraction.TWO);
        // winrate(p, q) = P(X_p > X_q): r2/(r1 + r2)
        assertExact(q(2, 3), ExactLineValues.winrate(e1, e2));
        assertExact(q(1, 3), ExactLineValues.winrate(e2, e1));
        // T/(F(1,3) + T)
        assertExact(q("3000000000000000000000000000000/3000000000000000000000000000001"),
                ExactLineValues.winrate(law(LineFamily.EXPONENTIAL, q(1, 3)), law(LineFamily.EXPONENTIAL, T)));
        LineLaw n = law(LineFamily.NORMAL, BigFraction.ZERO, BigFraction.ONE);
        assertExact(q(1, 2), ExactLineValues.winrate(n, n));
        assertExact(q(3, 8), ExactLineValues.winrate(new MaxLaw(n, 3), new MaxLaw(n, 5)));
        assertExact(q(1, 6), ExactLineValues.winrate(n, new MaxLaw(n, 5)));
        assertExact(q(1, 2), ExactLineValues.winrate(n, law(LineFamily.NORMAL, BigFraction.ZERO, T)));
        assertExact(q(1, 2), ExactLineValues.winrate(law(LineFamily.UNIFORM, BigFraction.ZERO, q(3, 1)),
                law(LineFamily.LAPLACE, q(3, 2), TINY)));
        // uw(...) of the header: exact piecewise integration in fractions
        assertExact(q(1, 8), ExactLineValues.winrate(law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.TWO),
                law(LineFamily.UNIFORM, BigFraction.ONE, q(3, 1))));
        assertExact(q("2/8999999999999999999999999999997"), ExactLineValues.winrate(
                law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.ONE), law(LineFamily.UNIFORM, q(1, 3), T)));
        assertExact(q("1999999999999999999999999999999999999999999999999999999999999/4000000000000000000000000000000000000000000000000000000000000"),
                ExactLineValues.winrate(law(LineFamily.UNIFORM, T.negate(), T), law(LineFamily.UNIFORM, BigFraction.ZERO, TINY)));
        assertExact(BigFraction.ONE, ExactLineValues.winrate(law(LineFamily.UNIFORM, BigFraction.ONE, BigFraction.TWO),
                law(LineFamily.UNIFORM, BigFraction.ZERO, q(1, 2))));
        // mixtures linearly: (2/3) (1/2) + (1/3) (2/3) for mix(e1, e1 vs e2 ...)
        MixtureLaw m = new MixtureLaw(e2, e1, q(1, 3));
        // P(X > Y), X ~ (2/3) Exp(2) + (1/3) Exp(1), Y ~ Exp(2): (2/3)(1/2) + (1/3)(2/3) = 5/9
        assertExact(q(5, 9), ExactLineValues.winrate(m, e2));
        assertExact(q(4, 9), ExactLineValues.winrate(e2, m));
        // no rational closed form: none
        assertNull(ExactLineValues.winrate(n, law(LineFamily.NORMAL, BigFraction.ONE, BigFraction.ONE)));
    }

    @Test
    void divergencesOfUniforms() {
        LineLaw u02 = law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.TWO);
        LineLaw u13 = law(LineFamily.UNIFORM, BigFraction.ONE, q(3, 1));
        assertExact(q(1, 2), ExactLineValues.divergence("TV", u02, u13));
        // 1 - 1*min(1, 1/T)
        assertExact(q("999999999999999999999999999999/1000000000000000000000000000000"), ExactLineValues.divergence("TV",
                law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.ONE), law(LineFamily.UNIFORM, BigFraction.ZERO, T)));
        assertExact(BigFraction.ONE, ExactLineValues.divergence("TV",
                law(LineFamily.UNIFORM, BigFraction.ZERO, q(1, 3)), law(LineFamily.UNIFORM, q(1, 2), BigFraction.ONE)));
        // (3 + t)/1 - 1
        assertExact(q("2000000000000000000000000000001/1000000000000000000000000000000"), ExactLineValues.divergence("chi2",
                law(LineFamily.UNIFORM, BigFraction.ZERO, BigFraction.ONE), law(LineFamily.UNIFORM, TINY.negate(), q(3, 1))));
        // support not contained: chi2 = +inf, no exact value
        assertNull(ExactLineValues.divergence("chi2", u02, u13));
        assertNull(ExactLineValues.divergence("KL", u02, u13));
    }

    /**
     * A closed-form tilt carries its exact parameters (formed in rationals from the base's and
     * the double beta): tilt(exponential(1), 3) = exponential(1 - 1/3) = exponential(2/3), mean
     * 3/2 on the float route; the certified route keeps it a tilt (2/3 is not a double).
     */
    @Test
    void closedFormTiltsCarryExactParameters() {
        LineLaw t = TiltedLaw.of(LineFamily.EXPONENTIAL.of(1), 3);
        assertExact(q(3, 2), ExactLineValues.moment("E", t, null));
        assertExact(q(9, 4), ExactLineValues.moment("var", t, null));
        assertTrue(TiltedLaw.exact(LineFamily.EXPONENTIAL.of(1), 3) instanceof TiltedLaw);
        // tilt(normal(0, 1), 2) = normal(1/2, 1): exact on both routes
        LineLaw n = TiltedLaw.exact(LineFamily.NORMAL.of(0, 1), 2);
        assertTrue(n instanceof FamilyLaw);
        assertExact(q(1, 2), ExactLineValues.moment("E", n, null));
        // gamma(2, 1) by 1/4: gamma(2, 1/(1 - 1/4)) = gamma(2, 4/3), variance 2 (4/3)^2 = 32/9
        assertExact(q(32, 9), ExactLineValues.moment("var", TiltedLaw.of(LineFamily.GAMMA.of(2, 1), 4), null));
    }

    /** The certified enclosures of the same quantities (double parameters) contain the exact values. */
    @Test
    void certifiedEnclosuresContainTheExactValues() {
        LineLaw u02 = LineFamily.UNIFORM.of(0, 2);
        assertContains(CertifiedLineLaws.variance(u02), ExactLineValues.moment("var", u02, null));
        LineLaw bu = new MaxLaw(LineFamily.UNIFORM.of(0, 1), 4);
        assertContains(CertifiedLineLaws.variance(bu), ExactLineValues.moment("var", bu, null));
        assertContains(CertifiedLineLaws.mean(bu, l -> CertifiedLineLaws.familyMean((FamilyLaw) l)),
                ExactLineValues.moment("E", bu, null));
        LineLaw be = new MaxLaw(LineFamily.EXPONENTIAL.of(1.5), 10);
        assertContains(CertifiedLineLaws.variance(be), ExactLineValues.moment("var", be, null));
        assertContains(CertifiedLineLaws.mean(be, l -> CertifiedLineLaws.familyMean((FamilyLaw) l)),
                ExactLineValues.moment("E", be, null));
        LineLaw e1 = LineFamily.EXPONENTIAL.of(1);
        LineLaw e2 = LineFamily.EXPONENTIAL.of(2);
        assertContains(CertifiedLineCgf.winrate(e1, e2), ExactLineValues.winrate(e1, e2));
        MixtureLaw m = new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(3, 1), q(1, 3));
        assertContains(CertifiedLineLaws.mean(m, l -> CertifiedLineLaws.familyMean((FamilyLaw) l)),
                ExactLineValues.moment("E", m, null));
        assertContains(CertifiedLineLaws.variance(m), ExactLineValues.moment("var", m, null));
        MixtureLaw nu = new MixtureLaw(LineFamily.NORMAL.of(0.5, 1), LineFamily.UNIFORM.of(0, 2), q(1, 3));
        assertContains(CertifiedLineLaws.cdf(nu, Interval.of(0.5)), ExactLineValues.moment("cdf", nu, q(1, 2)));
        LineLaw u13 = LineFamily.UNIFORM.of(1, 3);
        assertContains(CertifiedPairQuadrature.winrate(u02, u13), ExactLineValues.winrate(u02, u13));
        assertContains(CertifiedLineLaws.quantile(LineFamily.UNIFORM.of(1, 4), Interval.of(q(1, 3))),
                ExactLineValues.moment("quantile", LineFamily.UNIFORM.of(1, 4), q(1, 3)));
        LineLaw enc = enclosed(LineFamily.GAMMA, q(1, 3), q(3, 1));
        assertContains(CertifiedLineLaws.enclosedVariance((EnclosedFamilyLaw) enc), ExactLineValues.moment("var", enc, null));
        BigFraction w400 = new BigFraction(BigInteger.TEN.pow(400)).reciprocal();
        MixtureLaw tiny = new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(3, 1), w400);
        Interval mt = CertifiedLineLaws.mean(tiny, l -> CertifiedLineLaws.familyMean((FamilyLaw) l));
        assertContains(mt, w400.multiply(3));
        assertTrue(mt.hi() > 0, "the second component's mass is not dropped: " + mt);
    }
}
