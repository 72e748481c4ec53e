package org.infobound.engine.eval;

import java.util.function.DoubleUnaryOperator;
import org.infobound.math.FGenerator;
import org.infobound.math.line.BetaUniform;
import org.infobound.math.line.FamilyLaw;
import org.infobound.math.line.LineDivergences;
import org.infobound.math.line.LineFamily;
import org.infobound.math.line.LineLaw;
import org.infobound.math.line.LineMoments;
import org.infobound.math.line.LineValue;
import org.infobound.math.line.CertifiedTilt;
import org.infobound.math.line.MaxLaw;
import org.infobound.math.line.TiltedLaw;
import org.infobound.num.Interval;

/** Dispatch of the language's functionals to math.line (float route). */
final class LineRoutes {

    private LineRoutes() {
    }

    static LineValue divergence(String name, LineLaw p, LineLaw q, double alpha, DoubleUnaryOperator f) {
        return inRange(name, compute(name, p, q, alpha, f));
    }

    /**
     * The float value put back into the range every such divergence of two probability laws
     * takes (KL, chi2 and Renyi of an order in [0, inf] are >= 0; TV, H2, BC in [0, 1]; JS in
     * [0, log 2]): quadrature rounding gave KL(mix(normal(0, 1), normal(1, 1), 1e-9) ||
     * normal(0, 1)) = -5.5e-17, so sqrt(KL / 2) was "undefined: sqrt of a negative" and a true
     * claim INCONCLUSIVE. Df (any generator, convex or not) is left as it is.
     */
    private static LineValue inRange(String name, LineValue v) {
        double x = v.value();
        double lo = 0.0;
        double hi = switch (name) {
            case "KL", "chi2", "renyi" -> Double.POSITIVE_INFINITY;
            case "TV", "H2", "BC" -> 1.0;
            case "JS" -> Math.log(2.0);
            default -> Double.NaN;
        };
        if (Double.isNaN(hi) || Double.isNaN(x) || (x >= lo && x <= hi)) {
            return v;
        }
        return new LineValue(x < lo ? lo : hi, v.errorEstimate(), v.closedForm());
    }

    private static LineValue compute(String name, LineLaw p, LineLaw q, double alpha, DoubleUnaryOperator f) {
        LineValue bu = betaUniform(name, p, q, alpha, f);
        if (bu != null) {
            return bu;
        }
        LineValue tilt = tiltAgainstBase(name, p, q, alpha);
        if (tilt != null) {
            return tilt;
        }
        switch (name) {
            case "KL":
                return LineDivergences.kl(p, q);
            case "chi2":
                return LineDivergences.chi2(p, q);
            case "TV":
                return LineDivergences.tv(p, q);
            case "H2":
                return LineDivergences.hellinger2(p, q);
            case "BC":
                return LineDivergences.bc(p, q);
            case "JS":
                return LineDivergences.js(p, q);
            case "renyi":
                return LineDivergences.renyi(p, q, alpha);
            case "Df":
                return LineDivergences.fDivergence(p, q, generator(f));
            default:
                throw new EvalFailure("unknown divergence " + name);
        }
    }

