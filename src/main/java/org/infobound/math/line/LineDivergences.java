package org.infobound.math.line;

import org.infobound.math.FGenerator;

/**
 * Divergences between two laws on the line, in nats (catalogue section 0.3): closed forms
 * where known ({@link LineValue#closedForm()} true): equal laws; best-of-n vs its base and
 * Beta(n,1) vs U(0,1) in either direction ({@link BetaUniform}, exact by the
 * probability-integral transform); normal-normal (KL, Renyi of every order, chi2, BC, H2, TV at
 * equal sigma); exponential-exponential; uniform-uniform. Otherwise by quadrature
 * ({@link NumericDivergences}, approximate with an error estimate). {@code +inf} is returned
 * on purpose where supports are not nested (Q(supp P) &lt; 1 for KL, chi2, D_alpha with
 * alpha &gt;= 1) and where integrals diverge (e.g. {@code chi2(U(0,1) || Beta(n,1)) = inf}
 * for n &gt;= 2). References: Gil, Alajaji, Linder, "Rényi divergence measures for commonly
 * used univariate continuous distributions", Inf. Sci. 249 (2013); catalogue M-C5.
 */
public final class LineDivergences {

    private LineDivergences() {
    }

    private static LineValue route(DivergenceKind kind, LineLaw p, LineLaw q, double alpha) {
        Checks.notNull("first law P", p);
        Checks.notNull("second law Q", q);
        return ClosedDivergences.of(kind, p, q, alpha);
    }

    /**
     * Requires: p != null && q != null.
     * Ensures: result.value() >= 0.
     * Throws IllegalArgumentException when p == null || q == null.
     */
    /** {@code KL(P || Q) = E_P log(dP/dQ)}, {@code +inf} unless P &lt;&lt; Q. */
    public static LineValue kl(LineLaw p, LineLaw q) {
        LineValue c = route(DivergenceKind.KL, p, q, 1);
        return c != null ? c : NumericDivergences.kl(p, q);
    }

    /**
     * Requires: p != null && q != null.
     * Ensures: result.value() >= 0.
     */
    /** {@code chi2(P || Q) = E_Q (dP/dQ - 1)^2}. */
    public static LineValue chi2(LineLaw p, LineLaw q) {
        LineValue c = route(DivergenceKind.CHI2, p, q, 2);
        return c != null ? c : NumericDivergences.chi2(p, q);
    }

    /**
     * Requires: p != null && q != null && alpha >= 0.
     * Ensures: result.value() >= 0.
     * Throws IllegalArgumentException when !(alpha >= 0).
     */
    /** Renyi divergence of order alpha in [0, inf]; 0, 1 and inf as limits (catalogue 0.3). */
    public static LineValue renyi(LineLaw p, LineLaw q, double alpha) {
        Checks.alpha(alpha);
        if (alpha == 1.0) {
            return kl(p, q);
        }
        LineValue c = route(DivergenceKind.RENYI, p, q, alpha);
        return c != null ? c : NumericDivergences.renyi(p, q, alpha);
    }

    /**
     * Requires: p != null && q != null && f != null.
     */
    /** {@code D_f(P || Q) = E_Q f(dP/dQ)} plus the singular part {@code f'(inf) P(q = 0)}. */
    public static LineValue fDivergence(LineLaw p, LineLaw q, FGenerator f) {
        Checks.notNull("f-divergence generator", f);
        Checks.notNull("first law P", p);
        Checks.notNull("second law Q", q);
        if (p instanceof MaxLaw m && m.base().equals(q)) {
            return BetaUniform.fDivergence(m.n(), f);
        }
        return NumericDivergences.fDivergence(p, q, f);
    }

    /**
     * Requires: p != null && q != null.
     * Ensures: 0 <= result.value() && result.value() <= 1.
     */
    /** Total variation {@code sup_A |P(A) - Q(A)|}. */
    public static LineValue tv(LineLaw p, LineLaw q) {
        LineValue c = route(DivergenceKind.TV, p, q, 0);
        return c != null ? c : NumericDivergences.tv(p, q);
    }

    /**
     * Requires: p != null && q != null.
     * Ensures: 0 <= result.value() && result.value() <= 1.
     */
    /** Bhattacharyya coefficient {@code BC = int sqrt(dP dQ)}. */
    public static LineValue bc(LineLaw p, LineLaw q) {
        LineValue c = route(DivergenceKind.BC, p, q, 0.5);
        return c != null ? c : NumericDivergences.bc(p, q);
    }

    /**
     * Requires: p != null && q != null.
     * Ensures: 0 <= result.value() && result.value() <= 1.
     */
    /** Squared Hellinger distance {@code H^2 = 1 - BC} (with the 1/2 convention). */
    public static LineValue hellinger2(LineLaw p, LineLaw q) {
        Checks.notNull("first law P", p);
        Checks.notNull("second law Q", q);
        if (p instanceof FamilyLaw a && q instanceof FamilyLaw b && a.family() == LineFamily.NORMAL
                && b.family() == LineFamily.NORMAL) {
            // 1 - BC without cancellation for nearby normals
            return LineValue.exact(-Math.expm1(ClosedDivergences.logNormalBc(
                    a.param(0) - b.param(0), a.param(1), b.param(1))));
        }
        Double n = p instanceof MaxLaw m && m.base().equals(q) ? Double.valueOf(m.n())
                : q instanceof MaxLaw m2 && m2.base().equals(p) ? Double.valueOf(m2.n()) : null;
        if (n != null) {
            return LineValue.exact(BetaUniform.h2(n));
        }
        return bc(p, q).affine(1, -1);
    }

    /**
     * Requires: p != null && q != null.
     * Ensures: 0 <= result.value() && result.value() <= log 2.
     */
    /** Jensen–Shannon divergence {@code KL(P||M)/2 + KL(Q||M)/2}, M = (P+Q)/2. */
    public static LineValue js(LineLaw p, LineLaw q) {
        LineValue c = route(DivergenceKind.JS, p, q, 0);
        return c != null ? c : NumericDivergences.js(p, q);
    }
}
