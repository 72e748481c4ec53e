package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.infobound.math.line.CertifiedLineCgf.Sigma2Side;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the "Unc." cells of spec/NUMERICS.md "Coverage: derived laws on the line" filled by
 * this change: entropy of mixtures (certified quadrature, {@link CertifiedMixtureEntropy}),
 * E / var / cdf of tilts of logistic, uniform, gumbel and laplace laws ({@link CertifiedTilt},
 * {@link TiltSpecial}), and the Hoeffding end of sigma2 for bounded laws. References: mpmath,
 * mp.dps = 36 to 45 (the snippet above each group); each check is containment and a width bound.
 * Before this change every value here was null (uncertified).
 */
class CertifiedTiltAndMixtureTest {

    private static void encloses(String ref, Interval iv, double maxWidth) {
        CertifiedLineLawsTest.encloses(ref, iv, maxWidth);
    }

    private static FamilyLaw law(LineFamily f, double... p) {
        return f.of(p);
    }

    private static TiltedLaw tilt(FamilyLaw base, double beta) {
        LineLaw t = TiltedLaw.exact(base, beta);
        assertTrue(t instanceof TiltedLaw, t.toString());
        return (TiltedLaw) t;
    }

    // mpmath: H = lambda f, pts: mp.quad(lambda x: -f(x)*mp.log(f(x)) if f(x) > 0 else 0, pts),
    // mp.dps = 45 (36 for the nested one), densities written out (mp.npdf; laplace
    // e^-|x-m|/b/(2b); logistic e^-|z|/(s(1+e^-|z|)^2); gumbel e^-(z+e^-z)/b; beta
    // x^(a-1)(1-x)^(b-1)/mp.beta(a,b)), break points at every support end, centre and +-5..100 scales
    @Test
    void mixtureEntropy() {
        // U(0,1)/2 + U(1,2)/2 = U(0,2): log 2 (the audit corpus's miss)
        encloses("0.693147180559945309417232121458176568",
                CertifiedLineLaws.entropy(new MixtureLaw(law(LineFamily.UNIFORM, 0, 1), law(LineFamily.UNIFORM, 1, 2), 0.5)), 1e-13);
        encloses("1.68459184046358666545190091251822350644906929",
                CertifiedLineLaws.entropy(new MixtureLaw(law(LineFamily.NORMAL, 0, 1), law(LineFamily.NORMAL, 2, 1), 0.25)), 5e-6);
        encloses("2.33874468917737706267328332247179743748315132",
                CertifiedLineLaws.entropy(new MixtureLaw(law(LineFamily.LAPLACE, 0, 1), law(LineFamily.LOGISTIC, 1, 2), 0.5)), 5e-5);
        // a jump of the density at 1 and the exponential's end at 0
        encloses("0.656282313106815460854080642248037147971043797",
                CertifiedLineLaws.entropy(new MixtureLaw(law(LineFamily.EXPONENTIAL, 1), law(LineFamily.UNIFORM, 0, 1), 0.5)), 5e-5);
        // gumbel(0, 1) with itself: the gumbel, entropy 1 + euler gamma (mp.euler + 1); both tails
        encloses("1.577215664901532860606512090082402431042",
                CertifiedLineLaws.entropy(new MixtureLaw(law(LineFamily.GUMBEL, 0, 1), law(LineFamily.GUMBEL, 0, 1), 0.3)), 5e-5);
        // nested: 0.75 (N(0,1)/2 + U(-1,1)/2) + 0.25 beta(2, 3)
        encloses(NESTED, CertifiedLineLaws.entropy(new MixtureLaw(
                new MixtureLaw(law(LineFamily.NORMAL, 0, 1), law(LineFamily.UNIFORM, -1, 1), 0.5),
                law(LineFamily.BETA, 2, 3), 0.25)), 5e-5);
    }

    private static final String NESTED = "1.03634443740685912698891473329172842";

    /** Components with unbounded densities or heavy tails, and derived components: no value. */
    @Test
    void mixtureEntropyRefusesWhatItCannotBound() {
        assertNull(CertifiedLineLaws.entropy(new MixtureLaw(law(LineFamily.BETA, 0.5, 2), law(LineFamily.UNIFORM, 0, 1), 0.5)));
        assertNull(CertifiedLineLaws.entropy(new MixtureLaw(law(LineFamily.PARETO, 1, 3), law(LineFamily.NORMAL, 0, 1), 0.5)));
        assertNull(CertifiedLineLaws.entropy(new MixtureLaw(law(LineFamily.GAMMA, 0.5, 1), law(LineFamily.NORMAL, 0, 1), 0.5)));
        assertNull(CertifiedLineLaws.entropy(new MixtureLaw(tilt(law(LineFamily.LOGISTIC, 0, 1), 2), law(LineFamily.NORMAL, 0, 1), 0.5)));
    }