    /**
     * Beta(n, 1) against U(0, 1): the closed forms of {@link BetaUniform} (catalogue M-C5) and its
     * one-dimensional f-divergence integral, much cheaper than the general quadrature.
     */
    private static LineValue betaUniform(String name, LineLaw p, LineLaw q, double alpha, DoubleUnaryOperator f) {
        // bon(P, n) against P: u = F(x) is sufficient (the density ratio is n F^{n-1}), so every
        // f-divergence equals the Beta(n, 1)-vs-U(0, 1) one (spec/NUMERICS.md, derived laws)
        if (p instanceof MaxLaw m && m.base().equals(q)) {
            return betaUniform(name, LineFamily.BETA.of(m.n(), 1), LineFamily.UNIFORM.of(0, 1), alpha, f);
        }
        if (q instanceof MaxLaw m && m.base().equals(p)) {
            double n = m.n();
            switch (name) {
                case "KL":
                    return LineValue.exact(BetaUniform.reverseKl(n));
                case "chi2":
                    return LineValue.exact(BetaUniform.reverseChi2(n));
                case "renyi":
                    return LineValue.exact(BetaUniform.reverseRenyi(n, alpha));
                case "TV":
                case "H2":
                case "BC":
                case "JS":
                    return betaUniform(name, LineFamily.BETA.of(n, 1), LineFamily.UNIFORM.of(0, 1), alpha, f);
                default:
                    return null;
            }
        }
        if (!(p instanceof FamilyLaw fp && fp.family() == LineFamily.BETA && fp.param(1) == 1 && fp.param(0) >= 1
                && q instanceof FamilyLaw fq && fq.family() == LineFamily.UNIFORM && fq.param(0) == 0
                && fq.param(1) == 1)) {
            return null;
        }
        double n = fp.param(0);
        switch (name) {
            case "KL":
                return LineValue.exact(BetaUniform.kl(n));
            case "chi2":
                return LineValue.exact(BetaUniform.chi2(n));
            case "TV":
                return LineValue.exact(BetaUniform.tv(n));
            case "H2":
                return LineValue.exact(BetaUniform.h2(n));
            case "BC":
                return LineValue.exact(BetaUniform.bc(n));
            case "JS":
                return BetaUniform.js(n);
            case "renyi":
                return LineValue.exact(BetaUniform.renyi(n, alpha));
            case "Df":
                return BetaUniform.fDivergence(n, generator(f));
            default:
                return null;
        }
    }

    /**
     * A tilt against its base (either direction): the same closed forms in the cgf as the
     * certified route ({@link CertifiedTilt#divergence}), the midpoint of that enclosure when it
     * is narrow (one implementation per quantity; the quadrature of a tilt was 1e-5 relative off
     * for KL(tilt(gumbel(-256, 2^-7), 20) || gumbel(-256, 2^-7)) = 1.2554629e-7); null otherwise.
     */
    private static LineValue tiltAgainstBase(String name, LineLaw p, LineLaw q, double alpha) {
        boolean forward = p instanceof TiltedLaw t && t.base().equals(q);
        boolean reverse = q instanceof TiltedLaw t2 && t2.base().equals(p);
        if (!forward && !reverse) {
            return null;
        }
        try {
            Interval a = Double.isNaN(alpha) ? null : Interval.of(alpha);
            Interval v = CertifiedTilt.divergence(name, forward ? (TiltedLaw) p : (TiltedLaw) q, forward, a);
            if (v == null) {
                return null;
            }
            if (v.lo() == Double.POSITIVE_INFINITY) {
                return LineValue.exact(Double.POSITIVE_INFINITY);
            }
            double m = v.mid();
            return v.isFinite() && v.hi() - v.lo() <= 1e-9 * Math.abs(m) + 1e-13
                    ? new LineValue(m, v.hi() - v.lo(), true) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static FGenerator generator(DoubleUnaryOperator f) {
        return LambdaGenerator.of(t -> f.applyAsDouble(t), "lambda");
    }

    static double moment(String name, LineLaw p, double arg) {
        switch (name) {
            case "E":
                return LineMoments.mean(p);
            case "var":
                return LineMoments.variance(p);
            case "sd":
                return LineMoments.sd(p);
            case "sigma2":
                return LineMoments.sigma2(p).value();
            case "sigma2_right":
                return LineMoments.sigma2Right(p).value();
            case "sigma2_left":
                return LineMoments.sigma2Left(p).value();
            case "entropy":
                return LineMoments.entropy(p).value();
            case "collision":
                return LineMoments.collision(p).value();
            case "cgf":
                return LineMoments.cgf(p, arg).value();
            case "cdf":
                return LineMoments.cdf(p, arg);
            case "quantile":
                return LineMoments.quantile(p, arg);
            default:
                throw new EvalFailure(name + " is not defined for laws on the line");
        }
    }
}
