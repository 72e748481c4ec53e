package org.infobound.lang.ast;

/**
 * A {@code claim} is checked; a {@code theorem} is also used as a lemma by the prover once it is
 * decided (spec/CHECK.md: only the bundled library is trusted).
 */
public enum ClaimKind {
    CLAIM, THEOREM
}
