package org.infobound.lang.ast;

/** A {@code claim} is checked; a {@code theorem} is also trusted as a lemma by the prover. */
public enum ClaimKind {
    CLAIM, THEOREM
}
