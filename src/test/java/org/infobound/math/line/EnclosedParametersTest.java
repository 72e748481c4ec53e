package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Certified values of family laws whose exact parameters are not doubles
 * ({@link EnclosedFamilyLaw}; spec/NUMERICS.md "Exact law parameters") and the closed-form KL
 * of {@link ClosedFamilyKl}. References by mpmath, mp.dps = 40, computed independently:
 * <pre>
 * from mpmath import *; mp.dps = 40
 * klg = lambda k1,t1,k2,t2: (k1-k2)*digamma(k1)-loggamma(k1)+loggamma(k2)+k2*(log(t2)-log(t1))+k1*(t1-t2)/t2
 * klb = lambda a1,b1,a2,b2: log(beta(a2,b2))-log(beta(a1,b1))+(a1-a2)*digamma(a1)+(b1-b2)*digamma(b1)+(a2-a1+b2-b1)*digamma(a1+b1)
 * (klg for k1 = 1/3 cross-checked by quad(p*(log p - log q), [0, 1e-30, 1e-10, 1e-3, 1, 10, inf]))
 * entropy gamma(k, t): k + log(t) + loggamma(k) + (1-k)*digamma(k)
 * entropy beta(a, b): log(beta(a,b))-(a-1)*digamma(a)-(b-1)*digamma(b)+(a+b-2)*digamma(a+b)
 * TV(gamma(1/3, 1), exponential(1)): p > q exactly below c = gamma(1/3)**(-3/2), so
 * TV = gammainc(1/3, 0, c, regularized=True) - (1 - exp(-c)) (a plain quad of abs(p - q) was 2e-7 off)
 * </pre>
 * Each value must lie in the enclosure (compared exactly as decimals) and the enclosure must be
 * narrower than the stated relative width.
 */
class EnclosedParametersTest {

