package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;

class VerdictAdapterTest {

    @Test
    void replayedCertificateBecomesProved() {
        ProofCertificate c = Targets.prove("bon_gain").certificate().orElseThrow();
        Verdict.Proved v = VerdictAdapter.proved(c, Targets.LIBRARY);
        assertEquals(VerdictKind.PROVED, v.kind());
        assertEquals(c.steps().size(), v.certificate().steps().size());
        assertTrue(v.certificate().steps().get(c.steps().size() - 1).contains("transitivity"));
    }

    @Test
    void certificateThatDoesNotReplayIsRefused() {
        ProofCertificate c = Targets.prove("bon_kl_bound").certificate().orElseThrow();
        ProofCertificate wrong = new ProofCertificate(c.claim(), c.binders(), c.assuming(), "KL(bon(p, n) || p) <= 0", c.steps());
        assertThrows(IllegalArgumentException.class, () -> VerdictAdapter.proved(wrong, Targets.LIBRARY));
    }
}
