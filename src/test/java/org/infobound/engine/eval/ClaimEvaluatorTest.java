package org.infobound.engine.eval;

import static org.infobound.engine.eval.EvalTestSupport.claim;
import static org.infobound.engine.eval.EvalTestSupport.dist;
import static org.infobound.engine.eval.EvalTestSupport.instance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Float and certified evaluation of claims at fixed instances. Reference values: catalogue F1 and
 * B-Ex (reference values, spec/CATALOGUE.md), recomputed with mpmath at 50 digits.
 */
class ClaimEvaluatorTest {

    /** (1/4) log(1/2) + (3/4) log(3/2), mpmath 50 digits. */
    private static final double BINARY_KL = 0.13081203594113695912920180623371771041011778400681;
    /** log 2 - 1/2, mpmath 50 digits. */
    private static final double KLBON2 = 0.19314718055994530941723212145817656807550013436025;

    private static final String EQUALITY = "let klbon(n) = log(n) - (n - 1) / n\n"
            + "claim eq forall n in 1..64, p in dist(2..10): KL(bon(p, n) || p) == klbon(n)";

    @Test
    void binaryCounterexampleIsCertainlyViolatedWithEnclosuresContainingTheTrueValues() {
        ClaimEvaluator ce = claim(EQUALITY);
        Instance x = instance(new double[] {0, 1}, "n", new Input.IntInput(2), "p", dist(1, 1));
        Outcome o = ce.evaluate(x, Mode.CERTIFIED);
        assertEquals(Outcome.Kind.VIOLATED, o.kind());
        assertTrue(o.truth().left().lo() <= BINARY_KL && BINARY_KL <= o.truth().left().hi(), o.toString());
        assertTrue(o.truth().right().lo() <= KLBON2 && KLBON2 <= o.truth().right().hi(), o.toString());
        assertTrue(o.truth().left().hi() - o.truth().left().lo() < 1e-14);
        assertEquals("KL(bon(p, n) || p) == klbon(n)", o.truth().relation());
    }

    @Test
    void atNEqualsOneTheEqualityHoldsExactly() {
        ClaimEvaluator ce = claim(EQUALITY);
        Instance x = instance(new double[] {0, 1}, "n", new Input.IntInput(1), "p", dist(1, 3));
        assertEquals(Outcome.Kind.HOLDS, ce.evaluate(x, Mode.FLOAT).kind());
    }

    @Test
    void threeAtomCounterexampleMatchesTheCatalogue() {
        ClaimEvaluator ce = claim("claim c where p = categorical([0.2, 0.5, 0.3], rewards = [1, 2, 3]):\n"
                + "  KL(bon(p, 2) || p) ~= 0.15883065949832105 within 1e-15");
        Instance x = instance(new double[0]);
        assertEquals(Outcome.Kind.HOLDS, ce.evaluate(x, Mode.CERTIFIED).kind());
        assertEquals(Outcome.Kind.HOLDS, ce.evaluate(x, Mode.FLOAT).kind());
    }

    @Test
    void zeroTimesInfinityIsUndefinedNotAViolation() {
        ClaimEvaluator ce = claim("claim u: 0 * inf <= 1");
        assertEquals(Outcome.Kind.UNDEFINED, ce.evaluate(instance(new double[0]), Mode.FLOAT).kind());
        assertEquals(Outcome.Kind.UNDEFINED, ce.evaluate(instance(new double[0]), Mode.CERTIFIED).kind());
    }

    @Test
    void extendedRealsFollowTheLanguageRules() {
        Instance none = instance(new double[0]);
        for (String f : new String[] {"inf <= inf", "log(0) == -inf", "exp(-inf) == 0", "1 + inf == inf",
            "-2 * inf == -inf", "inf ~= inf within 0"}) {
            ClaimEvaluator ce = claim("claim x: " + f);
            assertEquals(Outcome.Kind.HOLDS, ce.evaluate(none, Mode.FLOAT).kind(), f);
            assertEquals(Outcome.Kind.HOLDS, ce.evaluate(none, Mode.CERTIFIED).kind(), f);
        }
        for (String f : new String[] {"inf - inf <= 0", "0 / 0 <= 1", "inf / inf <= 1"}) {
            assertEquals(Outcome.Kind.UNDEFINED, claim("claim x: " + f).evaluate(none, Mode.CERTIFIED).kind(), f);
        }
    }

    @Test
    void assumingFiltersInstancesInBothModes() {
        ClaimEvaluator ce = claim("claim a forall p, q in dist(2..4) assuming KL(q || p) < inf: E(q) <= E(p) + 100");
        Instance x = instance(new double[] {0, 1}, "p", dist(1, 0), "q", dist(1, 1));
        assertEquals(Outcome.Kind.SKIPPED, ce.evaluate(x, Mode.FLOAT).kind());
        assertEquals(Outcome.Kind.SKIPPED, ce.evaluate(x, Mode.CERTIFIED).kind());
    }

    @Test
    void outcomeExpressionsSumOnlyOverPositiveMass() {
        // E(q, log(prob(q) / prob(p))) = KL(q || p); the null outcome of q (where log(0/...) = -inf)
        // does not contribute (spec/LANGUAGE.md sections 7-8).
        ClaimEvaluator ce = claim("claim k forall p, q in dist(3): E(q, log(prob(q) / prob(p))) ~= KL(q || p) within 1e-12");
        Instance x = instance(new double[] {0, 1, 2}, "p", dist(1, 1, 2), "q", dist(0, 1, 3));
        assertEquals(Outcome.Kind.HOLDS, ce.evaluate(x, Mode.FLOAT).kind());
        assertEquals(Outcome.Kind.HOLDS, ce.evaluate(x, Mode.CERTIFIED).kind());
    }

    @Test
    void uniformAndIndexTiesDifferAsInF9() {
        ClaimEvaluator ce = claim("claim t forall p in dist(2):"
                + " KL(bon(p, 2) || p) ~= 0 within 1e-15 and KL(bon(p, 2, ties = index) || p) ~= 0.1308120359411369 within 1e-15");
        Instance x = instance(new double[] {5, 5}, "p", dist(1, 1));
        assertEquals(Outcome.Kind.HOLDS, ce.evaluate(x, Mode.CERTIFIED).kind());
    }

    @Test
    void winRatesOfTheBinaryUniformCaseAreExact() {
        // F8: 0.625 (ties 1/2), 0.375 strict, 0.875 weak, binary uniform, n = 2.
        ClaimEvaluator ce = claim("claim w forall p in dist(2): winrate(bon(p, 2), p) == 5/8"
                + " and winrate(bon(p, 2), p, ties = strict) == 3/8 and winrate(bon(p, 2), p, ties = weak) == 7/8");
        Instance x = instance(new double[] {0, 1}, "p", dist(1, 1));
        assertEquals(Outcome.Kind.HOLDS, ce.evaluate(x, Mode.FLOAT).kind());
        assertTrue(ce.evaluate(x, Mode.CERTIFIED).kind() != Outcome.Kind.VIOLATED);
    }

    @Test
    void bernoulliVarianceProxyEnclosureContainsTheClosedForm() {
        // (1 - 2p) / (2 log((1 - p)/p)) at p = 1/10: mpmath 0.18204784532536746...
        ClaimEvaluator ce = claim("claim s forall p in dist(2): sigma2(p) >= 0.18204784532536 and sigma2(p) <= 0.18204784532537");
        Instance x = instance(new double[] {0, 1}, "p", dist(9, 1));
        assertEquals(Outcome.Kind.HOLDS, ce.evaluate(x, Mode.CERTIFIED).kind());
    }
}
