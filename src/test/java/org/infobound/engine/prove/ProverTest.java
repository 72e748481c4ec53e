package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProverTest {

    @ParameterizedTest
    @ValueSource(strings = {"bon_kl_bound", "bon_chi2_bound", "bon_tv_bound", "bon_h2_bound", "bon_renyi_bound",
        "bon_renyi_orders", "bon_any_fdivergence", "bon_continuous_equality", "renyi_closed_form",
        "chi2_closed_form_approx", "binary_counterexample", "transport", "bon_gain", "pinsker_bernoulli",
        "pinsker_bernoulli_squared", "constrained_gain", "subgamma_exponential_bon",
        "reflexive_defined", "renyi_monotone_implication", "bon_continuous_chi2", "bon_continuous_renyi",
        "bon_continuous_fdivergence", "outside_library_alphabet"})
    void targetIsProvedAndItsCertificateReplays(String name) {
        ProofResult r = Targets.prove(name);
        assertTrue(r.proved(), name + ": " + r.reason());
        assertEquals(Optional.empty(), CertificateChecker.check(r.certificate().get(), Targets.LIBRARY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pinsker_quarter_constant", "bon_kl_too_small", "bon_kl_equality_discrete",
        "curvature_too_large", "binary_wrong_direction", "harmonic_too_large",
        "reflexive_maybe_undefined", "renyi_monotone_wrong_way", "bon_discrete_chi2_equality_is_not_proved"})
    void falseStatementIsNotProved(String name) {
        assertFalse(Targets.prove(name).proved(), name);
    }

    @org.junit.jupiter.api.Test
    void pinskerOnBernoulliPairsClosesNumericallyWithoutThePinskerTheorem() {
        // tight on the diagonal a = b: the curvature bound 1/(t(1-t)) >= 4 is certified by branch
        // and bound (equality at t = 1/2, closed by a derivative-sign face)
        TheoremLibrary lib = Targets.LIBRARY.without("pinsker");
        ProofResult r = new Prover(lib).prove(Targets.claim("pinsker_bernoulli"));
        assertTrue(r.proved(), r.reason());
        ProofCertificate c = r.certificate().get();
        assertTrue(c.theoremsUsed().contains("kl_bernoulli_pinsker_form"), c.theoremsUsed().toString());
        assertTrue(c.boxesChecked() > 0);
        assertEquals(Optional.empty(), CertificateChecker.check(c, lib));
        // the full library does not accept it if the certificate names a theorem that was removed
        assertTrue(CertificateChecker.check(c, lib.without("kl_bernoulli_pinsker_form")).isPresent());
    }
}
