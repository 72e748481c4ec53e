package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.falsify.Confirmation;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

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
}
