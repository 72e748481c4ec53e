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
}
