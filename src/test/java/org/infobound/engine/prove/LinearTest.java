package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infobound.lang.check.CheckedFile;
import org.junit.jupiter.api.Test;

/**
 * The LINEAR step (issue 15, brief mroueh): exact linear forms over finite atoms, E linear on the
 * finite alphabet. True targets (linearity of expectation; the transport lemma rearranged) are
 * PROVED and replay; near-misses (1e-9 off, a wrong sign; counterexamples in
 * src/test/resources/prove/linear.claims) and an inf - inf cancellation are not; tampered steps
 * are rejected.
 */
class LinearTest {

    private static final CheckedFile FILE = Targets.read("src/test/resources/prove/linear.claims");

    private static ProofResult prove(String name) {
        return ProofFixture.prove(FILE, name);
    }

    private static ProofCertificate proved(String name) {
        ProofResult r = prove(name);
        assertTrue(r.proved(), name + ": " + r.reason());
        ProofCertificate c = r.certificate().get();
        assertTrue(c.steps().stream().anyMatch(s -> s.kind() == StepKind.LINEAR), name);
        assertEquals(Optional.empty(), CertificateChecker.check(c, Targets.LIBRARY));
        assertEquals(Optional.empty(), CertificateChecker.check(CertificateJson.read(CertificateJson.write(c)), Targets.LIBRARY));
        return c;
    }

    @Test
    void linearityOfExpectationAndRearrangedTransportAreProved() {
        proved("mean_is_reward_mean");
        proved("golden_decomposition");
        assertTrue(proved("golden_gain").theoremsUsed().contains("transport_subgaussian"));
        assertTrue(proved("second_lower_bound").theoremsUsed().contains("transport_subgaussian"));
        assertTrue(proved("dual_attained").theoremsUsed().contains("gibbs_variational"));
    }

    @Test
    void nearMissesAndInfiniteCancellationAreNotProved() {
        for (String name : List.of("golden_decomposition_off", "golden_gain_wrong_sign", "second_lower_bound_too_tight",
                "cancel_infinite")) {
            assertFalse(prove(name).proved(), name);
        }
    }

    @Test
    void tamperedLinearStepsAreRejected() {
        ProofCertificate c = proved("golden_gain");
        ProofStep s = c.steps().stream().filter(x -> x.kind() == StepKind.LINEAR).findFirst().orElseThrow();
        // a wrong recorded bound
        ProofStep note = new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), s.theorem(), s.substitution(), s.caseBinder(),
                s.numeric(), s.note() + "1");
        assertTrue(CertificateChecker.check(with(c, note), Targets.LIBRARY).isPresent());
        // the fact 1e-9 tighter than the premise allows
        ProofStep tighter = new ProofStep(s.id(), s.kind(), s.fact().replace("abs(E(p, r - g))", "abs(E(p, r - g)) - 1 / 10^9"),
                s.premises(), s.theorem(), s.substitution(), s.caseBinder(), s.numeric(), s.note());
        assertTrue(CertificateChecker.check(with(c, tighter), Targets.LIBRARY).isPresent());
        // without its premise (the transport instance) the step does not follow
        ProofStep alone = new ProofStep(s.id(), s.kind(), s.fact(), List.of(), s.theorem(), s.substitution(), s.caseBinder(),
                s.numeric(), s.note());
        assertTrue(CertificateChecker.check(with(c, alone), Targets.LIBRARY).isPresent());
        // the sign of the abs term flipped: |w| >= -w and |w| >= w do not give -|w| >= ...
        ProofStep flipped = new ProofStep(s.id(), s.kind(), s.fact().replace("+ abs(E(p, r - g))", "- abs(E(p, r - g))"),
                s.premises(), s.theorem(), s.substitution(), s.caseBinder(), s.numeric(), s.note());
        assertTrue(CertificateChecker.check(with(c, flipped), Targets.LIBRARY).isPresent());
    }

    @Test
    void theScaledExpectationIsCheckedExactly() {
        ProofCertificate c = proved("dual_attained");
        ProofStep s = c.steps().stream().filter(x -> x.kind() == StepKind.LINEAR).findFirst().orElseThrow();
        assertEquals("E(tilt(p, beta)) / beta == E(tilt(p, beta), r / beta)", s.fact());
        // E(t, r * beta) is not E(t) / beta
        ProofStep wrong = new ProofStep(s.id(), s.kind(), s.fact().replace("r / beta", "r * beta"), s.premises(), s.theorem(),
                s.substitution(), s.caseBinder(), s.numeric(), s.note());
        assertTrue(CertificateChecker.check(with(c, wrong), Targets.LIBRARY).isPresent());
    }

    private static ProofCertificate with(ProofCertificate c, ProofStep replacement) {
        List<ProofStep> steps = new ArrayList<>(c.steps());
        steps.set(replacement.id(), replacement);
        return new ProofCertificate(c.claim(), c.binders(), c.assuming(), c.formula(), steps);
    }
}
