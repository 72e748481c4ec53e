package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.function.Function;
import org.infobound.math.line.CertifiedLineCgf.Sigma2Side;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Certified cgf, sigma2 (both sides) and winrate of laws on the line ({@link CertifiedLineCgf}),
 * against mpmath references (mp.dps = 40; the snippet is above each group) for containment
 * and a width bound. Before this change every one of these values was uncertified on the line.
 */
class CertifiedLineCgfTest {

    private static final Function<LineLaw, Interval> MEAN =
            p -> CertifiedLineLaws.mean(p, l -> CertifiedLineLaws.familyMean((FamilyLaw) l));
    private static final Function<LineLaw, Interval> VAR = CertifiedLineLaws::variance;

    private static void encloses(String ref, Interval iv, double maxWidth) {
        CertifiedLineLawsTest.encloses(ref, iv, maxWidth);
    }

    private static Interval cgf(LineLaw p, double l) {
        return CertifiedLineCgf.cgf(p, Interval.of(l), MEAN);
    }

    // mpmath: normal 4*0.75^2/2; -log(1-1.5/2)-1.5/2; 3*(-log(1-0.5)-0.5); -log(1-4*0.0625);
    // log(pi*0.5/sin(pi*0.5)); loggamma(1-0.6)-euler*0.6; loggamma(7)+6*euler;
    // uniform(0, 3): x = 1.5 l, log(sinh(x)/x)
    @Test
    void cgfOfFamilies() {
        encloses("1.125", cgf(LineFamily.NORMAL.of(0, 2), 0.75), 1e-14);
        encloses("0.636294361119890618834464242916353136151", cgf(LineFamily.EXPONENTIAL.of(2), 1.5), 1e-14);
        encloses("0.5794415416798359282516963643745297042265", cgf(LineFamily.GAMMA.of(3, 0.5), 1), 1e-14);
        encloses("0.2876820724517809274392190059938274315035", cgf(LineFamily.LAPLACE.of(1, 2), 0.25), 1e-14);
        encloses("0.4515827052894548647261952298948821435718", cgf(LineFamily.LOGISTIC.of(0, 1), 0.5), 1e-13);
        encloses("0.4503484187608640061234292089538638008155", cgf(LineFamily.GUMBEL.of(0, 2), 0.3), 1e-13);
        encloses("10.04254520141929815869925083339835990738", cgf(LineFamily.GUMBEL.of(0, 2), -3), 1e-12);
        encloses("0.02332860741142698773117218720045416717615", cgf(LineFamily.UNIFORM.of(0, 3), 0.25), 1e-15);
        encloses("2.302652005244077497704388261546935452589", cgf(LineFamily.UNIFORM.of(0, 3), 3), 1e-14);
        encloses("11.59880261833775104835707490226880554808", cgf(LineFamily.UNIFORM.of(0, 3), -10), 1e-13);
    }

    @Test
    void cgfIsInfiniteOutsideTheMgfDomainAndUncertifiedWhereUnknown() {
        assertEquals(Double.POSITIVE_INFINITY, cgf(LineFamily.EXPONENTIAL.of(2), 2).lo());
        assertEquals(Double.POSITIVE_INFINITY, cgf(LineFamily.LAPLACE.of(0, 1), -1.5).lo());
        assertEquals(Double.POSITIVE_INFINITY, cgf(LineFamily.PARETO.of(1, 3), 1e-3).lo());
        assertEquals(Double.POSITIVE_INFINITY, cgf(new MaxLaw(LineFamily.GUMBEL.of(0, 1), 100), 1).lo());
        // mean infinite: no cgf
        assertNull(cgf(LineFamily.PARETO.of(1, 0.5), 1e-3));
        // the quadrature fallback (brief derive7) never makes a value where the mgf's domain is
        // undecided (l in [1/2, 3/2] for exponential(1), whose mgf is infinite at l >= 1)
        Interval straddle = CertifiedLineCgf.cgf(LineFamily.EXPONENTIAL.of(1), Interval.of(0.5, 1.5), MEAN);
        assertTrue(straddle == null || straddle.hi() == Double.POSITIVE_INFINITY);
        // bon of an exponential base at l past the base's rate: +inf (closed route), never finite
        assertEquals(Double.POSITIVE_INFINITY, cgf(new MaxLaw(LineFamily.EXPONENTIAL.of(1), 2), 2).lo());
    }

