package org.infobound.engine.prove;

import org.infobound.engine.verdict.Certificate;
import org.infobound.engine.verdict.Verdict;

/**
 * The seam to the engine's verdicts: a replayed {@link ProofCertificate} becomes
 * {@code Verdict.Proved} with a {@link Certificate} whose steps are the certificate's lines.
 */
public final class VerdictAdapter {

    private VerdictAdapter() {
    }

    /**
     * PROVED for a certificate that the checker accepts against {@code library}.
     *
     * @throws IllegalArgumentException if the certificate does not replay (never PROVED then)
     *
     * Requires: cert != null && library != null.
     * Ensures: result != null.
     * Throws IllegalArgumentException when CertificateChecker.check(cert, library).isPresent().
     */
    public static Verdict.Proved proved(ProofCertificate cert, TheoremLibrary library) {
        if (cert == null || library == null) {
            throw new IllegalArgumentException("certificate and library are required");
        }
        CertificateChecker.check(cert, library).ifPresent(problem -> {
            throw new IllegalArgumentException("the certificate does not replay: " + problem);
        });
        return verdict(cert);
    }

    /**
     * PROVED for a certificate that the checker accepts as a proof of the checked {@code claim}:
     * the binder domains, formula and hypothesis it proves are the claim's (effective domains,
     * {@code where} definitions inlined), and every step replays against {@code library}.
     *
     * @throws IllegalArgumentException if it does not (never PROVED then)
     */
    public static Verdict.Proved proved(ProofCertificate cert, TheoremLibrary library,
            org.infobound.lang.check.CheckedClaim claim) {
        if (cert == null || library == null || claim == null) {
            throw new IllegalArgumentException("certificate, library and claim are required");
        }
        CertificateChecker.check(cert, library, claim).ifPresent(problem -> {
            throw new IllegalArgumentException("the certificate does not replay for this claim: " + problem);
        });
        return verdict(cert);
    }

    private static Verdict.Proved verdict(ProofCertificate cert) {
        String method = cert.boxesChecked() > 0 ? "theorem chaining and interval branch and bound"
                : cert.steps().stream().anyMatch(s -> s.kind() == StepKind.EVALUATION) ? "certified evaluation"
                : cert.steps().stream().anyMatch(s -> s.kind() == StepKind.ALGEBRA) ? "theorem chaining and exact algebra"
                : "theorem chaining";
        return new Verdict.Proved(new Certificate(method, Explain.stepLines(cert), Math.max(1, cert.boxesChecked())));
    }
}
