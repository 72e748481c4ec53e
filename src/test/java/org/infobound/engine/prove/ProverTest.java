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
        "pinsker_bernoulli_squared", "constrained_gain", "subgamma_exponential_bon"})
    void targetIsProvedAndItsCertificateReplays(String name) {
        ProofResult r = Targets.prove(name);
        assertTrue(r.proved(), name + ": " + r.reason());
        assertEquals(Optional.empty(), CertificateChecker.check(r.certificate().get(), Targets.LIBRARY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pinsker_quarter_constant", "bon_kl_too_small", "bon_kl_equality_discrete",
        "curvature_too_large", "binary_wrong_direction", "outside_library_alphabet", "harmonic_too_large"})
    void falseStatementIsNotProved(String name) {
        assertFalse(Targets.prove(name).proved(), name);
    }
}
