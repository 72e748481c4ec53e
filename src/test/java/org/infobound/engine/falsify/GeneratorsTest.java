package org.infobound.engine.falsify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.junit.jupiter.api.Test;

/** Generated instances lie in their domains, are exact, and cover the edge cases. */
class GeneratorsTest {

    private static final ClaimSpace SPACE = new ClaimSpace(List.of(
            BinderSpec.of("n", new Dom.Ints(java.math.BigInteger.ONE, null)),
            BinderSpec.of("a", new Dom.Reals(BigFraction.ZERO, true, BigFraction.ONE, false)),
            BinderSpec.of("p", new Dom.Dists()),
            BinderSpec.of("q", new Dom.Dists()),
            BinderSpec.of("g", new Dom.Fns(BigFraction.MINUS_ONE, BigFraction.ONE)),
            BinderSpec.of("k", new Dom.Kernels(1, 4)),
            BinderSpec.of("c", new Dom.Laws()),
            BinderSpec.of("f", new Dom.Choices(List.of("t -> t", "t -> t^2")))), 1, 12, RewardSpec.free());

    @Test
    void everyInstanceLiesInItsDomainAndSumsToOneExactly() throws Exception {
        Rng rng = new Rng(12345);
        for (int i = 0; i < 400; i++) {
            Instance x = InstanceGen.draw(SPACE, rng, i < 200 ? 0.8 : 0.1);
            assertTrue(InstanceGen.valid(SPACE, x), x.toString());
            BigFraction s = BigFraction.ZERO;
            for (BigFraction p : ((Input.DistInput) x.get("p")).probs()) {
                s = s.add(p);
            }
            assertEquals(0, s.compareTo(BigFraction.ONE));
        }
    }

    /**
     * adv7: a targeted move of a {@code continuous} law (coordinate step on one parameter) can
     * leave the family's range: uniform(0.42, 0.2175), pareto(-0.05, 16.6), normal(0, -0.4) were
     * evaluated and made true claims INCONCLUSIVE ("uniform: parameter a must be < b") although
     * such laws are not in the domain. The domain admits exactly the valid family laws
     * (LANGUAGE.md section 7: uniform a < b, sigma/rate/scale > 0, beta/gamma/pareto params > 0).
     */
    @Test
    void continuousDomainAdmitsOnlyValidFamilyLaws() {
        Dom laws = new Dom.Laws();
        assertTrue(laws.contains(new Input.LawInput("uniform", new double[] {0, 1}), 0));
        assertTrue(laws.contains(new Input.LawInput("normal", new double[] {-3, 0.1}), 0));
        assertTrue(laws.contains(new Input.LawInput("pareto", new double[] {0.5, 2.5}), 0));
        assertTrue(!laws.contains(new Input.LawInput("uniform", new double[] {0.420455, 0.217536}), 0));
        assertTrue(!laws.contains(new Input.LawInput("uniform", new double[] {1, 1}), 0));
        assertTrue(!laws.contains(new Input.LawInput("pareto", new double[] {-0.048829, 16.602778}), 0));
        assertTrue(!laws.contains(new Input.LawInput("normal", new double[] {0, -0.4}), 0));
        assertTrue(!laws.contains(new Input.LawInput("normal", new double[] {0, 0}), 0));
        assertTrue(!laws.contains(new Input.LawInput("exponential", new double[] {Double.POSITIVE_INFINITY}), 0));
        assertTrue(!laws.contains(new Input.LawInput("gamma", new double[] {2, Double.NaN}), 0));
        assertTrue(!laws.contains(new Input.LawInput("beta", new double[] {0, 1}), 0));
        assertTrue(!laws.contains(new Input.LawInput("cauchy", new double[] {0, 1}), 0));
        assertTrue(!laws.contains(new Input.RealInput(org.infobound.num.Rationals.of(1.0)), 0));
    }

    @Test
    void edgeCasesAreProducedOften() throws Exception {
        Rng rng = new Rng(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            Instance x = InstanceGen.draw(SPACE, rng, 0.8);
            long n = ((Input.IntInput) x.get("n")).longValue();
            if (n == 1 || n == 2) {
                seen.add("n small");
            }
            if (x.alphabetSize() == 1 || x.alphabetSize() == 2) {
                seen.add("k small");
            }
            List<BigFraction> p = ((Input.DistInput) x.get("p")).probs();
            if (p.contains(BigFraction.ONE)) {
                seen.add("one-hot");
            }
            if (p.stream().anyMatch(v -> v.signum() > 0 && v.doubleValue() < 1e-11)) {
                seen.add("tiny mass");
            }
            if (x.alphabetSize() > 2 && new HashSet<>(p).size() == 1) {
                seen.add("uniform");
            }
            if (x.get("p").equals(x.get("q"))) {
                seen.add("p = q");
            }
            double[] r = x.rewards();
            if (r.length > 1 && new HashSet<>(java.util.Arrays.stream(r).boxed().toList()).size() < r.length) {
                seen.add("tied rewards");
            }
            if (((Input.RealInput) x.get("a")).value().compareTo(BigFraction.ONE) == 0) {
                seen.add("closed end");
            }
        }
        assertEquals(Set.of("n small", "k small", "one-hot", "tiny mass", "uniform", "p = q", "tied rewards",
                "closed end"), seen);
    }

