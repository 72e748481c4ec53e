package org.infobound.math.line;

/** The divergences with closed forms looked up by {@link ClosedDivergences}. */
enum DivergenceKind {
    KL, CHI2, RENYI, TV, BC, JS
}