    private static final BigFraction THIRD = new BigFraction(1, 3);
    private static final BigFraction NEAR_TENTH = new BigFraction(1, 10).add(
            new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(18)));

    private static EnclosedFamilyLaw enclosed(LineFamily f, BigFraction... q) {
        double[] near = new double[q.length];
        Interval[] iv = new Interval[q.length];
        for (int i = 0; i < q.length; i++) {
            near[i] = q[i].doubleValue();
            iv[i] = Interval.of(q[i]);
        }
        return f.enclosed(f.of(near), iv, f.label(), true);
    }

    private static BigFraction q(long n) {
        return new BigFraction(n);
    }

    private static void contains(String ref, Interval v, double relWidth) {
        assertNotNull(v, "no enclosure for " + ref);
        BigDecimal r = new BigDecimal(ref);
        assertTrue(new BigDecimal(v.lo()).compareTo(r) <= 0 && r.compareTo(new BigDecimal(v.hi())) <= 0,
                v + " does not contain " + ref);
        assertTrue(v.width() <= relWidth * Math.abs(r.doubleValue()), v + " wider than " + relWidth + " relative");
    }

    @Test
    void closedFormKlOfGammaPairsWithExactShapes() {
        contains("94.95579672524796602999220627988487132017",
                ClosedFamilyKl.kl(enclosed(LineFamily.GAMMA, new BigFraction(1, 100), q(1)), LineFamily.GAMMA.of(1, 1)),
                1e-12);
        contains("1.102601873086103812810438679213551177701",
                ClosedFamilyKl.kl(enclosed(LineFamily.GAMMA, THIRD, q(1)), LineFamily.GAMMA.of(1, 1)), 1e-12);
        // gamma(1, 3) is exponential(1/3)
        contains("1.396955870083157083677340683566789203162",
                ClosedFamilyKl.kl(enclosed(LineFamily.GAMMA, THIRD, q(2)), enclosed(LineFamily.EXPONENTIAL, THIRD)),
                1e-12);
        // a double shape (2^-7) goes through the same closed form with point parameters
        contains("122.712457029337432085720672989590265933",
                ClosedFamilyKl.kl(LineFamily.GAMMA.of(0.0078125, 1), LineFamily.GAMMA.of(1, 1)), 1e-12);
    }

    @Test
    void closedFormKlOfBetaAndNormalPairs() {
        contains("7.54835527141073211014610118392134863655",
                ClosedFamilyKl.kl(enclosed(LineFamily.BETA, NEAR_TENTH, q(2)), LineFamily.BETA.of(1, 1)), 1e-12);
        contains("0.08163865521946222130963484731653220793438",
                ClosedFamilyKl.kl(enclosed(LineFamily.BETA, THIRD, THIRD), LineFamily.BETA.of(0.5, 0.5)), 1e-11);
        contains("0.7952161839639918814985357389858834223829",
                ClosedFamilyKl.kl(enclosed(LineFamily.NORMAL, THIRD, new BigFraction(1, 7)),
                        enclosed(LineFamily.NORMAL, new BigFraction(1, 5), new BigFraction(1, 9))), 1e-13);
        // no closed form across families
        assertNull(ClosedFamilyKl.kl(LineFamily.GAMMA.of(2, 1), LineFamily.NORMAL.of(0, 1)));
    }

    @Test
    void closedFormMomentsAndEntropyInTheEnclosures() {
        contains("-0.7692685397527704794771053458802178443681",
                CertifiedLineLaws.entropy(enclosed(LineFamily.GAMMA, THIRD, q(1))), 1e-12);
        contains("-7.54835527141073211014610118392134863655",
                CertifiedLineLaws.entropy(enclosed(LineFamily.BETA, NEAR_TENTH, q(2))), 1e-12);
        contains("1997.003995005993007991009989011987013985",
                CertifiedLineLaws.variance(enclosed(LineFamily.PARETO, q(1), new BigFraction(2001, 1000))), 1e-11);
        contains("0.3655409037440503192160922592546722642709",
                CertifiedLineLaws.variance(enclosed(LineFamily.LOGISTIC, q(0), THIRD)), 1e-14);
        contains("0.1924052216338442868688373633608008103474",
                CertifiedLineLaws.enclosedMean(enclosed(LineFamily.GUMBEL, q(0), THIRD)), 1e-14);
        contains("1", CertifiedLineLaws.enclosedMean(enclosed(LineFamily.PARETO, THIRD, new BigFraction(3, 2))), 1e-14);
        // pareto alpha = 2 + 10^-18: the enclosure [2, 2 + 2^-51] straddles the edge of a finite
        // variance, so there is no value (never the one of alpha = 2, which is +inf)
        assertNull(CertifiedLineLaws.variance(enclosed(LineFamily.PARETO, q(1),
                q(2).add(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(18))))));
    }

    /**
     * gammainc(1/3, 0, 1, regularized=True) = 0.904288588570881428768201712716,
     * betainc(1/3, 1/3, 0, 1/2, regularized=True) = 1/2, ncdf(-1/3) = 0.369441340181763638272792282070,
     * quantile of exponential(1/3) at 1/2: 3 log 2 = 2.07944154167983592825169636437.
     */
    @Test
    void cdfAndQuantileWithEnclosedParameters() {
        contains("0.904288588570881428768201712716",
                CertifiedLineLaws.cdf(enclosed(LineFamily.GAMMA, THIRD, q(1)), Interval.ONE), 1e-12);
        contains("0.5", CertifiedLineLaws.cdf(enclosed(LineFamily.BETA, THIRD, THIRD), Interval.of(0.5)), 1e-12);
        contains("0.369441340181763638272792282070",
                CertifiedLineLaws.cdf(enclosed(LineFamily.NORMAL, THIRD, q(1)), Interval.ZERO), 1e-14);
        contains("2.07944154167983592825169636437",
                CertifiedLineLaws.quantile(enclosed(LineFamily.EXPONENTIAL, THIRD), Interval.of(0.5)), 1e-8);
        // the location branches of the laplace cdf are in doubles: no enclosed route
        assertNull(CertifiedLineLaws.cdf(enclosed(LineFamily.LAPLACE, THIRD, q(1)), Interval.ZERO));
    }

    /**
     * renyi of order 2 between normal(1/3, 1) and normal(0, 1): mpmath
     * log(quad(npdf(x, 1/3, 1)**2/npdf(x, 0, 1), [-inf, 0, inf])) = 0.111111111111111111111111111111 (= 1/9);
     * between exponential(1/3) and exponential(1), order 1/2: mpmath
     * log(quad(sqrt(r1 exp(-r1 x) r2 exp(-r2 x)), [0, inf]))/(1/2 - 1) = 0.287682072451780927439219005994;
     * order 2: p^2/q = r1^2/r2 exp(-(2 r1 - r2) x) with 2 r1 - r2 = -1/3 < 0, not integrable (+inf).
     */
    @Test
    void closedRenyiWithEnclosedParameters() {
        contains("0.111111111111111111111111111111",
                ClosedRenyi.of(enclosed(LineFamily.NORMAL, THIRD, q(1)).carrier(), LineFamily.NORMAL.of(0, 1),
                        Interval.of(2)), 1e-14);
        contains("0.287682072451780927439219005994",
                ClosedRenyi.of(enclosed(LineFamily.EXPONENTIAL, THIRD).carrier(), LineFamily.EXPONENTIAL.of(1),
                        Interval.of(0.5)), 1e-13);
        assertEquals(Interval.POSITIVE_INFINITY,
                ClosedRenyi.of(enclosed(LineFamily.EXPONENTIAL, THIRD).carrier(), LineFamily.EXPONENTIAL.of(1),
                        Interval.of(2)));
    }

    @Test
    void quadratureWithEnclosedParameters() {
        Interval tv = CertifiedLineQuadrature.tv(enclosed(LineFamily.GAMMA, THIRD, q(1)).carrier(),
                LineFamily.GAMMA.of(1, 1)).orElse(null);
        contains("0.4436669425868068863111536792109730611879", tv, 1e-5);
    }

    @Test
    void parameterValidityIsExact() {
        BigFraction tiny = new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(400));
        assertNull(LineFamily.GAMMA.invalidExact(new BigFraction[] {tiny, q(1)}));
        assertNull(LineFamily.NORMAL.invalidExact(new BigFraction[] {q(0), tiny}));
        assertEquals("exponential: parameter rate must be > 0, got 0",
                LineFamily.EXPONENTIAL.invalidExact(new BigFraction[] {q(0)}));
        assertTrue(LineFamily.BETA.invalidExact(new BigFraction[] {tiny.negate(), q(1)}).startsWith("beta: parameter a must be > 0"));
        assertTrue(LineFamily.UNIFORM.invalidExact(new BigFraction[] {THIRD, THIRD}).startsWith("uniform: parameter a must be < b"));
        // 1/3 < 1/3 + 10^-30 although both have the same nearest double
        assertNull(LineFamily.UNIFORM.invalidExact(new BigFraction[] {THIRD,
                THIRD.add(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(30)))}));
        // an enclosure that is not certainly valid has no law
        assertThrows(IllegalArgumentException.class, () -> LineFamily.GAMMA.enclosed(LineFamily.GAMMA.of(1e-300, 1),
                new Interval[] {Interval.of(0, 1e-300), Interval.ONE}, "gamma", false));
    }
}
