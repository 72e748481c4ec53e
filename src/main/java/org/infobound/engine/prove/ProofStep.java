package org.infobound.engine.prove;

import java.util.List;
import java.util.Map;

/**
 * One step of a proof certificate.
 *
 * @param id           its index in the certificate's step list
 * @param kind         the rule
 * @param fact         the formula this step establishes (canonical text of the claims language)
 * @param premises     ids of earlier steps it uses
 * @param theorem      the library theorem (THEOREM), else null
 * @param substitution theorem binder to claim expression text (THEOREM), else empty
 * @param caseBinder   the binder split on (CASES), else null
 * @param numeric      the branch-and-bound certificate (NUMERIC), else null
 * @param note         evidence in words (EVALUATION enclosures), else null
 */
public record ProofStep(int id, StepKind kind, String fact, List<Integer> premises, String theorem,
        Map<String, String> substitution, String caseBinder, NumericCertificate numeric, String note) {

    /** Copies the collections. */
    public ProofStep {
        premises = List.copyOf(premises);
        substitution = substitution == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(substitution));
    }
}
