package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 part B: certified variance and entropy of best-of-n of family laws, variance of
 * mixtures, the incomplete gamma and beta functions (cdfs, and best-of-n of gamma and beta),
 * and closed-form Renyi divergences of normals and exponentials, each against an mpmath
 * reference (mp.dps = 45, >= 30 digits; the snippet is above each group) for containment and a
 * width bound.
 *
 * <p>Best-of-n references, with g = n f F^(n-1):
 * <pre>
 *   m1 = quad(x g), var = quad(x^2 g) - m1^2, entropy = -log(n) + (n-1)/n - quad(g log f)
 *   normal: f = npdf, F = ncdf; laplace: f = exp(-|x|)/2; logistic: f = e^-x/(1+e^-x)^2;
 *   breakpoints [-inf, -5, -2, 0, 1, 2, 3, 4, 5, 6, 8, inf]
 * </pre>
 */
class CertifiedDerivedLawsTest {

    private static void encloses(String ref, Interval iv, double maxWidth) {
        CertifiedLineLawsTest.encloses(ref, iv, maxWidth);
    }

    private static MaxLaw bon(LineFamily f, double n, double... p) {
        return new MaxLaw(f.of(p), n);
    }

    @Test
    void varianceOfBestOfNByQuadrature() {
        encloses("0.344343823260690255068275387616231731",
                CertifiedLineLaws.variance(bon(LineFamily.NORMAL, 10, 0, 1)), 1e-5);
        encloses("0.123455417093940840395812522661801104",
                CertifiedLineLaws.variance(bon(LineFamily.NORMAL, 1000, 0, 1)), 1e-4);
        encloses("1.54984374778701424688799130763416478",
                CertifiedLineLaws.variance(bon(LineFamily.LAPLACE, 10, 0, 1)), 1e-5);
        encloses("1.86625702258534176183371922218093927",
                CertifiedLineLaws.variance(bon(LineFamily.LOGISTIC, 5, 0, 1)), 1e-5);
    }

    // exponential: sum 1/k^2 = pi^2/6 - psi(1, n+1); mpmath pi**2/6 - psi(1, n + 1)
    // pareto(1, 3), n = 10: quad with f = 3 x^-4, F = 1 - x^-3 on [1, 2, 4, 8, 16, inf]
    // gumbel: pi^2/6 b^2 (the max is a gumbel with the same scale)
    @Test
    void varianceOfBestOfNClosedForms() {
        encloses("1.3611111111111111111111111111111111111",
                CertifiedLineLaws.variance(bon(LineFamily.EXPONENTIAL, 3, 1)), 1e-14);
        encloses("1.64488407059795562188784232809965269",
                CertifiedLineLaws.variance(bon(LineFamily.EXPONENTIAL, 20001, 1)), 1e-13);
        encloses("1.64493306684872643630574849997939186",
                CertifiedLineLaws.variance(bon(LineFamily.EXPONENTIAL, 1e6, 1)), 1e-14);
        encloses("1.64493406684722643647241566664602519",
                CertifiedLineLaws.variance(bon(LineFamily.EXPONENTIAL, 1e12, 1)), 1e-14);
        // rate 2 scales the variance by 1/4: (1 + 1/4 + 1/9)/4
        encloses("0.34027777777777777777777777777777777778",
                CertifiedLineLaws.variance(bon(LineFamily.EXPONENTIAL, 3, 2)), 1e-14);
        encloses("6.57973626739290574588966066658410075687",
                CertifiedLineLaws.variance(bon(LineFamily.GUMBEL, 50, 0, 2)), 1e-13);
        encloses("3.87309862771375440178496601967648891",
                CertifiedLineLaws.variance(bon(LineFamily.PARETO, 10, 1, 3)), 1e-11);
        assertEquals(Interval.POSITIVE_INFINITY, CertifiedLineLaws.variance(bon(LineFamily.PARETO, 10, 1, 2)));
    }

