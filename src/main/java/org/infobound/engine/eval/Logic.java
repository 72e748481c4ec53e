package org.infobound.engine.eval;

/**
 * Connectives over {@link Truth}: Kleene truth values; margins min (and), max (or); a false
 * result keeps the witness of the relation that makes it false.
 */
final class Logic {

    private Logic() {
    }

    static Truth and(Truth a, Truth b) {
        Tri t = a.truth().and(b.truth());
        Truth w = a.truth() == Tri.FALSE ? a : b.truth() == Tri.FALSE ? b : (a.margin() <= b.margin() ? a : b);
        return new Truth(t, Math.min(m(a), m(b)), w.relation(), w.left(), w.right());
    }

    static Truth or(Truth a, Truth b) {
        Tri t = a.truth().or(b.truth());
        Truth w = m(a) >= m(b) ? a : b;
        return new Truth(t, Math.max(m(a), m(b)), w.relation(), w.left(), w.right());
    }

    /** a implies b, for an a that is not FALSE: the witness of a violation is b's. */
    static Truth implies(Truth a, Truth b) {
        Tri t = a.truth().not().or(b.truth());
        return new Truth(t, Math.max(-m(a), m(b)), b.relation(), b.left(), b.right());
    }

    private static double m(Truth t) {
        return Double.isNaN(t.margin()) ? 0 : t.margin();
    }
}