    // mpmath: mp.psi(1, x)
    @Test
    void trigamma() {
        encloses("4.93480220054467930941724549993807557", TiltSpecial.trigamma(Interval.of(0.5)), 5e-14);
        encloses("1000001.64253319586897803297750291237", TiltSpecial.trigamma(Interval.of(0.001)), 1e-8);
        encloses("0.147879233158932169652137056080509082", TiltSpecial.trigamma(Interval.of(7.25)), 1e-15);
        encloses("0.0000100000500001666666666633333333335714", TiltSpecial.trigamma(Interval.of(100000)), 1e-19);
        // an interval argument: decreasing, [psi'(0.75), psi'(0.5)]
        Interval r = TiltSpecial.trigamma(Interval.of(0.5, 0.75));
        encloses("4.93480220054467930941724549993807557", Interval.of(r.hi() - 5e-14, r.hi()), 5e-14);
    }

    // gumbel(0, 1) tilt: var = psi'(1 - 1/beta), mp.psi(1, 1 - mp.mpf(1)/b); logistic(1, 1/2) at
    // beta = 3 (u = s l = 1/6): E = 1 + (mp.psi(0, 1+u) - mp.psi(0, 1-u))/2,
    // var = (mp.psi(1, 1+u) + mp.psi(1, 1-u))/4; logistic(0, 1) at beta = 2: E = 2, var = pi^2 - 4
    @Test
    void tiltMeansAndVariances() {
        encloses("4.93480220054467930941724549993807557", CertifiedTilt.variance(tilt(law(LineFamily.GUMBEL, 0, 1), 2)), 1e-13);
        encloses("2.54187964767160649839766288041707825", CertifiedTilt.variance(tilt(law(LineFamily.GUMBEL, 0, 1), 4)), 1e-13);
        encloses("1.2793009536486732241088826135367664", CertifiedTilt.mean(tilt(law(LineFamily.LOGISTIC, 1, 0.5), 3)), 1e-13);
        encloses("0.869604401089358618834490999876151135", CertifiedTilt.variance(tilt(law(LineFamily.LOGISTIC, 1, 0.5), 3)), 1e-13);
        encloses("2", CertifiedTilt.mean(tilt(law(LineFamily.LOGISTIC, 0, 1), 2)), 1e-13);
        encloses("5.86960440108935861883449099987615113531", CertifiedTilt.variance(tilt(law(LineFamily.LOGISTIC, 0, 1), 2)), 1e-13);
    }

    // uniform(a, b) tilted by l = 1/beta: Z = mp.quad(lambda x: mp.exp(l*x), [a, b]),
    // E = mp.quad(lambda x: x*mp.exp(l*x), [a, b])/Z, var likewise (dps 36)
    @Test
    void uniformTilt() {
        TiltedLaw t = tilt(law(LineFamily.UNIFORM, 0, 1), 1);
        encloses("0.581976706869326424385002005109011559", CertifiedTilt.mean(t), 1e-14);
        encloses("0.0793264057922076810545864772835003971", CertifiedTilt.variance(t), 1e-14);
        // tiny l (series branch, no cancellation)
        TiltedLaw small = tilt(law(LineFamily.UNIFORM, -1, 3), 1048576);
        encloses("1.00000127156575520802493804871534115", CertifiedTilt.mean(small), 1e-14);
        encloses("1.33333333333236320565144277008653299", CertifiedTilt.variance(small), 1e-14);
        // large l (the mass piles up at the right end)
        TiltedLaw big = tilt(law(LineFamily.UNIFORM, 0, 1), 1.0 / 1024);
        encloses("0.9990234375", CertifiedTilt.mean(big), 1e-14);
        encloses("0.00000095367431640625", CertifiedTilt.variance(big), 1e-18);
        TiltedLaw mid = tilt(law(LineFamily.UNIFORM, -1, 3), 0.125);
        encloses("2.87500000000005065666219637734441684", CertifiedTilt.mean(mid), 1e-13);
        encloses("0.0156249999997973733512144880562352158", CertifiedTilt.variance(mid), 1e-14);
    }

