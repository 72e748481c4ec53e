package org.infobound.math.line;

import static org.infobound.math.line.CertifiedLineLawsTest.encloses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * mpmath references (mp.dps = 36, independent of infobound), helpers:
 * <pre>
 *   gum_pdf(x, mu, b) = exp(-z - exp(-z))/b, z = (x - mu)/b;  gum_cdf = exp(-exp(-z))
 *   lap_pdf(x) = exp(-|x|)/2;  logi_cdf(x, m, s) = 1/(1 + exp(-(x - m)/s))
 *   bon(x, n) = n npdf(x) ncdf(x)^(n-1)
 *   TV = 1 - quad(min(f, g), [-inf] + crossings (findroot) + [inf])
 * </pre>
 */
class CertifiedPairQuadratureTest {

    private static final FamilyLaw N01 = LineFamily.NORMAL.of(0, 1);
    private static final FamilyLaw G01 = LineFamily.GUMBEL.of(0, 1);

    // quad(lambda x: lap_pdf(x)*logi_cdf(x, 1/2, 1), [-inf,-10,-3,0,3,10,inf])
    @Test
    void winrateLaplaceAgainstLogistic() {
        encloses("0.404593374029271229954053574512493847",
                CertifiedPairQuadrature.winrate(LineFamily.LAPLACE.of(0, 1), LineFamily.LOGISTIC.of(0.5, 1)), 4e-7);
    }

    // r = 2/3: quad(lambda x: r*exp(-r*x)*ncdf(x-1), [0,1,3,10,40,inf]); tilt(exponential(1), 3)
    // is exponential(2/3) in law, and 2/3 is not a double, so it stays a tilt of its exact base
    // (density e^(x/3) f(x) / E e^(X/3), normaliser from the certified cgf)
    @Test
    void winrateOfTiltAgainstNormal() {
        LineLaw tilt = TiltedLaw.exact(LineFamily.EXPONENTIAL.of(1), 3);
        assertTrue(tilt instanceof TiltedLaw);
        encloses("0.562957100361585436469955276228622822",
                CertifiedPairQuadrature.winrate(tilt, LineFamily.NORMAL.of(1, 1)), 4e-7);
    }

    // 1 - quad(min(lp, pp), [1, c1, c2, 20, 100, inf]), lp logistic(0,1) pdf, pp = 3/x^4 on
    // x >= 1, crossings c1 = 2.62980991310840..., c2 = 6.18723248339560...
    @Test
    void tvLogisticParetoHeavyTailAndJump() {
        encloses("0.745490777387143981908806257107869453",
                CertifiedPairQuadrature.tv(LineFamily.LOGISTIC.of(0, 1), LineFamily.PARETO.of(1, 3)), 1e-6);
    }

    // KL = -h(normal(0,1)) + E[z + e^-z] = -log(2 pi e)/2 + e^(1/2) (closed form; mpmath quad of
    // npdf log(npdf/gum_pdf) over [-30, 30] agrees to 36 digits)
    @Test
    void klNormalGumbelByCrossEntropy() {
        encloses("0.229782737495455405068321051408545932", kl(N01, G01), 1e-14);
        // gumbel(1, 2): -log(2 pi e)/2 + log 2 - 1/2 + e^(1/2 + 1/8) = quad(...)
        encloses("0.642454604787494974138738005240663381", kl(N01, LineFamily.GUMBEL.of(1, 2)), 1e-14);
        // exponential(1) against gumbel(0, 1): -1 + 1 + E e^-X = 1/2 (closed form; quad agrees)
        encloses("0.5", kl(LineFamily.EXPONENTIAL.of(1), G01), 1e-14);
    }

    // TV: 1 - quad(min(f, g), [-40] + crossings + [45]) (the truncation is below 1e-300 here)
    @Test
    void tvAndBcNormalGumbel() {
        encloses("0.150148472351591470781763972073412118", CertifiedPairQuadrature.tv(N01, G01), 5e-7);
        // quad(sqrt(npdf * gum_pdf), [-40,-10,-5,-3,-2,-1,0,1,2,3,5,10,20,45])
        encloses("0.951378908834319994713076242446521995", CertifiedPairQuadrature.bc(N01, G01), 5e-7);
    }

