package org.infobound.engine.eval;

import java.util.Optional;
import org.infobound.math.discrete.CertifiedDivergences;
import org.infobound.math.line.CertifiedLine;
import org.infobound.math.line.CertifiedLineCgf;
import org.infobound.math.line.ClosedRenyi;
import org.infobound.math.line.CertifiedLineQuadrature;
import org.infobound.math.line.CertifiedCrossEntropy;
import org.infobound.math.line.CertifiedPairQuadrature;
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
        if (CertEnclosed.involved(p) || CertEnclosed.involved(q)) {
            return CertEnclosed.divergence(name, p, q, alpha);
        }
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
            if (name.equals("renyi")) {
                Interval v = ClosedRenyi.of(fp, fq, order(alpha));
                if (v != null) {
                    return v;
                }
            }
            if (name.equals("KL")) {
                // closed forms (gamma, exponential, beta, normal pairs; spec/NUMERICS.md)
                Interval closed = org.infobound.math.line.ClosedFamilyKl.kl(fp, fq);
                if (closed != null) {
                    return closed;
                }
                Interval cross = crossKl(p, fq);
                if (cross != null) {
                    return cross;
                }
            }
            Optional<Interval> v = quadrature(name, fp, fq);
            if (v.isPresent()) {
                return v.get();
            }
        }
        if (name.equals("KL") && !(p instanceof FamilyLaw) && q instanceof FamilyLaw fq) {
            Interval cross = crossKl(p, fq);
            if (cross != null) {
                return cross;
            }
        }
        Interval pair = pairQuadrature(name, p, q);
        if (pair != null) {
            return pair;
        }
        Interval v = quantized(name, p, q, alpha);
        if (v != null) {
            return v;
        }
        throw new Uncertified(name + " between these laws on the line has no certified route");
    }

    /**
     * {@code KL(p || q) = -h(p) + E_p[-log q]} from p's certified entropy, mean, variance and
     * centred cgf ({@link CertifiedCrossEntropy}; q normal, exponential, gumbel, uniform), or null.
     */
    private static Interval crossKl(LineLaw p, FamilyLaw q) {
        try {
            return CertifiedCrossEntropy.kl(p, q, CertifiedLineLaws::entropy, CertLine::meanOrNull,
                    CertLine::varianceOrNull, (law, l) -> CertifiedLineCgf.cgf(law, l, CertLine::meanOrNull));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * TV, BC, H2, JS of any two supported laws on the line (family, bon of a family law, mixtures,
     * tilts with a certified normaliser and cdf) by {@link CertifiedPairQuadrature}: integrands
     * bounded by the densities, tails bounded by certified masses; null otherwise.
     */
    private static Interval pairQuadrature(String name, LineLaw p, LineLaw q) {
        return switch (name) {
            case "TV" -> CertifiedPairQuadrature.tv(p, q);
            case "BC" -> CertifiedPairQuadrature.bc(p, q);
            case "H2" -> CertifiedPairQuadrature.h2(p, q);
            case "JS" -> CertifiedPairQuadrature.js(p, q);
            default -> null;
        };
    }

    /** Cells per law of the quantization in {@link #quantized}. */
    private static final int CELLS = 128;

    /**
     * A one-sided enclosure from the data-processing inequality: for any finite partition of
     * the line into intervals {@code A_i}, every f-divergence (KL, chi2, TV, H2, JS) and every
     * Renyi divergence of order in [0, inf] of the pair is at least that of the laws of the cell
     * index, {@code (P(A_i))} and {@code (Q(A_i))} (Csiszar; van Erven and Harremoes 2014,
     * Thm 9); so BC = 1 - H2 is at most that of the cells. The cell masses come from the
     * certified cdfs ({@code P((a, b]) = F(b) - F(a)}), the divergence of the cells from
     * {@link CertifiedDivergences} (interval masses), and only its sound end is used: KL, chi2,
     * renyi {@code [lower, inf]}, TV and H2 {@code [lower, 1]}, JS {@code [lower, log 2]}, BC
     * {@code [0, upper]}. The cut points (float quantiles of both laws at i/CELLS and at
     * 2^-k, 1 - 2^-k for even k in 8..50) only decide
     * how tight the bound is, never its soundness. Null where a law has no certified cdf.
     */
    static Interval quantized(String name, LineLaw p, LineLaw q, Interval alpha) {
        if (!java.util.Set.of("KL", "chi2", "TV", "H2", "BC", "JS", "renyi").contains(name)) {
            return null;
        }
        if (name.equals("renyi") && (alpha == null || !(alpha.lo() >= 0))) {
            return null;
        }
        java.util.TreeSet<Double> cuts = new java.util.TreeSet<>();
        java.util.List<Double> levels = new java.util.ArrayList<>();
        for (int i = 1; i < CELLS; i++) {
            levels.add((double) i / CELLS);
        }
        // finer cells in both tails (levels 2^-k and 1 - 2^-k), where laws far apart put their mass
        for (int k = 8; k <= 50; k += 2) {
            levels.add(Math.scalb(1.0, -k));
            levels.add(1 - Math.scalb(1.0, -k));
        }
        for (double u : levels) {
            for (LineLaw l : new LineLaw[] {p, q}) {
                try {
                    double x = l.quantile(u);
                    if (Double.isFinite(x)) {
                        cuts.add(x == 0.0 ? 0.0 : x);
                    }
                } catch (RuntimeException e) {
                    // a cut point is a hint only
                }
            }
        }
        if (cuts.isEmpty()) {
            return null;
        }
        int k = cuts.size() + 1;
        Interval[] pm = new Interval[k];
        Interval[] qm = new Interval[k];
        Interval fpPrev = Interval.ZERO;
        Interval fqPrev = Interval.ZERO;
        int i = 0;
        Interval unit = Interval.of(0, 1);
        for (double x : cuts) {
            Interval fp = cdf(p, Interval.of(x));
            Interval fq = cdf(q, Interval.of(x));
            if (fp == null || fq == null) {
                return null;
            }
            pm[i] = fp.sub(fpPrev).intersect(unit);
            qm[i] = fq.sub(fqPrev).intersect(unit);
            fpPrev = fp;
            fqPrev = fq;
            i++;
        }
        pm[i] = Interval.ONE.sub(fpPrev).intersect(unit);
        qm[i] = Interval.ONE.sub(fqPrev).intersect(unit);
        double inf = Double.POSITIVE_INFINITY;
        switch (name) {
            case "KL":
                return Interval.of(lower(CertifiedDivergences.kl(pm, qm)), inf);
            case "chi2":
                return Interval.of(lower(CertifiedDivergences.chi2(pm, qm)), inf);
            case "renyi":
                return Interval.of(lower(CertifiedDivergences.renyi(pm, qm, alpha.lo())), inf);
            case "TV":
                return Interval.of(lower(CertifiedDivergences.tv(pm, qm)), 1);
            case "H2":
                return Interval.of(lower(CertifiedDivergences.hellinger2(pm, qm)), 1);
            case "JS":
                return Interval.of(lower(CertifiedDivergences.js(pm, qm)), Interval.of(2).log().hi());
            case "BC":
                return Interval.of(0, Math.min(1, CertifiedDivergences.bc(pm, qm).hi()));
            default:
                return null;
        }
    }

    private static double lower(Interval v) {
        return Math.max(0, v.lo());
    }

    /** The certified cdf of a law on the line (tilts through their closed forms), or null. */
    private static Interval cdf(LineLaw p, Interval x) {
        return p instanceof TiltedLaw t ? CertifiedTilt.cdf(t, x) : CertifiedLineLaws.cdf(p, x);
    }

    /**
     * E, var, sd, entropy, cdf and quantile of a law on the line (certified routes of
     * {@link CertifiedLineLaws} and {@link CertifiedTilt}); {@link Uncertified} otherwise.
     */
    static Interval moment(String name, LineLaw p, Interval arg) {
        if (CertEnclosed.involved(p)) {
            return CertEnclosed.moment(name, p, arg);
        }
        Interval v = switch (name) {
            case "E" -> meanOrNull(p);
            case "var" -> variance(p);
            case "sd" -> {
                Interval var = variance(p);
                yield var == null ? null : var.sqrt();
            }
            case "entropy" -> CertifiedLineLaws.entropy(p);
            case "cdf" -> p instanceof TiltedLaw t ? CertifiedTilt.cdf(t, arg) : CertifiedLineLaws.cdf(p, arg);
            case "quantile" -> CertifiedLineLaws.quantile(p, arg);
            case "cgf" -> arg == null ? null : CertifiedLineCgf.cgf(p, arg, CertLine::meanOrNull);
            case "sigma2" -> CertifiedLineCgf.sigma2(p, CertifiedLineCgf.Sigma2Side.BOTH, CertLine::varianceOrNull);
            case "sigma2_right" -> CertifiedLineCgf.sigma2(p, CertifiedLineCgf.Sigma2Side.RIGHT, CertLine::varianceOrNull);
            case "sigma2_left" -> CertifiedLineCgf.sigma2(p, CertifiedLineCgf.Sigma2Side.LEFT, CertLine::varianceOrNull);
            default -> null;
        };
        if (v == null) {
            throw new Uncertified(name + " of " + p.describe() + ": no certified enclosure");
        }
        return v;
    }

    /** The certified mean, or null (for the cgf's centring). */
    private static Interval meanOrNull(LineLaw p) {
        Interval v;
        try {
            v = p instanceof TiltedLaw t ? CertifiedTilt.mean(t) : CertifiedLineLaws.mean(p, CertLine::familyMean);
        } catch (RuntimeException e) {
            v = null;
        }
        if (v == null && p instanceof TiltedLaw t) {
            // a tilt without a closed-form cgf (beta, best-of-n, mixture bases): E_P[X e^(lX)] / E_P[e^(lX)]
            v = org.infobound.math.line.CertifiedLineMean.tiltMean(t);
        }
        // any other law with a density model (bon of mixtures and tilts; brief derive7): quadrature
        return v != null ? v : org.infobound.math.line.CertifiedLineMean.mean(p);
    }

    /** The certified variance, or null (for the lower end of sigma2). */
    private static Interval varianceOrNull(LineLaw p) {
        try {
            return variance(p);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** winrate of two laws on the line ({@link CertifiedLineCgf#winrate}); Uncertified otherwise. */
    static Interval winrate(LineLaw p, LineLaw q) {
        Interval v = CertifiedLineCgf.winrate(p, q);
        if (v == null) {
            // any two supported laws: int f_p F_q by certified quadrature
            v = CertifiedPairQuadrature.winrate(p, q);
        }
        if (v == null) {
            throw new Uncertified("winrate of " + p.describe() + " against " + q.describe() + ": no certified enclosure");
        }
        return v;
    }

    private static Interval variance(LineLaw p) {
        Interval v = p instanceof TiltedLaw t ? CertifiedTilt.variance(t) : CertifiedLineLaws.variance(p);
        if (v == null && p instanceof MaxLaw) {
            // bon of a mixture or tilt (brief derive7): quadrature about the certified mean
            v = org.infobound.math.line.CertifiedLineMean.variance(p, meanOrNull(p));
        }
        return v;
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
