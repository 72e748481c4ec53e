package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.infobound.num.Dual;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * {@link CertifiedLineMean}: the two-sided enclosure of {@code E_p g} contains the independent
 * value and is narrow; a divergent integral keeps an infinite upper end. References (closed forms,
 * or mpmath with mp.dps = 40):
 * <pre>
 *   normal(0,1): E X^2 = 1, E X^4 = 3, E min(X, 1) = -npdf(1) + 1 - ncdf(1)
 *       = -0.08331547058768629838306273856759857730659
 *   exponential(2): E X^3 = 3!/2^3 = 0.75;  laplace(0,1): E|X| = 1;  tilt(normal(0,1), 1) = normal(1, 1): E X = 1
 *   bon(normal(0,1), 4): quad(lambda x: x**2*4*npdf(x)*ncdf(x)**3, [-inf, 0, inf])
 *       = 1.551328895421792049511326498312969441397
 *   mix(normal(0,1), exponential(1), 1/4): E X^2 = 3/4 * 1 + 1/4 * 2 = 1.25
 *   pareto(1, 1/2): quad(lambda x: 1/(1+x)*0.5*x**-1.5, [1, inf]) = 1 - pi/4
 *       = 0.2146018366025516903843391541801242789507
 *   pareto(1, 2): E X^2 = +inf;  exponential(1): E e^(2X) = +inf;  gumbel(0,1): E e^(-X) = Gamma(2) = 1
 *   normal(0,1): E log(1 + X^2) = quad(lambda x: log(1+x**2)*npdf(x), [-inf, 0, inf])
 *       = 0.533453179844134831255118205347
 * </pre>
 */
class CertifiedLineMeanTest {

    private static final LineLaw N01 = LineFamily.NORMAL.of(0, 1);

    private static Interval enclose(LineLaw p, UnaryOperator<Dual> gd, UnaryOperator<Interval> g, double c, double d) {
        Interval v = CertifiedLineMean.enclose(p, gd, g, tail -> new double[] {c, d});
        assertNotNull(v, p.describe());
        return v;
    }

    private static void contains(double truth, Interval v, double relWidth) {
        assertTrue(v.lo() <= truth && truth <= v.hi(), v + " must contain " + truth);
        assertTrue(v.width() <= relWidth * Math.max(1, Math.abs(truth)), v + " wider than " + relWidth);
    }

    @Test
    void normalMoments() {
        // |x^2| <= (1 + |x|)^2, |x^4| <= (1 + |x|)^4
        contains(1, enclose(N01, x -> x.pow(2), x -> x.pow(2), 1, 2), 1e-5);
        contains(3, enclose(N01, x -> x.pow(4), x -> x.pow(4), 1, 4), 1e-5);
        // |log(1 + x^2)| <= 3 (1 + |x|): log(1 + x^2) <= 2 log(1 + |x|) <= 2 (1 + |x|)
        contains(0.533453179844134831255118205347, enclose(N01, x -> x.pow(2).log1p(), x -> x.pow(2).log1p(), 3, 1),
                1e-5);
        // a sign-changing g: E(X^3 - X) = 0, |x^3 - x| <= 2 (1 + |x|)^3
        contains(0, enclose(N01, x -> x.pow(3).sub(x), x -> x.pow(3).sub(x), 2, 3), 1e-5);
        // the interval route alone (no Dual): |min(x, 1)| <= 1 + |x|
        Interval m = CertifiedLineMean.enclose(N01, null, x -> x.min(Interval.ONE), tail -> new double[] {1, 1});
        // (the naive interval form is first order: width about 1.3e-3 with the piece budget)
        contains(-0.08331547058768629838306273856759857730659, m, 3e-3);
        // without a growth bound the left tail (min(x, 1) unbounded below) leaves the lower end open
        Interval open = CertifiedLineMean.enclose(N01, x -> x.min(Dual.constant(Interval.ONE)),
                x -> x.min(Interval.ONE), null);
        assertTrue(open.lo() == Double.NEGATIVE_INFINITY && open.hi() >= -0.08331547058768629838306273856759857730659
                && open.hi() < -0.0833, open.toString());
    }

    @Test
    void otherFamilies() {
        contains(0.75, enclose(LineFamily.EXPONENTIAL.of(2), x -> x.pow(3), x -> x.pow(3), 1, 3), 1e-5);
        contains(1, enclose(LineFamily.LAPLACE.of(0, 1), Dual::abs, Interval::abs, 1, 1), 1e-5);
        // bounded g on a heavy tail (pareto without a mean): the range times the tail mass
        contains(0.2146018366025516903843391541801242789507, CertifiedLineMean.enclose(LineFamily.PARETO.of(1, 0.5),
                x -> Dual.constant(Interval.ONE).div(x.add(Dual.constant(Interval.ONE))),
                x -> Interval.ONE.div(x.add(1)), null), 1e-5);
    }

