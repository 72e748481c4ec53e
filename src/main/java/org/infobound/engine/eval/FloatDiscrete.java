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
                return Divergences.kl(p, q);
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

    static double moment(String name, DiscreteLaw p) {
        switch (name) {
            case "E":
                return Moments.mean(p);
            case "var":
                return Moments.var(p);
            case "sd":
                return Moments.sd(p);
            case "sigma2":
                return FloatRelations.proxy(p, 0);
            case "sigma2_right":
                return FloatRelations.proxy(p, 1);
            case "sigma2_left":
                return FloatRelations.proxy(p, -1);
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