    // mixp(x) = (npdf(x,0,1) + npdf(x,3,1))/2 against npdf(x,1,1)
    @Test
    void mixtureAgainstNormal() {
        LineLaw mix = new MixtureLaw(N01, LineFamily.NORMAL.of(3, 1), 0.5);
        FamilyLaw n11 = LineFamily.NORMAL.of(1, 1);
        encloses("0.383242428755657695795169681082600254", CertifiedPairQuadrature.tv(mix, n11), 1e-7);
        // 1 - quad(sqrt(mixp * npdf(x,1,1)), ...)
        encloses("0.125260587469556870522524380244892847", CertifiedPairQuadrature.h2(mix, n11), 1e-7);
    }

    // bon(x, 10) = 10 npdf(x) ncdf(x)^9 against gumbel(0, 1)
    @Test
    void bestOfNAgainstGumbel() {
        LineLaw bon = new MaxLaw(N01, 10);
        encloses("0.582214567413222874214025407625742456", CertifiedPairQuadrature.tv(bon, G01), 2e-7);
        // quad(bon(x, 10) * gum_cdf(x), ...)
        encloses("0.784888503533216820289584808873252525", CertifiedPairQuadrature.winrate(bon, G01), 8e-7);
    }

    // KL(bon(normal(0,1), 10) || normal(1, 1)) = -h + log(2 pi)/2 + (E X^2 - 2 E X + 1)/2, each
    // moment by quad over bon(x, 10); the certified route takes entropy, mean and variance of the
    // best-of-n law from CertifiedLineLaws (quadrature, width about 1e-6)
    @Test
    void klOfBestOfNAgainstNormal() {
        encloses("0.363832362158872827990459554934200561", kl(new MaxLaw(N01, 10), LineFamily.NORMAL.of(1, 1)), 1e-5);
    }

    /**
     * The float route (the search hint) agrees with these enclosures: the float value lies in
     * [lo - tol, hi + tol], tol = 1e-9 |mid| + 1e-12 (the rule of FloatAgreesWithCertifiedPropertyTest).
     */
    @Test
    void floatRouteAgreesWithTheEnclosures() {
        LineLaw mix = new MixtureLaw(N01, LineFamily.NORMAL.of(3, 1), 0.5);
        LineLaw bon = new MaxLaw(N01, 10);
        FamilyLaw n11 = LineFamily.NORMAL.of(1, 1);
        agrees(LineDivergences.tv(mix, n11).value(), CertifiedPairQuadrature.tv(mix, n11));
        agrees(LineDivergences.hellinger2(mix, n11).value(), CertifiedPairQuadrature.h2(mix, n11));
        agrees(LineDivergences.tv(bon, G01).value(), CertifiedPairQuadrature.tv(bon, G01));
        agrees(LineDivergences.bc(N01, G01).value(), CertifiedPairQuadrature.bc(N01, G01));
        agrees(LineWinRate.winrate(bon, G01).value(), CertifiedPairQuadrature.winrate(bon, G01));
        FamilyLaw lap = LineFamily.LAPLACE.of(0, 1);
        FamilyLaw logi = LineFamily.LOGISTIC.of(0.5, 1);
        agrees(LineWinRate.winrate(lap, logi).value(), CertifiedPairQuadrature.winrate(lap, logi));
        agrees(LineDivergences.kl(N01, G01).value(), kl(N01, G01));
    }

    private static void agrees(double f, Interval v) {
        double tol = 1e-9 * Math.abs(v.mid()) + 1e-12;
        assertTrue(f >= v.lo() - tol && f <= v.hi() + tol, "float " + f + " outside " + v);
    }

    /**
     * Hostile inputs: a density unbounded at a support end (beta(2, 1/2) at 1; a mixture with
     * beta(1/2, 1) at 0) and a tail so heavy that the float quantile hint is 1e30 (pareto(1, 1/2)).
     * References: bp = x (1-x)^(-1/2)/B(2, 1/2), crossing c = 0.386602496532414... with npdf,
     * 1 - quad(min(bp, npdf), [0, c, 1]); 1 - quad(sqrt((x^(-1/2)/2 + 1)/2), [0, 1]);
     * quad(x^(-3/2)/2 ncdf(x), [1, 2, 5, 10, 100, 1e4, inf]).
     */
    @Test
    void singularEndsAndHeavyTailsStaySound() {
        Interval tv = CertifiedPairQuadrature.tv(LineFamily.BETA.of(2, 0.5), N01);
        LineLaw mix = new MixtureLaw(LineFamily.BETA.of(0.5, 1), LineFamily.UNIFORM.of(0, 1), 0.5);
        Interval h2 = CertifiedPairQuadrature.h2(mix, LineFamily.UNIFORM.of(0, 1));
        Interval win = CertifiedPairQuadrature.winrate(LineFamily.PARETO.of(1, 0.5), N01);
        encloses("0.743719928504426781148638892959511784", tv, 1e-8);
        encloses("0.0187803689540459096831316527733006393", h2, 1e-7);
        encloses("0.973372577061674015117553743721310855", win, 2e-5);
    }

