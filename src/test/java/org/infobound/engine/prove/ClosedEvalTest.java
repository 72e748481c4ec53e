package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

class ClosedEvalTest {

    private static Interval eval(String text) {
        return ClosedEval.eval(ResolvedGoal.parse(text));
    }

    @Test
    void binaryCounterexampleKl() {
        // reference values, shared/paper/claims-catalogue.md F1: (1/4) log(1/2) + (3/4) log(3/2);
        // mpmath, 30 digits: 0.130812035941137...
        Interval kl = eval("KL(bon(categorical([1/2, 1/2], rewards = [0, 1]), 2) || categorical([1/2, 1/2], rewards = [0, 1]))");
        assertTrue(kl.contains(0.13081203594113700) && kl.width() < 1e-14, kl.toString());
    }

    @Test
    void threeAtomCounterexample() {
        // catalogue F1 counterexample 2: p = (0.2, 0.5, 0.3), n = 2 gives 0.158831 (6 digits)
        Interval kl = eval("KL(bon(categorical([0.2, 0.5, 0.3], rewards = [1, 2, 3]), 2) || categorical([0.2, 0.5, 0.3], rewards = [1, 2, 3]))");
        assertTrue(kl.lo() > 0.1588305 && kl.hi() < 0.1588315, kl.toString());
    }

    @Test
    void tiedRewardsGiveUniformTieBreaking() {
        // catalogue F9: equal rewards and uniform ties keep BoN = ref, so KL = 0
        Interval kl = eval("KL(bon(categorical([1/2, 1/2], rewards = [1, 1]), 2) || categorical([1/2, 1/2], rewards = [1, 1]))");
        assertTrue(kl.contains(0.0) && kl.width() < 1e-15, kl.toString());
    }

    @Test
    void invalidLawIsNotEvaluated() {
        assertThrows(NotCertified.class, () -> eval("KL(categorical([1/2, 1/3], rewards = [0, 1]) || bernoulli(1/2))"));
    }
}
