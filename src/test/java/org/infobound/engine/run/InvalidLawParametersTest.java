package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.falsify.Confirmation;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The certified route at an instance where a law's parameters are invalid: never CONFIRMED.
 * Each claim would be violated if the invalid law were evaluated blindly (E(bernoulli(3/2)) =
 * 3/2 > 1; normal(0, -1) would give cdf(1) = Phi(-1) < 1/2; the mix with weight 2 would have
 * mean 2 > 1).
 */
class InvalidLawParametersTest {

    private static Confirmation confirmAt(String claim, String name, BigFraction value) {
        SourceFile src = SourceFile.of("t.claims", claim);
        ParseResult r = Parser.parse(src);
        ClaimEvaluator ce = new ClaimEvaluator(src, r.file(), r.file().claims().get(0));
        Map<String, Input> in = new LinkedHashMap<>();
        in.put(name, new Input.RealInput(value));
        return new ClaimProperty(ce).confirm(new Instance(new double[0], in));
    }

    @Test
    void bernoulliThreeHalvesIsNotAConfirmedViolation() {
        Confirmation c = confirmAt("claim c forall a in [0, 2]: E(bernoulli(a)) <= 1", "a", new BigFraction(3, 2));
        assertNotEquals(Confirmation.Status.CONFIRMED, c.status(), c.toString());
    }

    @Test
    void aNormalWithNegativeSigmaIsNotAConfirmedViolation() {
        Confirmation c = confirmAt("claim c forall s in [-1, 1]: cdf(normal(0, s), 1) >= 1/2", "s", BigFraction.MINUS_ONE);
        assertNotEquals(Confirmation.Status.CONFIRMED, c.status(), c.toString());
    }

    @Test
    void aMixWeightOfTwoIsNotAConfirmedViolation() {
        Confirmation c = confirmAt("claim c forall w in [0, 2]: E(mix(bernoulli(0), bernoulli(1), w)) <= 1", "w",
                BigFraction.TWO);
        assertNotEquals(Confirmation.Status.CONFIRMED, c.status(), c.toString());
    }

    @TempDir
    Path dir;

    /**
     * Categorical masses that are exact rationals are checked exactly on the float route too. By
     * exact fractions: at x in (0, 10^-18] the masses 1/2 and 1/2 - x sum to 1 - x != 1 (and 1/2 + x,
     * 1/2 to 1 + x), so the law is invalid on part of the domain and the claim is not a theorem;
     * it must be INCONCLUSIVE with the instance. Before the fix the float route rounded 1/2 - x to
     * 0.5, found a valid law, and both claims were SURVIVED with no word. The control claim has
     * masses 1/2 - x, 1/2 + x that sum to exactly 1 and mean 1/2 + x: it holds on [0, 1/2].
     * Likewise a mix weight 1 + x and a quantile level 1 + x lie outside [0, 1] for x > 0 (exact),
     * and were SURVIVED (the float route rounds 1 + x to 1.0).
     */
    @Test
    void exactCategoricalMassesAreCheckedExactlyOnTheFloatRoute() throws Exception {
        Path f = dir.resolve("x.claims");
        Files.writeString(f, """
                claim short_sum
                  forall x in [0, 10^-18]:
                    E(categorical([1/2, 1/2 - x], rewards = [0, 1])) <= 1/2

                claim long_sum
                  forall x in [0, 10^-18]:
                    E(categorical([1/2 + x, 1/2], rewards = [0, 1])) >= 0

                claim mix_over
                  forall x in [0, 10^-18]:
                    E(mix(bernoulli(0), bernoulli(1), 1 + x)) <= 1

                claim quantile_over
                  forall x in [0, 10^-18]:
                    quantile(bernoulli(1/2), 1 + x) <= 1

                claim exact_sum
                  forall x in [0, 1/2]:
                    E(categorical([1/2 - x, 1/2 + x], rewards = [0, 1])) == 1/2 + x
                """);
        for (boolean prove : new boolean[] {false, true}) {
            CheckReport r = CheckRun.run(List.of(f), new Settings(1, 300, 0, 1, 500, prove));
            assertEquals(5, r.results().size());
            for (ClaimResult c : r.results().subList(0, 4)) {
                assertEquals(VerdictKind.INCONCLUSIVE, c.verdict().kind(), c.name() + ": " + c.verdict());
                Verdict.Inconclusive v = (Verdict.Inconclusive) c.verdict();
                assertTrue(v.reason().contains(c.name().endsWith("sum") ? "sum to" : "must lie in [0, 1]"),
                        c.name() + ": " + v.reason());
            }
            ClaimResult ok = r.results().get(4);
            assertTrue(ok.verdict().kind() == VerdictKind.SURVIVED || ok.verdict().kind() == VerdictKind.PROVED,
                    ok.verdict().toString());
        }
    }
}
