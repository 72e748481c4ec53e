package org.infobound.engine.eval;

import org.infobound.num.Interval;

/** Dispatch of the language's discrete functionals to the certified routines. */
final class CertDispatch {

    private CertDispatch() {
    }

    static Interval divergence(String name, CertLaw p, CertLaw q) {
        switch (name) {
            case "KL":
                return CertDivergences.kl(p, q);
            case "chi2":
                return CertDivergences.chi2(p, q);
            case "TV":
                return CertDivergences.tv(p, q);
            case "H2":
                return CertDivergences.h2(p, q);
            case "BC":
                return CertDivergences.bc(p, q);
            case "JS":
                return CertDivergences.js(p, q);
            default:
                throw new EvalFailure("unknown divergence " + name);
        }
    }

    static Interval moment(String name, CertLaw p) {
        switch (name) {
            case "E":
                return CertMoments.mean(p);
            case "var":
                return CertMoments.var(p);
            case "sd":
                return CertMoments.var(p).sqrt();
            case "sigma2":
                return CertMoments.sigma2(p, 0);
            case "sigma2_right":
                return CertMoments.sigma2(p, 1);
            case "sigma2_left":
                return CertMoments.sigma2(p, -1);
            case "entropy":
                return CertMoments.entropy(p);
            case "collision":
                return CertMoments.collision(p);
            case "pmax":
                return CertMoments.pmax(p);
            default:
                throw new EvalFailure("unknown moment " + name);
        }
    }
}
