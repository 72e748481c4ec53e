package org.infobound.engine.eval;

import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.Divergences;
import org.infobound.math.discrete.Moments;

/** Dispatch of the language's discrete functionals to math.discrete (float route). */
final class FloatDiscrete {

    private FloatDiscrete() {
    }

    static double divergence(String name, DiscreteLaw p, DiscreteLaw q) {
        switch (name) {
            case "KL":
                return kl(p, q);
            case "chi2":
                return Divergences.chi2(p, q);
            case "TV":
                return Divergences.tv(p, q);
            case "H2":
                return Divergences.hellinger2(p, q);
            case "BC":
                return Divergences.bc(p, q);
            case "JS":
                return Divergences.js(p, q);
            default:
                throw new EvalFailure("unknown divergence " + name);
        }
    }

    /**
     * KL; for exact laws with a positive mass below the normal doubles (bernoulli(1e-330) is 0.0
     * as a double, so the double route said +inf), the Bregman terms
     * {@code p log(p/q) - p + q} of those outcomes take {@code log(p/q)} from the exact rationals
     * ({@link FloatBackend#logOf}), as the certified route does; the other terms as usual.
     */
    static double kl(DiscreteLaw p, DiscreteLaw q) {
        double d = Divergences.kl(p, q);
        if (!p.isExact() && !q.isExact() || p.size() != q.size()) {
            return d;
        }
        org.hipparchus.fraction.BigFraction[] a = p.exactProbabilities();
        org.hipparchus.fraction.BigFraction[] b = q.exactProbabilities();
        boolean tiny = false;
        for (int i = 0; i < p.size(); i++) {
            tiny |= positive(a, p, i) && p.probability(i) < Double.MIN_NORMAL
                    || positive(b, q, i) && q.probability(i) < Double.MIN_NORMAL;
        }
        if (!tiny) {
            return d;
        }
        double s = 0;
        for (int i = 0; i < p.size(); i++) {
            double qd = q.probability(i);
            if (!positive(a, p, i)) {
                s += qd;
                continue;
            }
            if (!positive(b, q, i)) {
                return Double.POSITIVE_INFINITY;
            }
            double pd = p.probability(i);
            if (pd >= Double.MIN_NORMAL && qd >= Double.MIN_NORMAL) {
                s += Divergences.klTerm(pd, qd);
            } else {
                s += pd * (logMass(a, p, i) - logMass(b, q, i)) - pd + qd;
            }
        }
        return Math.max(0.0, s);
    }

    /** Whether mass i is positive: from the rationals {@code x} when known, else the double. */
    private static boolean positive(org.hipparchus.fraction.BigFraction[] x, DiscreteLaw p, int i) {
        return x != null ? x[i].signum() > 0 : p.probability(i) > 0;
    }

    private static double logMass(org.hipparchus.fraction.BigFraction[] x, DiscreteLaw p, int i) {
        return x != null ? FloatBackend.logOf(x[i]) : Math.log(p.probability(i));
    }

    static double moment(String name, DiscreteLaw p) {
        switch (name) {
            case "E":
                return Moments.mean(p);
            case "var":
                return Moments.var(p);
            case "sd":
                return Moments.sd(p);
            case "sigma2":
                return Moments.sigma2(p);
            case "sigma2_right":
                return Moments.sigma2Right(p);
            case "sigma2_left":
                return Moments.sigma2Left(p);
            case "entropy":
                return Moments.entropy(p);
            case "collision":
                return Moments.collision(p);
            case "pmax":
                return Moments.pmax(p);
            default:
                throw new EvalFailure("unknown moment " + name);
        }
    }
}