    @Test
    void derivedLaws() {
        contains(1.551328895421792049511326498312969441397,
                enclose(new MaxLaw(N01, 4), x -> x.pow(2), x -> x.pow(2), 1, 2), 1e-5);
        contains(1, enclose(TiltedLaw.of(N01, 1), x -> x, x -> x, 1, 1), 1e-5);
        contains(1.25, enclose(new MixtureLaw(N01, LineFamily.EXPONENTIAL.of(1), 0.25),
                x -> x.pow(2), x -> x.pow(2), 1, 2), 1e-5);
    }

    @Test
    void divergentIntegralsKeepAnInfiniteUpperEnd() {
        // E X^2 of pareto(1, 2) diverges: the closed-form tail moment needs d < alpha
        Interval v = enclose(LineFamily.PARETO.of(1, 2), x -> x.pow(2), x -> x.pow(2), 1, 2);
        assertEquals(Double.POSITIVE_INFINITY, v.hi(), v.toString());
        assertTrue(v.lo() >= 0, v.toString());
        // E e^(2X) of exponential(1) diverges: no polynomial growth bound exists
        Interval w = CertifiedLineMean.enclose(LineFamily.EXPONENTIAL.of(1), x -> x.mul(Dual.constant(2)).exp(),
                x -> x.mul(2).exp(), null);
        assertNotNull(w);
        assertEquals(Double.POSITIVE_INFINITY, w.hi(), w.toString());
        // a finite value with an unbounded left tail and no growth bound: one-sided, containing 1
        Interval u = CertifiedLineMean.enclose(LineFamily.GUMBEL.of(0, 1), x -> x.neg().exp(), x -> x.neg().exp(), null);
        assertTrue(u.lo() <= 1 && u.lo() > 0.999 && u.hi() == Double.POSITIVE_INFINITY, u.toString());
    }

    @Test
    void exponentialGrowthOnATail() {
        // |e^(-x)| <= e * e^(|x|): the gumbel left tail by E e^(-sX) = Gamma(1 + s), s > 1; truth Gamma(2) = 1
        double e = Math.nextUp(Math.E);
        Interval u = CertifiedLineMean.enclose(LineFamily.GUMBEL.of(0, 1), x -> x.neg().exp(), x -> x.neg().exp(),
                tail -> new double[] {e, 0, 1});
        contains(1, u, 1e-5);
        // E e^(2X) of exponential(1) diverges: s would need 2 < s < 1, no bound, upper end +inf
        Interval w = CertifiedLineMean.enclose(LineFamily.EXPONENTIAL.of(1), x -> x.mul(Dual.constant(2)).exp(),
                x -> x.mul(2).exp(), tail -> new double[] {1, 0, 2});
        assertEquals(Double.POSITIVE_INFINITY, w.hi(), w.toString());
    }

    @Test
    void undefinedOnATailOnlyGivesNoValue() {
        // sqrt(x + 9) is undefined below -9, inside the left tail of normal(0, 1) beyond the core:
        // E is undefined, no enclosure at all (not a finite one from the core)
        assertEquals(null, CertifiedLineMean.enclose(N01, x -> x.add(Dual.constant(9)).sqrt(),
                x -> x.add(9).sqrt(), null));
    }

    @Test
    void tailMomentsAreUpperBounds() {
        // int_{x >= 3} (1 + x)^2 dN(0,1): mpmath quad(lambda x: (1+x)**2*npdf(x), [3, inf])
        //   = 0.0248590381229502249313153930158 (mp.dps = 30)
        // (the Chernoff-type bound at s = 3 is 16 e^(-9/2) = 0.1777: loose at 3, tiny at the 2^-50 quantile)
        double m = CertifiedLineMean.moment(N01, true, 3, 2);
        assertTrue(m >= 0.0248590381229502249313153930158 && m < 0.18, Double.toString(m));
        // pareto(1, 3): int_{x >= 2} (1 + x)^1 dF = P(X >= 2) + E[X; X >= 2] = 1/8 + 3/2 * 2^-2 = 0.5
        double p = CertifiedLineMean.moment(LineFamily.PARETO.of(1, 3), true, 2, 1);
        assertTrue(p >= 0.5 && p < 1, Double.toString(p));
        assertEquals(Double.POSITIVE_INFINITY, CertifiedLineMean.moment(LineFamily.PARETO.of(1, 3), true, 2, 3));
    }
}