    @Test
    void simplexRoundingIsExactAndKeepsZeros() {
        Input.DistInput d = Simplex.fromWeights(new double[] {0.3, 0, 0.7, 1e-3});
        assertEquals(BigFraction.ZERO, d.probs().get(1));
        for (double p : d.approx()) {
            assertTrue(p >= 0);
        }
        assertEquals("[1/2, 1/2]", Simplex.uniform(2).text());
    }

    @Test
    void functionsOverAnUnboundedRangeAreFiniteReals() {
        // fn(-inf, inf) (library theorems use it): a function's values are real numbers, never
        // +-inf or NaN, on the edge-case and the random paths alike
        Rng rng = new Rng(7);
        for (int i = 0; i < 400; i++) {
            Input.FnInput g = FnGen.draw(5, new Dom.Fns(null, null), rng, i % 2 == 0);
            for (double v : g.values()) {
                assertTrue(Double.isFinite(v), () -> "value " + v);
            }
        }
    }

    /** Gamma(a, 1) has mean a and variance a (closed form); 200,000 draws, 5 standard errors. */
    @Test
    void gammaVariatesHaveTheRightMeanAndVariance() {
        Rng rng = new Rng(2024);
        int m = 200_000;
        for (double a : new double[] {0.1, 0.5, 1, 5, 50}) {
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < m; i++) {
                double g = rng.gamma(a);
                assertTrue(g >= 0 && Double.isFinite(g));
                s += g;
                s2 += g * g;
            }
            double mean = s / m;
            double var = s2 / m - mean * mean;
            // sd of the mean is sqrt(a/m); of the variance about sqrt((2a^2 + 6a)/m) (4th cumulant 6a)
            assertEquals(a, mean, 5 * Math.sqrt(a / m), "mean at shape " + a);
            assertEquals(a, var, 5 * Math.sqrt((2 * a * a + 6 * a) / m), "variance at shape " + a);
        }
    }

    /**
     * Weights to masses: every entry but the largest is floor(w_i / sum * 2^52) * 2^-52 (the
     * doubles below were computed with python3's IEEE floats, math.floor), the largest takes the
     * exact rest; a zero weight keeps its sign.
     */
    @Test
    void weightsFloorToTheGridAsDefined() {
        double[] w = {1.0, 2.0, 3.5, 1e-300, 0.0, 0.3};
        double[] p = Simplex.fromWeights(w).approx();
        assertEquals(0.1470588235294117, p[0]);
        assertEquals(0.2941176470588234, p[1]);
        assertEquals(0.0, p[3]);
        assertEquals(0.0, p[4]);
        assertEquals(0.04411764705882337, p[5]);
        BigFraction sum = BigFraction.ZERO;
        for (BigFraction q : Simplex.fromWeights(w).probs()) {
            sum = sum.add(q);
        }
        assertEquals(BigFraction.ONE, sum);
        double[] z = Simplex.fromWeights(new double[] {-0.0, 1.0}).approx();
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(z[0]));
        assertEquals(1.0, z[1]);
    }

    /** The hill climb's relative integer step max(1, floor(|n| * step)), step read as decimal text. */
    @Test
    void relativeIntegerStepIsTheFloorOfTheDecimalProduct() {
        java.math.BigInteger n = java.math.BigInteger.valueOf(12345);
        assertEquals(6172, Moves.relativeStep(n, 0.5).longValueExact());
        assertEquals(1234, Moves.relativeStep(n, 0.1).longValueExact());
        assertEquals(123, Moves.relativeStep(n, 0.01).longValueExact());
        assertEquals(1, Moves.relativeStep(n, 1e-4).longValueExact());
        assertEquals(3, Moves.relativeStep(java.math.BigInteger.valueOf(-7), 0.5).longValueExact());
        assertEquals(1, Moves.relativeStep(java.math.BigInteger.ZERO, 0.1).longValueExact());
        assertEquals(2, Moves.relativeStep(java.math.BigInteger.valueOf(29_999), 1e-4).longValueExact());
        // beyond 2^62 (python3: (2**62 + 5) // 10 and // 2)
        java.math.BigInteger big = java.math.BigInteger.ONE.shiftLeft(62).add(java.math.BigInteger.valueOf(5));
        assertEquals(new java.math.BigInteger("461168601842738790"), Moves.relativeStep(big, 0.1));
        assertEquals(new java.math.BigInteger("2305843009213693954"), Moves.relativeStep(big, 0.5));
        assertEquals(new java.math.BigInteger("2305843009213693954"), Moves.relativeStep(big.negate(), 0.5));
    }

    /** Equal ranges give the same edges, and a different range its own (the edge list is kept per range). */
    @Test
    void integerEdgesFollowTheRange() {
        List<java.math.BigInteger> a = IntGen.edges(new Dom.Ints(1, 1000));
        List<java.math.BigInteger> b = IntGen.edges(new Dom.Ints(5, 6));
        List<java.math.BigInteger> c = IntGen.edges(new Dom.Ints(1, 1000));
        assertEquals(List.of(1L, 2L, 3L, 1000L, 999L, 998L), a.stream().map(java.math.BigInteger::longValueExact).toList());
        assertEquals(List.of(5L, 6L), b.stream().map(java.math.BigInteger::longValueExact).toList());
        assertEquals(a, c);
    }
}
