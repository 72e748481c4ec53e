package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.infobound.num.Interval;
import org.infobound.num.Jet;
import org.infobound.num.UndefinedValueException;
import org.junit.jupiter.api.Test;

/**
 * {@link CertifiedBonDf}: {@code D_f(Beta(n,1) || Beta(m,1)) = int_0^1 m u^(m-1) f((n/m) u^(n-m)) du}
 * against mpmath at 40 digits (quad of {@code h(z) = c e^(-cz) f(rho e^(-s z))}, c = m/|n-m|,
 * rho = n/m, s = sign(n-m), split at the crossing zc = |log(n/m)| and zc + {-8..64}, maxdegree
 * 10; script in the comment of {@link #REF}) and the closed forms where they exist.
 */
class CertifiedBonDfTest {

    /** A generator from an interval form, a real-set end form and a jet form of the same f. */
    static CertifiedBonDf.Generator gen(UnaryOperator<Interval> iv, UnaryOperator<Interval> end, UnaryOperator<Jet> jet) {
        return new CertifiedBonDf.Generator() {
            @Override
            public Interval value(Interval t) {
                return iv.apply(t);
            }

            @Override
            public Interval valueOnEnd(Interval t) {
                return end.apply(t);
            }

            @Override
            public Jet jet(Jet t) {
                return jet.apply(t);
            }
        };
    }

    static Jet one(Jet t) {
        return Jet.constant(Interval.ONE, t.order());
    }

    static final CertifiedBonDf.Generator CHI2 = gen(t -> t.sub(1).sqr(), t -> t.sub(1).sqr(), t -> t.sub(one(t)).pow(2));
    /** t log t; the end form is xlogx (0 log 0 = 0, the limit), the interval form t * log t. */
    static final CertifiedBonDf.Generator KL = gen(t -> t.mul(t.log()), Interval::xlogx, t -> t.mul(t.log()));
    static final CertifiedBonDf.Generator RKL = gen(t -> t.log().neg(), t -> t.log().neg(), t -> t.log().neg());
    static final CertifiedBonDf.Generator TV = gen(t -> t.sub(1).abs().div(2), t -> t.sub(1).abs().div(2),
            t -> t.sub(one(t)).abs().scale(Interval.of(0.5)));
    static final CertifiedBonDf.Generator H2 = gen(t -> t.sqrt().sub(1).sqr(), t -> t.sqrt().sub(1).sqr(),
            t -> t.sqrt().sub(one(t)).pow(2));
    /** Not convex on (0, 1/sqrt(3)): t^3 - t. */
    static final CertifiedBonDf.Generator CUBIC = gen(t -> t.pow(3).sub(t), t -> t.pow(3).sub(t), t -> t.pow(3).sub(t));
    /** The same chi2 without a jet (naive pieces only). */
    static final CertifiedBonDf.Generator CHI2_NO_JET = gen(t -> t.sub(1).sqr(), t -> t.sub(1).sqr(), t -> {
        throw new UndefinedValueException("jet", "none");
    });

    /**
     * mpmath references (mp.dps = 40):
     * <pre>
     * def df(n, m, f):
     *     n, m = mpf(n), mpf(m); c = m/abs(n-m); rho = n/m; s = 1 if n > m else -1
     *     h = lambda z: c*exp(-c*z)*f(rho*exp(-s*z)); zc = abs(log(n/m))
     *     pts = sorted(set([mpf(0), zc] + [zc + d for d in (-8,-4,-2,-1,-0.5,0.5,1,2,4,8,16,32,64) if zc + d > 0]))
     *     return quad(h, pts + [inf], maxdegree=10)
     * </pre>
     * rows: f, n, m, value (30 digits).
     */
    static final String[] REF = {
        "kl 2 1 0.193147180559945309417232121458",
        "kl 10 1 1.40258509299404568401799145468",
        "kl 1000 1 5.90875527898213705205397436405",
        "kl 100000 1 10.5129354649702284200899572734",
        "kl 5 3 0.110825623765990683205514096304",
        "tv 2 1 0.25",
        "tv 10 1 0.696837314413014353754011506383",
        "tv 1000 1 0.9921160721936046800238369824",
        "tv 100000 1 0.999874877372534877612507752891",
        "tv 5 3 0.18590320061795601048860473919",
        "h2 2 1 0.114381916835873268264415034387",
        "h2 10 1 0.850080850847862061091311438388",
        "h2 1000 1 1.87363525833492989682322103719",
        "h2 100000 1 1.98735101584916799099209450488",
        "h2 5 3 0.0635083268962915574103673001088",
        "cubic 2 1 1.0",
        "cubic 10 1 34.7142857142857142857142857143",
        "cubic 1000 1 333554.703802535023348899266177",
        "cubic 100000 1 3333355554.70370469136460909739",
        "cubic 5 3 0.543209876543209876543209876543",
        "chi2 5 3 0.190476190476190476190476190476",
    };