    // entropy references as in the class comment; exponential(1), n = 7: quad on [0, 1, 2, 4, 8, 16, inf]
    // gumbel(0, 2): log 2 + euler + 1; uniform(0, 1), n = 2: 1/2 - log 2; laplace(0, 1), n = 2: 3/2
    @Test
    void entropyOfBestOfN() {
        encloses("0.872405335167323147879494491156569686",
                CertifiedLineLaws.entropy(bon(LineFamily.NORMAL, 10, 0, 1)), 1e-5);
        encloses("0.325363885478356771584538561107829841",
                CertifiedLineLaws.entropy(bon(LineFamily.NORMAL, 1000, 0, 1)), 1e-4);
        encloses("1.52656314163335994285955812709127268",
                CertifiedLineLaws.entropy(bon(LineFamily.LAPLACE, 10, 0, 1)), 1e-5);
        encloses("1.5", CertifiedLineLaws.entropy(bon(LineFamily.LAPLACE, 2, 0, 1)), 1e-5);
        encloses("1.67389542089923295873257400010714569",
                CertifiedLineLaws.entropy(bon(LineFamily.LOGISTIC, 5, 0, 1)), 1e-13);
        encloses("1.50408985094468669489464725655682027",
                CertifiedLineLaws.entropy(bon(LineFamily.EXPONENTIAL, 7, 1)), 1e-13);
        encloses("1.40409362362884991559205431368411538",
                CertifiedLineLaws.entropy(bon(LineFamily.PARETO, 10, 1, 3)), 1e-13);
        encloses("2.270362845461478170023744211540578999",
                CertifiedLineLaws.entropy(bon(LineFamily.GUMBEL, 1000, 0, 2)), 1e-13);
        encloses("-0.193147180559945309417232121458176568",
                CertifiedLineLaws.entropy(bon(LineFamily.UNIFORM, 2, 0, 1)), 1e-14);
    }

