package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Regressions of the float route (the search hint) found by
 * {@link FloatAgreesWithCertifiedNewCellsPropertyTest}: each float value was outside the
 * certified enclosure; the reference values are mpmath (40 digits, the command in each comment),
 * and each enclosure is also asserted to hold the reference.
 */
class FloatRouteAgreementFixesTest {

    private static ClosedValue eval(String expr) {
        SourceFile src = SourceFile.of("<t>", expr);
        return ClosedValue.of(src, Parser.parseExpression(src).expr().orElseThrow());
    }

    private static void agrees(String expr, double truth, double relTol) {
        ClosedValue v = eval(expr);
        assertEquals(truth, v.value(), relTol * Math.abs(truth), expr + ": " + v);
        assertTrue(v.enclosure() != null && v.enclosure().lo() <= truth && truth <= v.enclosure().hi(),
                expr + ": enclosure " + v.enclosure() + " misses " + truth);
    }

    @Test
    void tiltCdfCutsAtTheBaseKink() {
        // f = exp(-|t-mu|/b)/(2b) exp(l t), mu = 1/8, b = 13/8, l = 1/8:
        // quad(f, [-inf, mu, 5/2]) / quad(f, [-inf, mu, inf]) (mp.dps = 40); was 0.8122970715 (1.5e-6 off)
        agrees("cdf(tilt(laplace(1/8, 13/8), 8), 20/8)", 0.8122958645883480365522662365600144681203, 1e-12);
    }

    @Test
    void mixtureCgfFromTheComponents() {
        // log(3/4 (e^(l b1) - e^(l a1))/(l (b1 - a1)) + 1/4 (...)) - l E, l = 2^-5 (mp.dps = 40);
        // was 1.6466524814e-4 (2.5e-8 relative off, quadrature of the whole mixture)
        agrees("cgf(mix(uniform(-3/8, 10/8), uniform(-8/8, 15/8), 1/4), 2^(-5))",
                0.0001646652890788119294611915820973746129819, 1e-12);
        // 1/2 uniform(-2, -7/4) + 1/2 normal(-5/8, 21/8) at l = 2^-6, same formula with the normal mgf
        agrees("cgf(mix(uniform(-16/8, -14/8), normal(-5/8, 21/8), 1/2), 2^(-6))",
                0.0004727634179573821378363221465056007426021, 1e-12);
    }

    @Test
    void mixtureEntropyCutsAtComponentSupportEnds() {
        // quad(-f log f) with f = 1/2 U(-1/8, 63 7/8) + 1/2 logistic(1/2, 1024), cut at the uniform's
        // ends and at multiples of the logistic's scale (mp.dps = 40, maxdegree = 12); was 7.1613 (0.5% off)
        agrees("entropy(mix(uniform(-2^(-3), -2^(-3) + 2^(6)), logistic(2^(-1), 2^(10)), 1/2))",
                7.197970436013656715145218850125409395701, 1e-9);
    }

    @Test
    void mixtureQuantileIsTheInfimumOnAFlatCdf() {
        // half the mass on [-1/16, -7/128], half on [2, inf): F = 1/2 exactly on [-7/128, 2], so
        // quantile(1/2) = inf{x : F(x) >= 1/2} = -7/128 (closed form); Brent returned 1.0425
        agrees("quantile(mix(pareto(2^(1), 2 + 2^(3)), uniform(-2^(-4), -2^(-4) + 2^(-7)), 1/2), 1/2)", -7.0 / 128,
                1e-12);
    }

    @Test
    void digammaOfASubnormalLiteral() {
        // mpmath digamma(mpf(10)**-308) = -1.0e+308 (-1e308 - euler); was "beyond the double range"
        agrees("digamma(10^(-308))", -1.0e308, 1e-15);
        // digamma(10^-354) = -10^354: beyond the doubles on both routes
        ClosedValue v = eval("digamma(10^(-354))");
        assertTrue(Double.isNaN(v.value()) && v.enclosure().hi() <= -Double.MAX_VALUE, v.toString());
    }

    @Test
    void bestOfNParetoVarianceInClosedForm() {
        // xm^2 (R2 - R1^2), R_k = exp(loggamma(n+1) + loggamma(1-k/a) - loggamma(n+1-k/a)) (mp.dps = 40);
        // the quadrature of the heavy tail gave 55744.96 for the first
        agrees("var(bon(pareto(1, 9/4), 29332))", 55750.01273078001719088718217417023054542, 1e-10);
        agrees("var(bon(pareto(1, 34), 5))", 0.001523480346724674157903144678502081853679, 1e-10);
        agrees("var(bon(pareto(1/2, 3), 1000000))", 2113.257577541656644935475514815042543219, 1e-10);
        agrees("var(bon(pareto(1, 34), 2000))", 0.002410426865892289082068161746115597895066, 1e-10);
        agrees("var(bon(pareto(3, 5/2), 999))", 5360.309873985975932210961288219703278541, 1e-10);
    }

    @Test
    void klWithAMassBelowTheDoubles() {
        // p = 10^-301, q = 10^-325: p log(p/q) + (1-p)(log1p(-p) - log1p(-q)) (mp.dps = 40); was +inf
        // (q is 0.0 as a double)
        agrees("KL(bernoulli(10^(-301)) || bernoulli(10^(-325)))", 5.426204223185709641643179591242474098243e-300,
                1e-12);
        // 1/3 log((1/3)/1e-310) + 2/3 log((2/3)/(1 - 1e-310)) = 237.29727877442... (mpmath)
        agrees("KL(bernoulli(1/3) || bernoulli(10^(-310)))", 237.2972787744232, 1e-12);
    }
}
