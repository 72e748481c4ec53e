package org.infobound.engine.eval;

import java.util.Optional;
import org.infobound.math.line.CertifiedLineLaws;
import org.infobound.math.line.CertifiedLineQuadrature;
import org.infobound.math.line.EnclosedFamilyLaw;
import org.infobound.math.line.FamilyLaw;
import org.infobound.math.line.LineLaw;
import org.infobound.math.line.MaxLaw;
import org.infobound.math.line.MixtureLaw;
import org.infobound.math.line.TiltedLaw;
import org.infobound.num.Interval;

/**
 * Certified routes for family laws whose exact parameters are not doubles
 * ({@link EnclosedFamilyLaw}, spec/NUMERICS.md "Exact law parameters"): E, var, sd, entropy by
 * the closed forms in interval arithmetic over the parameter enclosures; cdf and quantile of
 * gamma, beta, exponential and normal laws (certified incomplete functions, erfc, bisection);
 * KL in closed form for gamma/exponential, beta and normal pairs; KL, chi2, TV, H2, BC
 * against another family law by {@link CertifiedLineQuadrature} with the enclosures in its
 * interval log-densities (families whose support does not depend on the parameters). Everything
 * else about such a law (cdf and quantile of the other families, Renyi other than of two normals
 * or two exponentials, JS, and every law derived from it: bon, tilt, mix)
 * is {@link Uncertified}: those routes read double parameters.
 */
final class CertEnclosed {

    private CertEnclosed() {
    }

    /** Whether the law is, or is derived from, a law with enclosed parameters. */
    static boolean involved(Object law) {
        if (law instanceof EnclosedFamilyLaw) {
            return true;
        }
        if (law instanceof MaxLaw m) {
            return involved(m.base());
        }
        if (law instanceof TiltedLaw t) {
            return involved(t.base());
        }
        if (law instanceof MixtureLaw m) {
            return involved(m.first()) || involved(m.second());
        }
        return false;
    }

    static Interval moment(String name, LineLaw p, Interval arg) {
        if (p instanceof EnclosedFamilyLaw e) {
            Interval v = switch (name) {
                case "E" -> CertifiedLineLaws.enclosedMean(e);
                case "var" -> CertifiedLineLaws.enclosedVariance(e);
                case "sd" -> {
                    Interval var = CertifiedLineLaws.enclosedVariance(e);
                    yield var == null ? null : var.sqrt();
                }
                case "entropy" -> CertifiedLineLaws.enclosedEntropy(e);
                // gamma, beta, exponential, normal (CertifiedLineLaws.enclosedCdf); null otherwise
                case "cdf" -> CertifiedLineLaws.cdf(e, arg);
                case "quantile" -> e.fixedSupport() ? CertifiedLineLaws.quantile(e, arg) : null;
                default -> null;
            };
            if (v != null) {
                return v;
            }
        }
        throw new Uncertified(name + " of " + p.describe() + " (parameters that are not doubles)");
    }

    static Interval divergence(String name, LineLaw p, LineLaw q, Interval alpha) {
        if (name.equals("renyi") && alpha != null && carrier(p) != null && carrier(q) != null) {
            // two normals or two exponentials in closed form, in the parameter enclosures
            Interval v = org.infobound.math.line.ClosedRenyi.of(carrier(p), carrier(q), alpha);
            if (v != null) {
                return v;
            }
        }
        if (name.equals("KL")) {
            Interval closed = org.infobound.math.line.ClosedFamilyKl.kl(p, q);
            if (closed != null) {
                return closed;
            }
        }
        FamilyLaw fp = carrier(p);
        FamilyLaw fq = carrier(q);
        if (fp != null && fq != null) {
            Optional<Interval> v = switch (name) {
                case "KL" -> CertifiedLineQuadrature.kl(fp, fq);
                case "chi2" -> CertifiedLineQuadrature.chi2(fp, fq);
                case "BC" -> CertifiedLineQuadrature.bc(fp, fq);
                case "H2" -> CertifiedLineQuadrature.h2(fp, fq, CertifiedLineQuadrature.DEFAULT_TOL);
                case "TV" -> CertifiedLineQuadrature.tv(fp, fq);
                default -> Optional.empty();
            };
            if (v.isPresent()) {
                return v.get();
            }
        }
        throw new Uncertified(name + " between " + p.describe() + " and " + q.describe()
                + " (parameters that are not doubles)");
    }

    /**
     * The family law to integrate: a plain family law as it is, an enclosed one through its
     * carrier when its support does not move with the parameters; else null.
     */
    private static FamilyLaw carrier(LineLaw l) {
        if (l instanceof FamilyLaw f) {
            return f;
        }
        if (l instanceof EnclosedFamilyLaw e && e.fixedSupport()) {
            return e.carrier();
        }
        return null;
    }
}
