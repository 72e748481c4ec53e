package org.infobound.lang.ast;

/** How a call was written: {@code f(a, b)} or the divergence form {@code f(p || q, ...)}. */
public enum CallForm {
    PLAIN, DIVERGENCE
}