    // laplace(m, b) tilt: mp.quad of the tilted density (dps 36); gumbel: mp.gammainc(1 - b l,
    // mp.e**(-z), mp.inf, regularized=True); logistic: mp.betainc(1 + s l, 1 - s l, 0,
    // 1/(1 + mp.e**(-z)), regularized=True); uniform: mp.expm1(l (x - a))/mp.expm1(l (b - a))
    @Test
    void tiltCdfs() {
        Interval one = Interval.of(1);
        encloses("0.54510200521552493229715034875661466", CertifiedTilt.cdf(tilt(law(LineFamily.LAPLACE, 0, 1), 2), one), 1e-14);
        encloses("0.0263498061404660841958044223101745243", CertifiedTilt.cdf(tilt(law(LineFamily.LAPLACE, 1, 2), 4), Interval.of(-2)), 1e-15);
        TiltedLaw g = tilt(law(LineFamily.GUMBEL, 0, 1), 2);
        encloses("0.391022855658486106469227666578820972", CertifiedTilt.cdf(g, one), 1e-13);
        encloses("0.000000000232667972424294274578398479564056719", CertifiedTilt.cdf(g, Interval.of(-3)), 1e-13);
        // far left (e^7 > 600: the upper bound of Q only): [0, tiny]
        Interval far = CertifiedTilt.cdf(g, Interval.of(-7));
        assertEquals(0.0, far.lo());
        assertTrue(far.hi() < 1e-300, far.toString());
        TiltedLaw lg = tilt(law(LineFamily.LOGISTIC, 0, 1), 2);
        encloses("0.370626828601753469174268196520092386", CertifiedTilt.cdf(lg, one), 1e-13);
        // the upper tail through sigma(-z) (1 - sigma(z) in doubles would leave [0, 1e-16], and
        // I_x(1/2, 3/2) ~ x^(1/2) then a width of 2e-8): the cdf is within a double of 1 - 2.6e-9
        Interval upper = Interval.ONE.sub(CertifiedTilt.cdf(lg, Interval.of(40)));
        encloses("0.00000000262434229986290076308716919657076761", upper, 5e-16);
        encloses("0.377540668798145435361099434254491521", CertifiedTilt.cdf(tilt(law(LineFamily.UNIFORM, 0, 1), 1), Interval.of(0.5)), 1e-15);
        // x = 0.999 as a double (mp.mpf(0.999), not the decimal: the slope there is 368)
        encloses("0.3591554413294042855536992747308691286177", CertifiedTilt.cdf(tilt(law(LineFamily.UNIFORM, 0, 1), 1.0 / 1024), Interval.of(0.999)), 1e-13);
        encloses("0.000000000278934145121346919064359293957175068", CertifiedTilt.cdf(tilt(law(LineFamily.UNIFORM, -1, 3), 0.125), Interval.of(0.25)), 1e-20);
        // quantile by bisection on that cdf: the median of the gumbel tilt lies where Q(1/2, e^-x) = 1/2
        Interval med = CertifiedLineLaws.quantile(g, Interval.of(0.5));
        assertNotNull(med);
        Interval atMed = CertifiedTilt.cdf(g, med);
        assertTrue(atMed.lo() <= 0.5 && 0.5 <= atMed.hi(), atMed.toString());
    }

    /**
     * sigma2 of a law on [a, b] is at most (b - a)^2/4 (Hoeffding's lemma); before, the enclosure
     * was [Var, inf] (the tilt of U(0, 1) at beta = 1: Var 0.0793264..., above).
     */
    @Test
    void sigma2OfBoundedLaws() {
        Function<LineLaw, Interval> var = p -> p instanceof TiltedLaw t ? CertifiedTilt.variance(t) : CertifiedLineLaws.variance(p);
        Interval s = CertifiedLineCgf.sigma2(tilt(law(LineFamily.UNIFORM, 0, 1), 1), Sigma2Side.RIGHT, var);
        encloses("0.0793264057922076810545864772835003971", Interval.of(s.lo(), s.lo() + 1e-14), 2e-14);
        assertEquals(0.25, s.hi());
        // beta(2, 2): Var = 1/20, sigma2 in [1/20, 1/4]
        Interval b = CertifiedLineCgf.sigma2(law(LineFamily.BETA, 2, 2), Sigma2Side.BOTH, var);
        assertTrue(b.lo() <= 0.05 && b.lo() > 0.05 - 1e-15, b.toString());
        assertEquals(0.25, b.hi());
        // a normal component keeps the right end infinite
        Interval m = CertifiedLineCgf.sigma2(new MixtureLaw(law(LineFamily.BETA, 2, 2), law(LineFamily.NORMAL, 0, 1), 0.5),
                Sigma2Side.BOTH, var);
        assertTrue(m == null || m.hi() == Double.POSITIVE_INFINITY, String.valueOf(m));
    }
}
