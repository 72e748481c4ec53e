package org.infobound.engine.eval;

/**
 * Certified mode has no certified method for a quantity (e.g. a divergence between laws on the
 * line without a closed form). The candidate cannot be confirmed; it is never reported FALSIFIED.
 */
public final class Uncertified extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param what the quantity without a certified route */
    public Uncertified(String what) {
        super("no certified enclosure for " + what, null, false, false);
    }
}