    /**
     * bon(normal(0,1), 10^4): its float quantile at 1 - 1e-15 is +inf ((1 - 1e-15)^(1/n) rounds to
     * 1), so the cut falls back to a coarser hint. f = n npdf(x) ncdf(x)^(n-1), g = npdf(x, 3.7,
     * 0.3), one crossing c = 3.606669016503412...: 1 - quad(min(f, g), [1, c, 8]) and
     * quad(f ncdf(x, 3.7, 0.3), [1, 2, 3, 3.5, 4, 4.5, 5, 6, 8]) (mp.dps = 34; both laws put less
     * than 1e-18 outside [1, 8]).
     */
    @Test
    void bestOfTenThousand() {
        LineLaw bon = new MaxLaw(N01, 10000);
        FamilyLaw g = LineFamily.NORMAL.of(3.7, 0.3);
        encloses("0.1658007487517419887851207438311255", CertifiedPairQuadrature.tv(bon, g), 1e-5);
        encloses("0.6257577153569862892334774935236183", CertifiedPairQuadrature.winrate(bon, g), 1e-5);
    }

    // js(p, q) = (p log(2p/(p+q)) + q log(2q/(p+q)))/2; quad(js, [-40,-10,-5,-3,-2,-1,0,1,2,3,5,
    // 10,20,45]) at mp.dps = 34 (outside that range both laws leave less than 1e-19)
    @Test
    void jensenShannon() {
        encloses("0.04229102892304329744703757226500425", CertifiedPairQuadrature.js(N01, G01), 1e-6);
        LineLaw mix = new MixtureLaw(N01, LineFamily.NORMAL.of(3, 1), 0.5);
        encloses("0.1146916559833001385113437818389389",
                CertifiedPairQuadrature.js(mix, LineFamily.NORMAL.of(1, 1)), 1e-6);
    }

    @Test
    void crossEntropyRefusesWhereTheSplitHasNoValue() {
        // uniform q without p's support inside it: no value (not a guess of +inf)
        assertNull(kl(N01, LineFamily.UNIFORM.of(0, 1)));
        // exponential q against a law with mass below 0: no value from this route
        assertNull(kl(N01, LineFamily.EXPONENTIAL.of(1)));
        // laplace(0, 1) has E e^(-2X) = +inf (its mgf is finite only for |l| < 1), and -log q of
        // gumbel(0, 1/2) contains e^(-2x): E_p[-log q] = +inf, h(p) finite, so KL = +inf
        Interval v = kl(LineFamily.LAPLACE.of(0, 1), LineFamily.GUMBEL.of(0, 0.5));
        assertEquals(Double.POSITIVE_INFINITY, v.lo());
    }

    // best-of-n of a mixture has a model since derive7 (density n f F^(n-1), F the certified
    // mixture cdf). mpmath (mp.dps = 40): F = (ncdf(x) + exp(-exp(-x)))/2, f = (npdf(x) +
    // exp(-x - exp(-x)))/2, h = 3 f F^2 - npdf; one sign change (findroot on a grid of [-8, 12]) at
    // 0.41116309871477756694651109358420373924; TV = sum over [-40, root], [root, 60] of
    // |quad(h, linspace(a, b, 40))| / 2 = 0.4568016493791079381943044061989789563052
    @Test
    void bestOfNOfAMixture() {
        LineLaw mix = new MixtureLaw(N01, G01, 0.5);
        encloses("0.4568016493791079381943044061989789563052", CertifiedPairQuadrature.tv(new MaxLaw(mix, 3), N01), 1e-6);
    }

    private static Interval kl(LineLaw p, FamilyLaw q) {
        return CertifiedCrossEntropy.kl(p, q, CertifiedLineLaws::entropy, x -> CertifiedLineLaws.mean(x,
                y -> CertifiedLineLaws.familyMean((FamilyLaw) y)), CertifiedLineLaws::variance,
                (law, l) -> CertifiedLineCgf.cgf(law, l, y -> CertifiedLineLaws.familyMean((FamilyLaw) y)));
    }
}