    static CertifiedBonDf.Generator named(String f) {
        return switch (f) {
            case "chi2" -> CHI2;
            case "kl" -> KL;
            case "rkl" -> RKL;
            case "tv" -> TV;
            case "h2" -> H2;
            case "cubic" -> CUBIC;
            default -> throw new IllegalArgumentException(f);
        };
    }

    static void check(Interval v, double truth, double rel, String what) {
        assertTrue(v.contains(truth), what + ": " + v + " must contain " + truth);
        assertTrue(v.width() <= rel * Math.abs(truth), what + ": " + v + " width " + v.width() / Math.abs(truth) + " relative");
    }

    @Test
    void finiteCellsAgainstMpmathTo1e8() {
        for (String row : REF) {
            String[] r = row.split(" ");
            double n = Double.parseDouble(r[1]);
            double m = Double.parseDouble(r[2]);
            check(CertifiedBonDf.of(n, m, named(r[0])), Double.parseDouble(r[3]), 1e-8, row);
        }
    }

    @Test
    void chi2ForwardClosedForm() {
        // chi2(Beta(n,1) || U) = (n-1)^2/(2n-1) (catalogue M-C5)
        for (double n : new double[] {2, 10, 1000, 1e5, 1e6}) {
            check(CertifiedBonDf.forward(n, CHI2), (n - 1) * (n - 1) / (2 * n - 1), 1e-8, "chi2 n=" + n);
        }
    }

    @Test
    void klForwardClosedFormAndReverseLogSameValue() {
        // KL(Beta(n,1) || U) = log n - (n-1)/n; -log t reverse is the same integral: D_{-log}(U || Beta) = KL(Beta || U)
        for (double n : new double[] {2, 10, 1000, 1e5}) {
            double kl = Math.log(n) - (n - 1) / n;
            check(CertifiedBonDf.forward(n, KL), kl, 1e-8, "kl n=" + n);
            Interval r = CertifiedBonDf.reverse(n, RKL);
            // the end piece s -> inf of -log s has no lower bound: one-sided
            assertEquals(Double.NEGATIVE_INFINITY, r.lo(), "reverse -log lower end");
            assertTrue(r.hi() >= kl && r.hi() - kl <= 1e-8 * kl, "reverse -log n=" + n + ": " + r + " vs " + kl);
        }
    }

    @Test
    void minusLogForwardIsOneSidedAtZero() {
        // D_{-log}(Beta(n,1) || U) = n - 1 - log n: finite, but -log on (0, x] is unbounded
        for (double n : new double[] {2, 10, 1000}) {
            double truth = n - 1 - Math.log(n);
            Interval v = CertifiedBonDf.forward(n, RKL);
            assertEquals(Double.POSITIVE_INFINITY, v.hi(), "upper end of -log forward must be +inf, never a guess");
            assertTrue(v.lo() <= truth, "n=" + n + ": " + v);
            if (n <= 10) {
                // the u-mass below ratio e^-700 is (e^-700/n)^(1/(n-1)): tiny for small n only
                assertTrue(truth - v.lo() <= 1e-8 * truth, "n=" + n + ": " + v);
            }
        }
    }

    @Test
    void reverseChi2IsInfinite() {
        // chi2(U || Beta(n,1)) = +inf for n >= 2: the enclosure must not be finite above
        Interval v = CertifiedBonDf.reverse(2, CHI2);
        assertEquals(Double.POSITIVE_INFINITY, v.hi());
        // below 2 it is finite, (n-1)^2/(n(2-n)) = 1/3 at n = 3/2, but (t-1)^2 is unbounded at
        // infinity, so only the lower end is finite
        Interval r = CertifiedBonDf.reverse(1.5, CHI2);
        assertEquals(Double.POSITIVE_INFINITY, r.hi());
        assertTrue(r.lo() <= 1.0 / 3 && 1.0 / 3 - r.lo() <= 1e-9, r.toString());
    }

