package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.check.CheckedFile;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 (brief mroueh): the order-statistics theorems of spec/library/bestofn.claims (bon_cdf,
 * bon_cdf_line, bon_quantile, cdf_quantile, exponential_cdf, bon_uniform_ties_kl,
 * bon_selection_kl), the penalised Gibbs forms and Renyi-DV of variational.claims, with the
 * side-condition facts they need (cdf in [0, 1]; quantile(p, u) finite for u in (0, 1]; bon by
 * an fn binder on p's alphabet). Each PROVED target replays; each near-miss (counterexamples in
 * src/test/resources/prove/order_statistics.claims, computed independently) is not proved; a
 * tampered certificate is rejected.
 */
class OrderStatisticsTest {

    private static final CheckedFile FILE = Targets.read("src/test/resources/prove/order_statistics.claims");

    private static ProofResult prove(String name) {
        return new Prover(Targets.LIBRARY).prove(Targets.claim(FILE, name));
    }

    private static ProofCertificate proved(String name, String theorem) {
        ProofResult r = prove(name);
        assertTrue(r.proved(), name + ": " + r.reason());
        ProofCertificate c = r.certificate().get();
        assertTrue(c.theoremsUsed().contains(theorem), c.theoremsUsed().toString());
        assertEquals(Optional.empty(), CertificateChecker.check(c, Targets.LIBRARY));
        assertEquals(Optional.empty(), CertificateChecker.check(CertificateJson.read(CertificateJson.write(c)), Targets.LIBRARY));
        return c;
    }

    @Test
    void trueTargetsAreProvedAndReplay() {
        proved("bon_cdf_at_quantile", "bon_cdf");
        proved("exponential_two_max_cdf", "exponential_cdf");
        proved("cdf_at_quantile", "cdf_quantile");
        proved("golden_gain_of_selection", "bon_selection_kl");
        proved("penalised_value", "gibbs_penalised_value");
        proved("renyi_dv_orders", "renyi_dv_above_one");
    }

    @Test
    void nearMissesAreNotProved() {
        for (String name : List.of("bon_cdf_wrong_power", "exponential_two_max_cdf_wrong_rate", "cdf_at_quantile_with_zero",
                "cdf_at_quantile_too_tight", "selection_kl_too_tight", "index_ties_reward_level", "penalised_bound_too_tight",
                "renyi_dv_order_one")) {
            assertFalse(prove(name).proved(), name);
        }
    }

    @Test
    void withoutTheTheoremsNothingIsProved() {
        assertFalse(new Prover(Targets.LIBRARY.without("bon_cdf")).prove(Targets.claim(FILE, "bon_cdf_at_quantile")).proved());
        assertFalse(new Prover(Targets.LIBRARY.without("bon_selection_kl")).prove(Targets.claim(FILE, "golden_gain_of_selection")).proved());
    }

    @Test
    void aTamperedTheoremStepIsRejected() {
        ProofCertificate c = proved("bon_cdf_at_quantile", "bon_cdf");
        ProofStep s = c.steps().stream().filter(x -> "bon_cdf".equals(x.theorem())).findFirst().orElseThrow();
        // the fact with one more power than the theorem gives
        ProofStep wrongFact = new ProofStep(s.id(), s.kind(), s.fact().replace(")^n", ")^(n + 1)"), s.premises(), s.theorem(),
                s.substitution(), s.caseBinder(), s.numeric(), s.note());
        assertTrue(CertificateChecker.check(with(c, wrongFact), Targets.LIBRARY).isPresent());
        // u := 0 would be outside the theorem's domain: a substitution the fact does not match
        Map<String, String> sub = new LinkedHashMap<>(s.substitution());
        sub.put("x", "quantile(p, 0)");
        ProofStep wrongSub = new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), s.theorem(), sub, s.caseBinder(),
                s.numeric(), s.note());
        assertTrue(CertificateChecker.check(with(c, wrongSub), Targets.LIBRARY).isPresent());
        // the same steps under a domain that admits u = 0 (quantile(p, 0) is not a finite reward)
        Map<String, String> binders = new LinkedHashMap<>(c.binders());
        binders.put("u", "[0, 1)");
        ProofCertificate wider = new ProofCertificate(c.claim(), binders, c.assuming(), c.formula(), c.steps());
        assertTrue(CertificateChecker.check(wider, Targets.LIBRARY).isPresent());
    }

    @Test
    void aTamperedSelectionStepIsRejected() {
        ProofCertificate c = proved("golden_gain_of_selection", "bon_selection_kl");
        ProofStep s = c.steps().stream().filter(x -> "bon_selection_kl".equals(x.theorem())).findFirst().orElseThrow();
        ProofStep tighter = new ProofStep(s.id(), s.kind(), s.fact().replace("<= log(n)", "<= log(n) - 1 / 10^9"), s.premises(),
                s.theorem(), s.substitution(), s.caseBinder(), s.numeric(), s.note());
        assertTrue(CertificateChecker.check(with(c, tighter), Targets.LIBRARY).isPresent());
    }

    private static ProofCertificate with(ProofCertificate c, ProofStep replacement) {
        List<ProofStep> steps = new java.util.ArrayList<>(c.steps());
        steps.set(replacement.id(), replacement);
        return new ProofCertificate(c.claim(), c.binders(), c.assuming(), c.formula(), steps);
    }
}
