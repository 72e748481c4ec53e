package org.infobound.engine.eval;

import java.util.Optional;
import org.infobound.math.line.CertifiedLine;
import org.infobound.math.line.CertifiedLineQuadrature;
import org.infobound.math.line.FamilyLaw;
import org.infobound.math.line.LineFamily;
import org.infobound.math.line.LineLaw;
import org.infobound.num.Interval;

/**
 * Certified divergences between laws on the line. Beta(n, 1) against U(0, 1), in either
 * direction, by the closed forms of {@link CertifiedLine} (catalogue M-C5; JS by certified
 * quadrature); two family laws otherwise by {@link CertifiedLineQuadrature} (interval quadrature
 * with explicit tail bounds). Anything else, or a quadrature that cannot certify its value, is
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
            return reverse(name, Interval.of(nq), alpha);
        }
        if (p instanceof FamilyLaw fp && q instanceof FamilyLaw fq) {
            Optional<Interval> v = quadrature(name, fp, fq);
            if (v.isPresent()) {
                return v.get();
            }
        }
        throw new Uncertified(name + " between these laws on the line has no certified route");
    }

    private static Optional<Interval> quadrature(String name, FamilyLaw p, FamilyLaw q) {
        switch (name) {
            case "KL":
                return CertifiedLineQuadrature.kl(p, q);
            case "chi2":
                return CertifiedLineQuadrature.chi2(p, q);
            case "BC":
                return CertifiedLineQuadrature.bc(p, q);
            case "H2":
                return CertifiedLineQuadrature.h2(p, q, CertifiedLineQuadrature.DEFAULT_TOL);
            case "TV":
                return CertifiedLineQuadrature.tv(p, q);
            default:
                return Optional.empty();
        }
    }

    private static Interval forward(String name, Interval n, Interval alpha) {
        switch (name) {
            case "KL":
                return CertifiedLine.kl(n);
            case "chi2":
                return CertifiedLine.chi2(n);
            case "renyi":
                return CertifiedLine.renyi(n, order(alpha));
            default:
                return symmetric(name, n, "(Beta(n, 1) || U(0, 1))");
        }
    }

    private static Interval reverse(String name, Interval n, Interval alpha) {
        switch (name) {
            case "KL":
                return CertifiedLine.reverseKl(n);
            case "chi2":
                return CertifiedLine.reverseChi2(n);
            case "renyi":
                return CertifiedLine.reverseRenyi(n, order(alpha));
            default:
                return symmetric(name, n, "(U(0, 1) || Beta(n, 1))");
        }
    }

    /** The divergences that do not depend on the direction. */
    private static Interval symmetric(String name, Interval n, String pair) {
        switch (name) {
            case "BC":
                return CertifiedLine.bc(n);
            case "H2":
                return CertifiedLine.h2(n);
            case "TV":
                return CertifiedLine.tv(n);
            case "JS":
                return CertifiedLine.js(n, 1e-9);
            default:
                throw new Uncertified(name + pair);
        }
    }

    private static Interval order(Interval alpha) {
        if (alpha == null) {
            throw new Uncertified("renyi without an order");
        }
        return alpha;
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
