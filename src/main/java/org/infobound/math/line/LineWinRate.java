package org.infobound.math.line;

/**
 * Win rate of X ~ P against an independent Y ~ Q: {@code P(X > Y) + P(X = Y)/2}. Laws on the
 * line are atomless, so ties have probability 0 and the half, strict and weak tie rules
 * coincide. Closed forms: equal laws 1/2; best-of-n vs its base {@code n/(n+1)} (and
 * best-of-n vs best-of-m of one base {@code n/(n+m)}); normal vs normal
 * {@code Phi((m1 - m2)/sqrt(s1^2 + s2^2))}. Otherwise {@code int f_P F_Q} by quadrature.
 */
public final class LineWinRate {

    private LineWinRate() {
    }

    /**
     * Requires: p != null && q != null.
     * Ensures: 0 <= result.value() && result.value() <= 1.
     * Throws IllegalArgumentException when p == null || q == null.
     */
    /** {@code P(X > Y) + P(X = Y)/2} for X ~ p, Y ~ q independent. */
    public static LineValue winrate(LineLaw p, LineLaw q) {
        Checks.notNull("first law", p);
        Checks.notNull("second law", q);
        if (p.equals(q)) {
            return LineValue.exact(0.5);
        }
        double n = bonOrder(p);
        double m = bonOrder(q);
        if (base(p).equals(base(q))) {
            return LineValue.exact(n / (n + m));
        }
        if (p instanceof FamilyLaw a && q instanceof FamilyLaw b && a.family() == LineFamily.NORMAL
                && b.family() == LineFamily.NORMAL) {
            double z = (a.param(0) - b.param(0)) / Math.hypot(a.param(1), b.param(1));
            return LineValue.exact(LineFamily.NORMAL.of(0, 1).cdf(z));
        }
        return Quadrature.overLaws(x -> {
            double d = p.density(x);
            return d == 0.0 ? 0.0 : d * q.cdf(x);
        }, p, q);
    }

    private static double bonOrder(LineLaw law) {
        return law instanceof MaxLaw m ? m.n() : 1.0;
    }

    private static LineLaw base(LineLaw law) {
        return law instanceof MaxLaw m ? m.base() : law;
    }
}
