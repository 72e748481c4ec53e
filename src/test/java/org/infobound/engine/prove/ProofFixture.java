package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infobound.lang.check.CheckedFile;

/**
 * Shared steps of the prover's step-kind tests: prove a claim of a test file, require a
 * certificate that replays against that claim and survives a JSON round trip, find or replace a
 * step, and require the checker to reject a tampered certificate.
 */
final class ProofFixture {

    private ProofFixture() {
    }

    static ProofResult prove(CheckedFile file, String name) {
        return new Prover(Targets.LIBRARY).prove(Targets.claim(file, name));
    }

    static ProofCertificate proved(CheckedFile file, String name) {
        ProofResult r = prove(file, name);
        assertTrue(r.proved(), name + ": " + r.reason());
        ProofCertificate c = r.certificate().get();
        assertEquals(Optional.empty(), CertificateChecker.check(c, Targets.LIBRARY, Targets.claim(file, name)));
        assertEquals(c, CertificateJson.read(CertificateJson.write(c)));
        return c;
    }

    static ProofStep stepOf(ProofCertificate c, StepKind kind) {
        return c.steps().stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " step in " + c.steps()));
    }

    static ProofCertificate withStep(ProofCertificate c, ProofStep s) {
        List<ProofStep> steps = new ArrayList<>(c.steps());
        steps.set(s.id(), s);
        return new ProofCertificate(c.claim(), c.binders(), c.assuming(), c.formula(), steps);
    }

    static void rejected(ProofCertificate c) {
        assertTrue(CertificateChecker.check(c, Targets.LIBRARY).isPresent(), "a tampered certificate was accepted");
    }
}
