package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The headline demonstration (README.md): the published equality KL(bon || ref) = log n -
 * (n-1)/n is refuted and the counterexample shrunk to two outcomes of mass 1/2 and n = 2, with
 * KL = 0.130812... < 0.193147... (reference values, spec/CATALOGUE.md, F1 and
 * B-Ex; 50-digit values from mpmath).
 */
class BinaryCounterexampleTest {

    private static final double BINARY_KL = 0.13081203594113695912920180623371771041011778400681;
    private static final double KLBON2 = 0.19314718055994530941723212145817656807550013436025;

    private static final String F1 = "let klbon(n) = log(n) - (n - 1) / n\n"
            + "claim bon_kl_equality forall n in 1..64, p in dist(2..10):\n"
            + "  KL(bon(p, n) || p) == klbon(n)\n  expect falsified\n";

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20240607})
    void publishedEqualityIsFalsifiedAndShrunkToTheBinaryCase(long seed) {
        ClaimResult r = RunTestSupport.decide(F1, RunTestSupport.settings(seed, 200));
        Verdict.Falsified f = assertInstanceOf(Verdict.Falsified.class, r.verdict());
        Counterexample cx = f.counterexample();
        assertEquals("2", cx.inputs().get("n"));
        assertEquals("[1/2, 1/2]", cx.inputs().get("p"));
        String[] rewards = cx.inputs().get("rewards").replaceAll("[\\[\\] ]", "").split(",");
        assertEquals(2, rewards.length);
        assertTrue(!rewards[0].equals(rewards[1]), "distinct rewards: " + cx.inputs());
        assertTrue(cx.left().lo() <= BINARY_KL && BINARY_KL <= cx.left().hi(), cx.left().toString());
        assertTrue(cx.right().lo() <= KLBON2 && KLBON2 <= cx.right().hi(), cx.right().toString());
        assertTrue(cx.left().hi() < cx.right().lo(), "certified violation");
        assertEquals(seed, cx.seed());
        assertTrue(r.passed());
    }
}
