package org.infobound.soundness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.Settings;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adversarial round 6. {@code quantile(p, 0)} is not implemented (spec/LANGUAGE.md section 7):
 * the generalised inverse at 0 is {@code inf{x : F(x) >= 0} = -inf}, not the lowest reward or the
 * support's lower end. Before, the certified route answered the lowest reward (discrete laws) or
 * the support end (laws on the line), so a claim true under the definition was FALSIFIED and
 * false ones PROVED. The truths below are by hand from Q(0) = -inf; a level that is exactly 0 but
 * enclosed as [0, 2 ulp] ({@code abs(log(3) - log(3))}) must not be read as positive, while an
 * exact positive level below the doubles ({@code 10^-400}) is positive: F(0) = 1/2 >= 10^-400 gives
 * Q(10^-400) = 0.
 */
class QuantileAtZeroTest {

    @TempDir
    Path dir;

    private CheckReport run(String text, boolean prove) throws Exception {
        Path f = dir.resolve("q.claims");
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), new Settings(1, 300, 0, 1, 500, prove));
    }

    @Test
    void quantileAtZeroIsNeverAVerdict() throws Exception {
        String text = """
                claim true_discrete: quantile(bernoulli(1/2), 0) <= -1
                claim true_categorical: quantile(categorical([1/2, 1/2], rewards = [3, 5]), 0) <= 2
                claim false_categorical: quantile(categorical([1/2, 1/2], rewards = [3, 5]), 0) >= 3
                claim false_uniform: quantile(uniform(0, 1), 0) >= 0
                claim false_exponential: quantile(exponential(1), 0) >= 0
                claim false_range
                  forall u in [0, 1]: quantile(uniform(0, 1), u) >= 0
                claim false_cancel_discrete: quantile(bernoulli(1/2), abs(log(3) - log(3))) >= 0
                claim false_cancel_line: quantile(uniform(0, 1), abs(log(3) - log(3))) >= 0
                """;
        for (boolean prove : new boolean[] {true, false}) {
            CheckReport r = run(text, prove);
            assertEquals(0, r.internalErrors());
            assertEquals(8, r.results().size());
            for (ClaimResult c : r.results()) {
                VerdictKind k = c.verdict().kind();
                assertTrue(k != VerdictKind.PROVED && k != VerdictKind.FALSIFIED, c.name() + ": " + c.verdict());
            }
            for (ClaimResult c : r.results().subList(0, 6)) {
                assertEquals(VerdictKind.INCONCLUSIVE, c.verdict().kind(), c.name() + ": " + c.verdict());
                assertTrue(((Verdict.Inconclusive) c.verdict()).reason().contains("(0, 1]"), c.verdict().toString());
            }
        }
    }

    @Test
    void anExactPositiveLevelBelowTheDoublesIsStillDecided() throws Exception {
        CheckReport r = run("""
                claim t: quantile(bernoulli(1/2), 10^-400) >= 0
                claim f: quantile(bernoulli(1/2), 10^-400) < 0
                claim t_half: quantile(bernoulli(1/2), 1/2) <= 0
                """, true);
        assertEquals(VerdictKind.PROVED, r.results().get(0).verdict().kind(), r.results().get(0).verdict().toString());
        assertEquals(VerdictKind.FALSIFIED, r.results().get(1).verdict().kind(), r.results().get(1).verdict().toString());
        assertEquals(VerdictKind.PROVED, r.results().get(2).verdict().kind(), r.results().get(2).verdict().toString());
    }

    /**
     * Pinsker's inequality holds for every pair of laws (spec/library/divergences.claims pinsker),
     * also mix(normal(0, 1), normal(1, 1), w) against normal(0, 1). The float route's KL of that
     * mixture at w about 1e-9 was -5.5e-17 (quadrature rounding), so sqrt(KL / 2) was "undefined:
     * sqrt of a negative" and the true claim INCONCLUSIVE; a KL is never below 0.
     */
    @Test
    void aNegativeFloatKlOnTheLineIsNotAnUndefinedSide() throws Exception {
        CheckReport r = run("""
                claim pinsker_mix
                  forall w in [0, 1]: TV(mix(normal(0, 1), normal(1, 1), w), normal(0, 1))
                    <= sqrt(KL(mix(normal(0, 1), normal(1, 1), w) || normal(0, 1)) / 2)
                """, false);
        Verdict v = r.results().get(0).verdict();
        assertTrue(v.kind() == VerdictKind.SURVIVED || v.kind() == VerdictKind.PROVED, v.toString());
    }

    /**
     * Rewards of a categorical law are finite (spec/CHECK.md side conditions); the certified
     * route took inf as a reward, so claims about such a non-law were PROVED (by hand: no law
     * exists, so none of them is a theorem).
     */
    @Test
    void anInfiniteCategoricalRewardIsNoLaw() throws Exception {
        CheckReport r = run("""
                claim w: winrate(categorical([1/2, 1/2], rewards = [0, inf]), normal(0, 1)) >= 0
                claim q: quantile(categorical([1/2, 1/2], rewards = [0, inf]), 1) >= 10
                claim c: cdf(categorical([1/2, 1/2], rewards = [0, -inf]), 1) >= 1/2
                """, true);
        for (ClaimResult c : r.results()) {
            assertEquals(VerdictKind.INCONCLUSIVE, c.verdict().kind(), c.name() + ": " + c.verdict());
            assertTrue(((Verdict.Inconclusive) c.verdict()).reason().contains("must be finite"), c.verdict().toString());
        }
    }
}