    @Test
    void reverseTvAndKlAreCertifiedFromBelow() {
        // TV(U || Beta(n,1)) = TV(Beta || U); KL via t log t reverse = n - 1 - log n: the generators
        // grow at infinity, so the upper end is +inf; the lower end is the sum of the pieces
        for (double n : new double[] {2, 10, 100}) {
            double tv = (n - 1) / n * Math.pow(n, -1 / (n - 1));
            double rkl = n - 1 - Math.log(n);
            Interval v = CertifiedBonDf.reverse(n, TV);
            Interval k = CertifiedBonDf.reverse(n, KL);
            assertEquals(Double.POSITIVE_INFINITY, v.hi());
            assertEquals(Double.POSITIVE_INFINITY, k.hi());
            assertTrue(v.lo() <= tv && k.lo() <= rkl, "n=" + n + ": " + v + ", " + k);
            if (n <= 10) {
                // the Beta(n,1)-mass beyond ratio e^700 is e^-700, but for large n the u-mass there
                // (where f(s)/s, not f(s), is bounded) is large: tight from below for small n only
                assertTrue(tv - v.lo() <= 1e-8 * tv, "tv reverse n=" + n + ": " + v);
                assertTrue(rkl - k.lo() <= 1e-8 * rkl, "kl reverse n=" + n + ": " + k);
            }
        }
    }

    @Test
    void bonVsBonBothOrders() {
        // chi2(Beta(5,1) || Beta(3,1)) = 9/(5*7) - 1 + ... closed form: int 3u^2 ((5/3)u^2 - 1)^2 du = 25/21 - 1 = 4/21
        check(CertifiedBonDf.of(5, 3, CHI2), 4.0 / 21, 1e-8, "chi2 5||3");
        // KL(Beta(3,1) || Beta(5,1)) = log(3/5) + 2/3 (mpmath 0.155841042900675983461152570363)
        Interval k = CertifiedBonDf.of(3, 5, KL);
        assertTrue(k.lo() <= 0.155841042900675983461152570363 && 0.155841042900675983461152570363 - k.lo() <= 1e-9);
    }

    @Test
    void withoutJetStillSoundButWider() {
        Interval v = CertifiedBonDf.forward(10, CHI2_NO_JET);
        assertTrue(v.contains(81.0 / 19), v.toString());
    }

    @Test
    void undefinedGeneratorPropagates() {
        // log(t - 1/2) is undefined for t < 1/2, which the ratio reaches: no value
        CertifiedBonDf.Generator bad = gen(t -> t.sub(0.5).log(), t -> t.sub(0.5).log(), t -> t.sub(Jet.constant(Interval.of(0.5), t.order())).log());
        assertThrows(UndefinedValueException.class, () -> CertifiedBonDf.forward(3, bad));
    }

    @Test
    void floatRouteAgreesTo1e9() {
        // the float route of Df(bon(P, n) || P) is BetaUniform.fDivergence (quadrature)
        for (double n : new double[] {2, 10, 1000, 1e4}) {
            agree(BetaUniform.fDivergence(n, org.infobound.math.StandardF.CHI2).value(), CertifiedBonDf.forward(n, CHI2), n);
            agree(BetaUniform.fDivergence(n, org.infobound.math.StandardF.KL).value(), CertifiedBonDf.forward(n, KL), n);
            agree(BetaUniform.fDivergence(n, org.infobound.math.StandardF.TV).value(), CertifiedBonDf.forward(n, TV), n);
            agree(2 * BetaUniform.fDivergence(n, org.infobound.math.StandardF.HELLINGER2).value(),
                    CertifiedBonDf.forward(n, H2), n);
        }
    }

    private static void agree(double floatValue, Interval certified, double n) {
        assertTrue(Math.abs(floatValue - certified.mid()) <= 1e-9 * Math.abs(certified.mid()),
                "n=" + n + ": float " + floatValue + " vs certified " + certified);
    }

    @Test
    void convexGeneratorGetsATangentBoundAtZero() {
        // t log t with the plain interval end form: t * log t on [0, x] has no lower bound, the
        // tangent at x (f certified convex) gives one: both ends finite, still containing the truth
        CertifiedBonDf.Generator plain = gen(t -> t.mul(t.log()), t -> CertifiedBonDf.mulSets(t, t.log()), t -> t.mul(t.log()));
        CertifiedBonDf.Generator convex = new CertifiedBonDf.Generator() {
            @Override
            public Interval value(Interval t) {
                return plain.value(t);
            }

            @Override
            public Interval valueOnEnd(Interval t) {
                return plain.valueOnEnd(t);
            }

            @Override
            public Jet jet(Jet t) {
                return plain.jet(t);
            }

            @Override
            public boolean convex() {
                return true;
            }
        };
        for (double n : new double[] {3, 1000, 1e6}) {
            double kl = Math.log(n) - (n - 1) / n;
            assertEquals(Double.NEGATIVE_INFINITY, CertifiedBonDf.forward(n, plain).lo());
            check(CertifiedBonDf.forward(n, convex), kl, 1e-8, "kl with tangent n=" + n);
        }
    }

    @Test
    void nEqualsMIsF1() {
        assertEquals(Interval.ZERO, CertifiedBonDf.of(7, 7, CHI2));
    }
}
