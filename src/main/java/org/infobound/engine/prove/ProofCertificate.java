package org.infobound.engine.prove;

import java.util.List;
import java.util.Map;

/**
 * Evidence for PROVED: the claim's binders and hypothesis, its formula, and steps whose last one
 * establishes the formula. Written as JSON by {@link CertificateJson}, replayed by
 * {@link CertificateChecker}, rendered by {@link Explain}.
 *
 * @param claim    the claim's name
 * @param binders  binder name to domain text, in order
 * @param assuming the claim's hypothesis text, or null
 * @param formula  the claim's formula text
 * @param steps    the steps, premises before conclusions; the last proves the formula
 */
public record ProofCertificate(String claim, Map<String, String> binders, String assuming, String formula,
        List<ProofStep> steps) {

    /** Copies the collections, keeping the binder order. */
    public ProofCertificate {
        binders = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(binders));
        steps = List.copyOf(steps);
    }

    /** Names of the library theorems used, in first-use order. */
    public List<String> theoremsUsed() {
        return steps.stream().filter(s -> s.kind() == StepKind.THEOREM || s.kind() == StepKind.THEOREM_AT_INF).map(ProofStep::theorem).distinct().toList();
    }

    /** Total number of branch-and-bound leaves. */
    public long boxesChecked() {
        return steps.stream().filter(s -> s.numeric() != null).mapToLong(s -> s.numeric().leaves().size()).sum();
    }
}