    // cgf by quadrature where no closed form exists (brief derive7): CertifiedLineMean of
    // e^(l (x - c)), c a float mean hint. mpmath (mp.dps = 40), m = quad(x f), K = log quad(e^(l(x-m)) f):
    //   bon(uniform(0,1),2): f = 2x, l = 3; beta(2,3): f = 12 x (1-x)^2, l = 4, 3.9, 4.1;
    //   bon(normal(0,1),3): f = 3 npdf(x) ncdf(x)^2, l = -2 (quad over [-inf,-5,0,5,inf]);
    //   bon(pareto(1,3),2): f = 6 x^-4 (1 - x^-3) on [1, inf), l = -1;
    //   mix(beta(2,3), normal(0,1), 1/3): f = (2/3) 12 x (1-x)^2 1[0,1] + (1/3) npdf(x), l = 2
    @Test
    void cgfByQuadratureOfLawsWithoutClosedForm() {
        encloses("0.2136585218904285014217754210791578502263",
                cgf(new MaxLaw(LineFamily.UNIFORM.of(0, 1), 2), 3), 1e-6);
        encloses("0.3314962758680778724819034851232761099003", cgf(LineFamily.BETA.of(2, 3), 4), 1e-5);
        encloses("1.021802022870136424720837698192654717354",
                cgf(new MaxLaw(LineFamily.NORMAL.of(0, 1), 3), -2), 1e-4);
        encloses("0.2296892747970491357349686919304898236052",
                cgf(new MaxLaw(LineFamily.PARETO.of(1, 3), 2), -1), 1e-5);
        encloses("0.8712828044372199230969852899297108873533",
                cgf(new MixtureLaw(LineFamily.BETA.of(2, 3), LineFamily.NORMAL.of(0, 1), new org.hipparchus.fraction.BigFraction(1, 3)), 2), 1e-5);
        // an interval l: the enclosure holds K at every l of it (both ends checked)
        Interval wide = CertifiedLineCgf.cgf(LineFamily.BETA.of(2, 3), Interval.of(3.9, 4.1), MEAN);
        assertNotNull(wide);
        assertTrue(wide.contains(new BigDecimal("0.3151722495914956453806055968847739012252").doubleValue()));
        assertTrue(wide.contains(new BigDecimal("0.3482126953582410578495764794093211491714").doubleValue()));
        assertTrue(wide.width() < 0.2, wide.toString());
    }

