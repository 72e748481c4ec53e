package org.infobound.engine.eval;

import java.util.Optional;
import org.infobound.math.line.CertifiedLine;
import org.infobound.math.line.CertifiedLineQuadrature;
import org.infobound.math.line.FamilyLaw;
import org.infobound.math.line.LineFamily;
import org.infobound.math.line.LineLaw;
import org.infobound.math.line.CertifiedLineLaws;
import org.infobound.math.line.CertifiedTilt;
import org.infobound.math.line.MaxLaw;
import org.infobound.math.line.TiltedLaw;
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
        // bon(P, n) against P, any (atomless) P: the density ratio n F^{n-1} is a function of
        // F(x), so u = F(x) is sufficient for the pair and every f-divergence (and Renyi) equals
        // that of the images, Beta(n, 1) and U(0, 1) (spec/NUMERICS.md, derived laws)
        if (p instanceof MaxLaw m && m.base().equals(q)) {
            np = m.n();
            q = LineFamily.UNIFORM.of(0, 1);
        } else if (q instanceof MaxLaw m && m.base().equals(p)) {
            nq = m.n();
            p = LineFamily.UNIFORM.of(0, 1);
        }
        if (p instanceof TiltedLaw t && t.base().equals(q) || q instanceof TiltedLaw t2 && t2.base().equals(p)) {
            boolean forward = p instanceof TiltedLaw t && t.base().equals(q);
            Interval v = CertifiedTilt.divergence(name, forward ? (TiltedLaw) p : (TiltedLaw) q, forward, alpha);
            if (v != null) {
                return v;
            }
        }
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

    /**
     * E, var, sd, entropy, cdf and quantile of a law on the line (certified routes of
     * {@link CertifiedLineLaws} and {@link CertifiedTilt}); {@link Uncertified} otherwise.
     */
    static Interval moment(String name, LineLaw p, Interval arg) {
        Interval v = switch (name) {
            case "E" -> p instanceof TiltedLaw t ? CertifiedTilt.mean(t)
                    : CertifiedLineLaws.mean(p, CertLine::familyMean);
            case "var" -> variance(p);
            case "sd" -> {
                Interval var = variance(p);
                yield var == null ? null : var.sqrt();
            }
            case "entropy" -> CertifiedLineLaws.entropy(p);
            case "cdf" -> p instanceof TiltedLaw t ? CertifiedTilt.cdf(t, arg) : CertifiedLineLaws.cdf(p, arg);
            case "quantile" -> CertifiedLineLaws.quantile(p, arg);
            default -> null;
        };
        if (v == null) {
            throw new Uncertified(name + " of " + p.describe() + ": no certified enclosure");
        }
        return v;
    }

    private static Interval variance(LineLaw p) {
        return p instanceof TiltedLaw t ? CertifiedTilt.variance(t) : CertifiedLineLaws.variance(p);
    }

    private static Interval familyMean(LineLaw p) {
        // closed forms (the quadrature of CertifiedLineQuadrature.mean gave about 1e-7 widths
        // at a far higher cost)
        return CertifiedLineLaws.familyMean((FamilyLaw) p);
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
