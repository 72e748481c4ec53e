package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificateCheckerTest {

    private static ProofCertificate proved(String name) {
        ProofResult r = Targets.prove(name);
        assertTrue(r.proved(), r.reason());
        return r.certificate().get();
    }

    private static ProofCertificate withStep(ProofCertificate c, int i, ProofStep s) {
        List<ProofStep> steps = new ArrayList<>(c.steps());
        steps.set(i, s);
        return new ProofCertificate(c.claim(), c.binders(), c.assuming(), c.formula(), steps);
    }

    private static int numericStep(ProofCertificate c) {
        for (ProofStep s : c.steps()) {
            if (s.numeric() != null) {
                return s.id();
            }
        }
        throw new AssertionError("no numeric step");
    }

    private static ProofCertificate withLeaves(ProofCertificate c, List<Leaf> leaves) {
        ProofStep s = c.steps().get(numericStep(c));
        NumericCertificate n = new NumericCertificate(s.numeric().goal(), leaves);
        return withStep(c, s.id(), new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), s.theorem(),
                s.substitution(), s.caseBinder(), n, s.note()));
    }

    private static void rejected(ProofCertificate c) {
        Optional<String> problem = CertificateChecker.check(c, Targets.LIBRARY);
        assertTrue(problem.isPresent(), "a tampered certificate was accepted");
    }

    @Test
    void jsonRoundTripReplays() {
        ProofCertificate c = proved("pinsker_bernoulli_squared");
        ProofCertificate back = CertificateJson.read(CertificateJson.write(c));
        assertEquals(c, back);
        assertEquals(Optional.empty(), CertificateChecker.check(back, Targets.LIBRARY));
    }

    @Test
    void missingLeafIsRejected() {
        ProofCertificate c = proved("pinsker_bernoulli_squared");
        List<Leaf> leaves = new ArrayList<>(c.steps().get(numericStep(c)).numeric().leaves());
        leaves.remove(leaves.size() - 1);
        rejected(withLeaves(c, leaves));
    }

    @Test
    void duplicatedLeafIsRejected() {
        ProofCertificate c = proved("pinsker_bernoulli_squared");
        List<Leaf> leaves = new ArrayList<>(c.steps().get(numericStep(c)).numeric().leaves());
        leaves.add(leaves.get(0));
        rejected(withLeaves(c, leaves));
    }

    @Test
    void changedLeafEnclosureIsRejected() {
        ProofCertificate c = proved("pinsker_bernoulli_squared");
        List<Leaf> leaves = new ArrayList<>(c.steps().get(numericStep(c)).numeric().leaves());
        Leaf l = leaves.get(0);
        leaves.set(0, new Leaf(l.cells(), l.faces(), l.rule(), l.lo() + 1, l.hi() + 1));
        rejected(withLeaves(c, leaves));
    }

    @Test
    void leafWithoutItsMonotonicityFaceIsRejected() {
        // the leaves touching t = 1/2 close only through a derivative-sign face
        ProofCertificate c = proved("pinsker_bernoulli_squared");
        List<Leaf> leaves = new ArrayList<>(c.steps().get(numericStep(c)).numeric().leaves());
        int i = 0;
        while (leaves.get(i).faces().isEmpty()) {
            i++;
        }
        Leaf l = leaves.get(i);
        leaves.set(i, new Leaf(l.cells(), List.of(), l.rule(), l.lo(), l.hi()));
        rejected(withLeaves(c, leaves));
    }

    @Test
    void wrongTheoremInstanceIsRejected() {
        ProofCertificate c = proved("bon_kl_bound");
        ProofStep s = c.steps().get(1);
        assertEquals("closed_kl", s.theorem());
        // claim the chi2 closed form for the KL fact
        rejected(withStep(c, 1, new ProofStep(1, s.kind(), s.fact(), s.premises(), "closed_chi2",
                s.substitution(), null, null, null)));
    }

    @Test
    void alteredFactIsRejected() {
        ProofCertificate c = proved("bon_kl_bound");
        ProofStep s = c.steps().get(1);
        rejected(withStep(c, 1, new ProofStep(1, s.kind(), "KL(beta(n, 1) || uniform(0, 1)) == log(n) - n",
                s.premises(), s.theorem(), s.substitution(), null, null, null)));
    }

    @Test
    void substitutionOutsideTheTheoremDomainIsRejected() {
        // bon_image_kl covers n in 1..inf (and every alphabet): widening n to 0 must fail
        ProofCertificate c = proved("bon_kl_bound");
        Map<String, String> binders = new LinkedHashMap<>(c.binders());
        binders.put("n", "0..10^6");
        rejected(new ProofCertificate(c.claim(), binders, c.assuming(), c.formula(), c.steps()));
    }

    @Test
    void certificateForAnotherFormulaIsRejected() {
        ProofCertificate c = proved("bon_kl_bound");
        rejected(new ProofCertificate(c.claim(), c.binders(), c.assuming(),
                "KL(bon(p, n) || p) <= log(n) - n", c.steps()));
    }

    @Test
    void forwardPremiseIsRejected() {
        ProofCertificate c = proved("bon_kl_bound");
        ProofStep s = c.steps().get(0);
        rejected(withStep(c, 0, new ProofStep(0, s.kind(), s.fact(), List.of(2), s.theorem(), s.substitution(),
                null, null, null)));
    }

    @Test
    void explainNamesTheoremsAndBoxes() {
        String text = Explain.render(proved("pinsker_bernoulli_squared"));
        assertTrue(text.contains("theorem kl_bernoulli_curvature with a := a, b := b, c := 4"), text);
        assertTrue(text.contains("interval branch and bound"), text);
    }
}