    // max of n Exp(1): mpmath log(quad(exp(l (x - harmonic(n))) n e^-x (1-e^-x)^(n-1), [0,1,5,20,60,inf]))
    //   n = 10, l = 1/2: 0.2716681696123247650092009899716232637795 (equal to
    //   nsum(-log(1-0.5/k)-0.5/k, [1, 10])); n = 10^5, l = -2: nsum(-log(1+2/k)+2/k, [1, 10^5])
    // mixture: w = 1/4, m = 3/4: log(3/4 exp(1/8 - 3/8) + 1/4 exp(1/8 + 9/8))
    @Test
    void cgfOfBestOfNExponentialAndOfMixtures() {
        encloses("0.2716681696123247650092009899716232637795",
                cgf(new MaxLaw(LineFamily.EXPONENTIAL.of(1), 10), 0.5), 1e-14);
        encloses("1.847558510596341364006255641633806642703",
                cgf(new MaxLaw(LineFamily.EXPONENTIAL.of(1), 100000), -2), 1e-9);
        encloses("0.3761642169174283810965481683065148437575",
                cgf(new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(3, 1), 0.25), 0.5), 1e-14);
    }

    // tilt(laplace(0, 1), 2): mpmath log(quad(exp(l (x - m)) f) / Z) with f = e^(x/2 - |x|)/2,
    // Z = quad(f), m = quad(x f)/Z, [-inf, 0, inf]: l = 1/4 0.2056631673993536717910234030623657778281
    // (= log(0.75/0.4375) - 1/3), l = -1: 4/3; l = 1/2: +inf (l0 + l = 1 leaves the domain)
    @Test
    void cgfOfTilts() {
        LineLaw t = TiltedLaw.exact(LineFamily.LAPLACE.of(0, 1), 2);
        assertTrue(t instanceof TiltedLaw, t.describe());
        encloses("0.2056631673993536717910234030623657778281", cgf(t, 0.25), 1e-14);
        encloses("1.333333333333333333333333333333333333333", cgf(t, -1), 1e-14);
        assertEquals(Double.POSITIVE_INFINITY, cgf(t, 0.5).lo());
        assertEquals(Double.POSITIVE_INFINITY, CertifiedLineCgf.sigma2(t, Sigma2Side.RIGHT, VAR).lo());
    }

    // exact values: normal s^2; uniform (b-a)^2/12; exponential left 1/r^2, gamma left k theta^2;
    // bon(exponential(1), 10) left: sum_{k<=10} 1/k^2 = 1.549767731166540690...; +inf on sides where
    // the mgf is infinite somewhere
    @Test
    void sigma2ExactValues() {
        for (Sigma2Side s : Sigma2Side.values()) {
            encloses("4", CertifiedLineCgf.sigma2(LineFamily.NORMAL.of(1, 2), s, VAR), 0);
            encloses("0.75", CertifiedLineCgf.sigma2(LineFamily.UNIFORM.of(0, 3), s, VAR), 1e-15);
            assertEquals(Double.POSITIVE_INFINITY,
                    CertifiedLineCgf.sigma2(LineFamily.LAPLACE.of(0, 1), s, VAR).lo());
        }
        encloses("0.25", CertifiedLineCgf.sigma2(LineFamily.EXPONENTIAL.of(2), Sigma2Side.LEFT, VAR), 0);
        encloses("0.75", CertifiedLineCgf.sigma2(LineFamily.GAMMA.of(3, 0.5), Sigma2Side.LEFT, VAR), 0);
        assertEquals(Double.POSITIVE_INFINITY,
                CertifiedLineCgf.sigma2(LineFamily.EXPONENTIAL.of(2), Sigma2Side.RIGHT, VAR).lo());
        assertEquals(Double.POSITIVE_INFINITY,
                CertifiedLineCgf.sigma2(LineFamily.GUMBEL.of(0, 1), Sigma2Side.BOTH, VAR).lo());
        assertEquals(Double.POSITIVE_INFINITY, CertifiedLineCgf.sigma2(
                new MaxLaw(LineFamily.EXPONENTIAL.of(1), 10), Sigma2Side.RIGHT, VAR).lo());
        encloses("1.549767731166540690350214159737969261779", CertifiedLineCgf.sigma2(
                new MaxLaw(LineFamily.EXPONENTIAL.of(1), 10), Sigma2Side.LEFT, VAR), 1e-14);
    }

    // sigma2 >= Var (Fatou): bon(normal(0, 1), 10) has Var 0.344343823260690255068275387616231731
    // (mpmath quad, CertifiedDerivedLawsTest); the upper end is +inf (not built)
    @Test
    void sigma2LowerEndIsTheVariance() {
        Interval v = CertifiedLineCgf.sigma2(new MaxLaw(LineFamily.NORMAL.of(0, 1), 10), Sigma2Side.BOTH, VAR);
        assertTrue(v.lo() <= 0.344343823260690255 && v.lo() >= 0.3443, v.toString());
        assertEquals(Double.POSITIVE_INFINITY, v.hi());
    }

    // mpmath: ncdf(1/sqrt(5)); 3/4; 1/(1+exp(-0.5)) (checked by quad of g1 G2);
    // 10/13; 3/4 * 1/2 + 1/4 ncdf(3/sqrt(2))
    @Test
    void winrates() {
        encloses("0.6726395769907114852983820353186796901973",
                CertifiedLineCgf.winrate(LineFamily.NORMAL.of(1, 1), LineFamily.NORMAL.of(0, 2)), 1e-14);
        encloses("0.75", CertifiedLineCgf.winrate(LineFamily.EXPONENTIAL.of(1), LineFamily.EXPONENTIAL.of(3)), 1e-15);
        encloses("0.6224593312018545646389005657455084787533",
                CertifiedLineCgf.winrate(LineFamily.GUMBEL.of(1, 2), LineFamily.GUMBEL.of(0, 2)), 1e-15);
        LineLaw n = LineFamily.NORMAL.of(0, 1);
        encloses("0.7692307692307692307692307692307692307692",
                CertifiedLineCgf.winrate(new MaxLaw(n, 10), new MaxLaw(n, 3)), 1e-15);
        encloses("0.000009999900000999990000099999000009999900001", CertifiedLineCgf.winrate(n, new MaxLaw(n, 100000)), 1e-20);
        encloses("0.6207631433094138408833720327057434823352",
                CertifiedLineCgf.winrate(new MixtureLaw(n, LineFamily.NORMAL.of(3, 1), 0.25), n), 1e-14);
        assertNull(CertifiedLineCgf.winrate(n, LineFamily.LOGISTIC.of(0, 1)));
    }
}
