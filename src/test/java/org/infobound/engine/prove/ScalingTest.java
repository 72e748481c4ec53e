package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.infobound.lang.check.CheckedFile;
import org.junit.jupiter.api.Test;

/**
 * Constants multiplied through and written differently (issue 15): the LINEAR step with its one
 * premise scaled by an exact rational lambda > 0 and products of finite atoms in either order, the
 * monotone transform with a rational factor of the other side folded into its constant, and the
 * canonical rewrites {@code 1 - (1 - x) = x}, {@code exp(log y) = y} for y in [0, inf]. Each: a
 * PROVED example whose certificate replays, false near-misses not proved (the counterexamples in
 * src/test/resources/prove/scaling.claims, computed with mpmath), a tampered certificate rejected.
 */
class ScalingTest {

    private static final CheckedFile FILE = Targets.read("src/test/resources/prove/scaling.claims");

    private static ProofCertificate proved(String name) {
        return ProofFixture.proved(FILE, name);
    }

    private static ProofStep tampered(ProofStep s, String fact, String note) {
        return new ProofStep(s.id(), s.kind(), fact, s.premises(), s.theorem(), s.substitution(), s.caseBinder(), s.numeric(), note);
    }

    @Test
    void scaledPremisesAreProvedFromTheLibraryInstance() {
        ProofCertificate js = proved("js_tv_times_two");
        assertEquals(List.of("js_ge_half_tv_squared"), js.theoremsUsed());
        ProofStep s = ProofFixture.stepOf(js, StepKind.LINEAR);
        assertTrue(s.note().contains("minus 2 times the premise"), s.note());
        ProofCertificate lecam = proved("le_cam_times_two");
        assertEquals(List.of("le_cam"), lecam.theoremsUsed());
        assertTrue(ProofFixture.stepOf(lecam, StepKind.LINEAR).note().contains("minus 2 times the premise"));
        assertEquals(List.of("js_le_tv_log2"), proved("js_log2_tv").theoremsUsed());
    }

    @Test
    void scaledNearMissesAreNotProved() {
        assertFalse(ProofFixture.prove(FILE, "js_tv_constant_off").proved());
        assertFalse(ProofFixture.prove(FILE, "le_cam_times_two_off").proved());
    }

    @Test
    void tamperedScaledStepsAreRejected() {
        ProofCertificate c = proved("js_tv_times_two");
        ProofStep s = ProofFixture.stepOf(c, StepKind.LINEAR);
        // a lambda the forms do not give
        ProofFixture.rejected(ProofFixture.withStep(c, tampered(s, s.fact(), s.note().replace("minus 2 times", "minus 3 times"))));
        // the near-miss fact with the same premise: lambda would differ per atom
        ProofFixture.rejected(ProofFixture.withStep(c, tampered(s, s.fact().replace("2 * JS", "(2 - 10^-9) * JS"), s.note())));
    }

    @Test
    void rationalFactorsOfTheOtherSideFoldIntoTheTransform() {
        for (String name : List.of("pinsker_times_two", "pinsker_quarter")) {
            ProofCertificate c = proved(name);
            assertEquals(List.of("pinsker"), c.theoremsUsed(), name);
            ProofFixture.stepOf(c, StepKind.MONOTONE_TRANSFORM);
        }
        assertFalse(ProofFixture.prove(FILE, "pinsker_times_two_off").proved());
        ProofCertificate c = proved("pinsker_times_two");
        ProofStep s = ProofFixture.stepOf(c, StepKind.MONOTONE_TRANSFORM);
        ProofFixture.rejected(ProofFixture.withStep(c, tampered(s, s.fact().replace("4 * TV", "4.0001 * TV"), s.note())));
    }

    @Test
    void canonicalRewritesProveTheIdentities() {
        for (String name : List.of("renyi_half_h2", "renyi_two_exp")) {
            ProofCertificate c = proved(name);
            ProofStep s = ProofFixture.stepOf(c, StepKind.IDENTITY);
            assertTrue(c.theoremsUsed().isEmpty(), name);
            assertTrue(s.note().startsWith("both sides rewrite to"), s.note());
        }
        for (String name : List.of("renyi_half_h2_off", "renyi_two_exp_off", "exp_log_negative")) {
            assertFalse(ProofFixture.prove(FILE, name).proved(), name);
        }
        ProofCertificate c = proved("renyi_half_h2");
        ProofStep s = ProofFixture.stepOf(c, StepKind.IDENTITY);
        // 1 + (1 - x) is not x: the rewrite is only 1 - (1 - x)
        ProofFixture.rejected(ProofFixture.withStep(c, tampered(s, s.fact().replace("1 - H2", "1 + H2"), s.note())));
        ProofCertificate e = proved("renyi_two_exp");
        ProofStep t = ProofFixture.stepOf(e, StepKind.IDENTITY);
        ProofFixture.rejected(ProofFixture.withStep(e, tampered(t, t.fact().replace("exp(", "exp(2 * "), t.note())));
    }

    @Test
    void cgfOnTheFiniteAlphabetIsAFiniteAtomAndEntropyIsNonnegative() {
        ProofCertificate c = proved("hoeffding_times_eight");
        assertEquals(List.of("hoeffding_cgf"), c.theoremsUsed());
        ProofStep s = ProofFixture.stepOf(c, StepKind.LINEAR);
        assertTrue(s.note().contains("minus 8 times the premise"), s.note());
        assertFalse(ProofFixture.prove(FILE, "hoeffding_off").proved());
        ProofFixture.rejected(ProofFixture.withStep(c, tampered(s, s.fact().replace("8 * cgf", "8.001 * cgf"), s.note())));
        ProofCertificate h = proved("entropy_nonneg");
        ProofStep sign = h.steps().get(h.steps().size() - 1);
        // the same fact for a law on the line (differential entropy, may be negative) is refused
        ProofFixture.rejected(ProofFixture.withStep(h, tampered(sign, sign.fact().replace("entropy(p)", "entropy(normal(0, 1 / 10))"),
                sign.note())));
        assertFalse(ProofFixture.prove(FILE, "entropy_line_nonneg").proved());
    }
}
