package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * Closed relations in the prover go through the engine's certified evaluator (Facts.enclosure,
 * ClosedValue.enclosure in Mode.CERTIFIED); reference values from mpmath (30 digits).
 */
class ClosedRelationTest {

    private static Interval eval(String text) {
        return Facts.enclosure(ResolvedGoal.parse(text)).orElseThrow();
    }

    private static Optional<String> relation(String text) {
        return Facts.evaluate(Relations.of(ResolvedGoal.parse(text)).orElseThrow());
    }

    private static final String BIN = "categorical([1/2, 1/2], rewards = [0, 1])";
    private static final String THREE = "categorical([0.2, 0.5, 0.3], rewards = [1, 2, 3])";

    @Test
    void binaryCounterexampleKl() {
        // catalogue F1: (1/4) log(1/2) + (3/4) log(3/2); mpmath: 0.130812035941136959129201806234
        Interval kl = eval("KL(bon(" + BIN + ", 2) || " + BIN + ")");
        assertTrue(kl.contains(0.130812035941136959) && kl.width() < 1e-14, kl.toString());
    }

    @Test
    void threeAtomCounterexample() {
        // catalogue F1 counterexample 2: p = (0.2, 0.5, 0.3), n = 2; mpmath: 0.158830659498321051541681
        Interval kl = eval("KL(bon(" + THREE + ", 2) || " + THREE + ")");
        assertTrue(kl.contains(0.158830659498321051) && kl.width() < 1e-14, kl.toString());
    }

    @Test
    void tiedRewardsGiveUniformTieBreaking() {
        // catalogue F9: equal rewards and uniform ties keep BoN = ref, so KL = 0
        String tied = "categorical([1/2, 1/2], rewards = [1, 1])";
        Interval kl = eval("KL(bon(" + tied + ", 2) || " + tied + ")");
        assertTrue(kl.contains(0.0) && kl.width() < 1e-15, kl.toString());
    }

    @Test
    void invalidLawIsNotEvaluated() {
        assertTrue(Facts.enclosure(ResolvedGoal.parse("KL(categorical([1/2, 1/3], rewards = [0, 1]) || bernoulli(1/2))")).isEmpty());
    }

    @Test
    void relationsDecidedByOrderedEnclosuresOnly() {
        String kl = "KL(bon(" + BIN + ", 2) || " + BIN + ")";
        assertTrue(relation(kl + " <= 0.1309").isPresent());
        assertTrue(relation(kl + " < 0.1309").isPresent());
        assertFalse(relation(kl + " <= 0.1308").isPresent());
        // log(n) - (n - 1)/n at n = 2 is 0.19314718...: the bound of catalogue B-T3.6 holds
        assertTrue(relation(kl + " <= log(2) - 1/2").isPresent());
        // never an equality from enclosures, even a true one
        assertFalse(relation("TV(" + BIN + " || " + BIN + ") == 0").isPresent());
        // false, and within one ulp of true: overlapping enclosures never prove it
        assertFalse(relation("0.33333333333333334 < 1/3").isPresent());
    }

    @Test
    void fileNamesAreNotResolved() {
        assertTrue(Facts.enclosure(ResolvedGoal.parse("E(empirical(\"x.csv\"))")).isEmpty());
    }
}