    // law of total variance; mpmath: quad(x^2 f) - quad(x f)^2 with f = npdf(x)/2 + npdf(x - 2)/2 gives 2;
    // 3/4 Exp(1) + 1/4 Exp(1/2): 3/4 (1 + 1) + 1/4 (4 + 4) - (3/4 + 1/2)^2 = 3.5 - 1.5625 = 1.9375
    @Test
    void varianceOfMixtures() {
        MixtureLaw m = new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(2, 1), 0.5);
        encloses("2", CertifiedLineLaws.variance(m), 1e-14);
        MixtureLaw e = new MixtureLaw(LineFamily.EXPONENTIAL.of(1), LineFamily.EXPONENTIAL.of(0.5), 0.25);
        encloses("1.9375", CertifiedLineLaws.variance(e), 1e-14);
    }

    // mixture entropy enclosure [(1-w) h1 + w h2, the same + H_b(w)]; truths: U(0,1) and U(1,2) at 1/2
    // is U(0, 2), entropy log 2 (the upper end); normal(0,1) with itself is normal(0,1),
    // 1/2 + log(2 pi)/2 = 1.41893853320467274178032973640561764 (the lower end); mpmath
    // -quad(f log f) for N(0,1)/2 + N(3,1)/2: 1.945715839726046246164755474671494396278
    @Test
    void entropyOfMixturesIsBracketed() {
        Interval u = CertifiedLineLaws.mixtureEntropy(new MixtureLaw(LineFamily.UNIFORM.of(0, 1), LineFamily.UNIFORM.of(1, 2), 0.5));
        encloses("0.693147180559945309417232121458176568", u, 0.6931471805600);
        Interval n = CertifiedLineLaws.mixtureEntropy(new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(0, 1), 0.5));
        encloses("1.41893853320467274178032973640561764", n, 0.6931471805600);
        Interval n3 = CertifiedLineLaws.mixtureEntropy(new MixtureLaw(LineFamily.NORMAL.of(0, 1), LineFamily.NORMAL.of(3, 1), 0.5));
        encloses("1.945715839726046246164755474671494396278", n3, 0.6931471805600);
    }

    // mpmath: gammainc(a, 0, z, regularized=True), betainc(a, b, 0, x, regularized=True)
    @Test
    void incompleteGammaAndBeta() {
        Interval two = Interval.of(2);
        encloses("0.59399415029016192431800151508254679", CertifiedIncomplete.gammaP(two, two), 1e-13);
        encloses("0.345279153981422979558163796893239283",
                CertifiedIncomplete.gammaP(Interval.of(0.5), Interval.of(0.1)), 1e-13);
        encloses("0.18210391597745510980242043553354578",
                CertifiedIncomplete.gammaP(Interval.of(30), Interval.of(25)), 1e-13);
        encloses("0.6875", CertifiedIncomplete.betaI(two, Interval.of(3), Interval.of(0.5)), 1e-13);
        encloses("0.795167235300866571910466459586642639",
                CertifiedIncomplete.betaI(Interval.of(0.5), Interval.of(0.5), Interval.of(0.9)), 1e-13);
        encloses("0.382509248381233250980775549589498879",
                CertifiedIncomplete.betaI(Interval.of(50), Interval.of(20), Interval.of(0.7)), 1e-11);
        encloses("0.926259884997375754194389686462687886",
                CertifiedIncomplete.betaI(Interval.of(0.25), Interval.of(3), Interval.of(0.3)), 1e-12);
        // through the family cdf; gamma(2, 1) at 2 and the quantile of gamma(3, 1) at 1/2
        // (mpmath findroot(gammainc(3, 0, x, regularized=True) - 1/2, 2.6))
        encloses("0.59399415029016192431800151508254679",
                CertifiedLineLaws.cdf(LineFamily.GAMMA.of(2, 1), two), 1e-13);
        encloses("2.674060313723560317913457264591694989", CertifiedLineLaws.quantile(LineFamily.GAMMA.of(3, 1), Interval.of(0.5)), 1e-7);
        // the upper-tail bound used by the quadrature tails is an upper bound:
        // 1 - gammainc(3, 0, 20, regularized=True) = 4.5551495055892...e-7
        assertTrue(CertifiedIncomplete.gammaQUpper(Interval.of(3), Interval.of(20)) >= 4.5551495055893e-7);
        assertTrue(CertifiedIncomplete.gammaQUpper(Interval.of(3), Interval.of(20)) <= 6e-7);
    }

    // quad(x g), quad(x^2 g) - m1^2 with F = gammainc(2, 0, x, regularized=True), f = x e^-x (n = 3),
    // F = betainc(2, 2, 0, x, regularized=True), f = 6 x (1 - x) (n = 5)
    @Test
    void bestOfNOfGammaAndBeta() {
        encloses("2.23551097393689986282578875171467764",
                CertifiedLineLaws.variance(bon(LineFamily.GAMMA, 3, 2, 1)), 1e-5);
        encloses("0.760739260739260739260739260739260739",
                CertifiedLineLaws.mean(bon(LineFamily.BETA, 5, 2, 2), l -> null), 2e-6);
        encloses("0.0156519891931539107892166598166480637",
                CertifiedLineLaws.variance(bon(LineFamily.BETA, 5, 2, 2)), 4e-6);
        // (1 - e^-1)^5 = 0.100925190274861315...; gamma(1, 1) is exponential(1)
        encloses("0.100925190274861315540906000359979717",
                CertifiedLineLaws.cdf(bon(LineFamily.GAMMA, 5, 1, 1), Interval.ONE), 1e-13);
    }

    // before: erf(0) by the series never met its stopping test (sum.lo() = 0) and gave [0, 1]
    @Test
    void normalCdfAtTheMeanIsOneHalf() {
        encloses("0.5", CertifiedLineLaws.cdf(LineFamily.NORMAL.of(1, 1), Interval.ONE), 1e-15);
    }

    // mpmath: log(quad(p^a q^(1-a))) / (a - 1)
    @Test
    void closedFormRenyi() {
        FamilyLaw n12 = LineFamily.NORMAL.of(1, 2);
        FamilyLaw n01 = LineFamily.NORMAL.of(0, 1);
        encloses("0.323143551314209755766295090309834503", ClosedRenyi.of(n12, n01, Interval.of(0.5)), 1e-14);
        encloses("1.30685282339817564180584984154550481",
                ClosedRenyi.of(n12, n01, Interval.of(1 + Math.scalb(1.0, -30))), 1e-14);
        // s_a^2 = 3 * 0.64 - 2 < 0: the integral diverges
        assertEquals(Interval.POSITIVE_INFINITY, ClosedRenyi.of(n01, LineFamily.NORMAL.of(0.5, 0.8), Interval.of(3)));
        encloses("0.346573590279972654708616060729088284",
                ClosedRenyi.of(LineFamily.EXPONENTIAL.of(2), LineFamily.EXPONENTIAL.of(1), Interval.of(3)), 1e-14);
        encloses("0.123108687164097062182791045434822391",
                ClosedRenyi.of(LineFamily.EXPONENTIAL.of(1), LineFamily.EXPONENTIAL.of(3), Interval.of(0.25)), 1e-14);
        // renyi of N(1, 1) and N(0, 1) at order a is a/2 exactly; a is the double nearest 0.999999
        // (mpmath at dps 80: mpf(0.999999)/2, exact: the value is a point)
        encloses("0.499999499999999985622167741894372738897800445556640625", ClosedRenyi.of(LineFamily.NORMAL.of(1, 1), n01, Interval.of(0.999999)), 1e-14);
    }
}
