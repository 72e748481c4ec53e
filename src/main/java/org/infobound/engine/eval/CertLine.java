package org.infobound.engine.eval;

import org.infobound.math.line.FamilyLaw;
import org.infobound.math.line.LineFamily;
import org.infobound.math.line.LineLaw;
import org.infobound.num.Interval;

/**
 * Certified divergences between laws on the line, by closed form only: Beta(n, 1) against
 * U(0, 1) in either direction (catalogue M-C5: KL {@code log n - (n-1)/n}, reverse KL
 * {@code n - 1 - log n}, chi2 {@code (n-1)^2/(2n-1)}, reverse chi2 {@code inf} for n > 1, BC
 * {@code 2 sqrt(n)/(n+1)}, H2 = 1 - BC, TV {@code (1 - 1/n) n^(-1/(n-1))}, Renyi
 * {@code [alpha log n - log(alpha (n-1) + 1)] / (alpha - 1)}). Anything else is
 * {@link Uncertified}.
 */
final class CertLine {

    private CertLine() {
    }

    static Interval divergence(String name, LineLaw p, LineLaw q, Interval alpha) {
        Double np = betaN(p);
        Double nq = betaN(q);
        if (np != null && isUnitUniform(q)) {
            return forward(name, Interval.of(np), alpha);
        }
        if (nq != null && isUnitUniform(p)) {
            return reverse(name, Interval.of(nq));
        }
        throw new Uncertified(name + " between laws on the line without a closed form");
    }

    private static Interval forward(String name, Interval n, Interval alpha) {
        Interval one = Interval.ONE;
        Interval nm1 = n.sub(one);
        switch (name) {
            case "KL":
                return n.log().sub(nm1.div(n));
            case "chi2":
                return nm1.sqr().div(n.mul(Interval.of(2)).sub(one));
            case "BC":
                return bc(n);
            case "H2":
                return one.sub(bc(n));
            case "TV":
                if (n.lo() == 1 && n.hi() == 1) {
                    return Interval.ZERO;
                }
                return one.sub(one.div(n)).mul(n.log().div(nm1).neg().exp());
            case "renyi":
                if (alpha == null || alpha.contains(1) || !alpha.isFinite() || alpha.lo() <= 0) {
                    throw new Uncertified("renyi closed form at this order");
                }
                return alpha.mul(n.log()).sub(alpha.mul(nm1).add(one).log()).div(alpha.sub(one));
            default:
                throw new Uncertified(name + "(Beta(n, 1) || U(0, 1))");
        }
    }

    private static Interval reverse(String name, Interval n) {
        Interval one = Interval.ONE;
        switch (name) {
            case "KL":
                return n.sub(one).sub(n.log());
            case "chi2":
                return n.lo() > 1 ? Interval.POSITIVE_INFINITY : Interval.ZERO;
            case "BC":
                return bc(n);
            case "H2":
                return one.sub(bc(n));
            default:
                throw new Uncertified(name + "(U(0, 1) || Beta(n, 1))");
        }
    }

    private static Interval bc(Interval n) {
        return n.sqrt().mul(Interval.of(2)).div(n.add(Interval.ONE));
    }

    private static Double betaN(LineLaw l) {
        if (l instanceof FamilyLaw f && f.family() == LineFamily.BETA && f.param(1) == 1 && f.param(0) >= 1) {
            return f.param(0);
        }
        return null;
    }

    private static boolean isUnitUniform(LineLaw l) {
        return l instanceof FamilyLaw f && f.family() == LineFamily.UNIFORM && f.param(0) == 0 && f.param(1) == 1;
    }
}
