package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code winrate} of a law on a finite alphabet against a law on the line, and the reverse
 * (spec/LANGUAGE.md: winrate takes any two laws). A law on the line has no atoms, so
 * winrate(p, Y) = sum_i p_i F_Y(r_i) for every tie rule and winrate(Y, p) = 1 - winrate(p, Y).
 * Before, both orders were INCONCLUSIVE "expected a discrete law, got FamilyLaw". Reference
 * values (mpmath, dps 30):
 * <pre>
 * 0.5*ncdf(0) + 0.5*ncdf(1)        = 0.670672373034271474292616272816
 * 1 - (0.7*ncdf(0) + 0.3*ncdf(1))  = 0.397596576179437146969693816141
 * 0.5*ncdf(-2) + 0.5*ncdf(-1)      = 0.0907026929398181...
 * </pre>
 * and in closed form winrate(bernoulli(1/2), U(0, 1)) = 1/2 F(0) + 1/2 F(1) = 1/2,
 * winrate(U(0, 1), bernoulli(1/4)) = 1 - (3/4 F(0) + 1/4 F(1)) = 3/4.
 */
class MixedWinrateTest {

    @TempDir
    Path dir;

    private List<ClaimResult> run(String text) throws Exception {
        Path f = dir.resolve("x.claims");
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), new Settings(1, 300, 0, 1, 500, true)).results();
    }

    @Test
    void discreteAgainstLineLawsIsDecided() throws Exception {
        List<ClaimResult> r = run("""
                claim exact_half: winrate(bernoulli(1/2), uniform(0, 1)) == 1/2
                claim exact_reverse: winrate(uniform(0, 1), bernoulli(1/4)) == 3/4
                claim strict_same: winrate(bernoulli(1/2), uniform(0, 1), ties = strict) == 1/2
                claim normal_false: winrate(categorical([1/2, 1/2], rewards = [0, 1]), normal(0, 1)) <= 0.67067
                claim normal_true: winrate(categorical([1/2, 1/2], rewards = [0, 1]), normal(0, 1)) <= 0.67068
                claim reverse_false: winrate(normal(0, 1), bernoulli(0.3)) <= 0.39759
                claim reverse_true: winrate(normal(0, 1), bernoulli(0.3)) <= 0.39760
                claim shift_false
                  forall m in [0, 2]:
                    winrate(bernoulli(1/2), normal(m, 1)) >= 0.3
                """);
        String[] expected = {"PROVED", "PROVED", "PROVED", "FALSIFIED", "PROVED", "FALSIFIED", "PROVED", "FALSIFIED"};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(VerdictKind.valueOf(expected[i]), r.get(i).verdict().kind(),
                    r.get(i).name() + ": " + r.get(i).verdict());
        }
        // the counterexample of shift_false lies where the truth 1/2 Phi(-m) + 1/2 Phi(1 - m)
        // (Hipparchus' normal cdf, not the engine's) is below 0.3 (0.0907 at m = 2)
        Verdict.Falsified f = (Verdict.Falsified) r.get(7).verdict();
        double m = new org.hipparchus.fraction.BigFraction(
                new java.math.BigInteger(f.counterexample().inputs().get("m").split("/")[0]),
                f.counterexample().inputs().get("m").contains("/")
                        ? new java.math.BigInteger(f.counterexample().inputs().get("m").split("/")[1])
                        : java.math.BigInteger.ONE).doubleValue();
        org.hipparchus.distribution.continuous.NormalDistribution z =
                new org.hipparchus.distribution.continuous.NormalDistribution(0, 1);
        assertTrue(0.5 * z.cumulativeProbability(-m) + 0.5 * z.cumulativeProbability(1 - m) < 0.3, f.toString());
    }
}
