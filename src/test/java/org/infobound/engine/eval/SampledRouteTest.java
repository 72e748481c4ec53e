package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.lang.parse.ExpressionResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The sampled route agrees with the exact route within Monte Carlo error (spec/CHECK.md, "Evaluation routes").
 * Reference: p = (0.2, 0.5, 0.3) on rewards 1, 2, 3, n = 4: BoN pmf (0.2^4, 0.7^4 - 0.2^4,
 * 1 - 0.7^4) = (0.0016, 0.2385, 0.7599), mean reward 2.7583 (by hand).
 */
class SampledRouteTest {

    private static final String EXPR = "E(bon(categorical([0.2, 0.5, 0.3], rewards = [1, 2, 3]), 4))";

    @Test
    void exactAndSampledBestOfNMeansAgree() {
        SourceFile src = SourceFile.of("<expr>", EXPR);
        ExpressionResult r = Parser.parseExpression(src);
        ClosedValue exact = ClosedValue.of(src, r.expr().orElseThrow());
        assertEquals(2.7583, exact.value(), 1e-12);
        assertTrue(exact.enclosure().contains(2.7583));
        double sampled = ClosedValue.sampled(src, r.expr().orElseThrow(), 17, 200_000);
        // reward sd under BoN is about 0.44, so the standard error is about 0.001
        assertEquals(2.7583, sampled, 0.006);
        assertTrue(sampled != exact.value(), "the sampled route really simulates");
    }

    @Test
    void sampledClaimEvaluationReachesTheSameVerdictAsTheExactOne() {
        ClaimEvaluator ce = EvalTestSupport.claim("let klbon(n) = log(n) - (n - 1) / n\n"
                + "claim c forall n in 1..8, p in dist(2..6): E(bon(p, n)) - E(p) <= sd(p) * (n - 1) / sqrt(2 * n - 1) + 0.05");
        Instance x = EvalTestSupport.instance(new double[] {0, 1, 3}, "n", new Input.IntInput(5), "p",
                EvalTestSupport.dist(1, 2, 3));
        assertEquals(ce.evaluate(x, Mode.FLOAT).kind(), ce.evaluate(x, Mode.SAMPLED).kind());
    }
}
