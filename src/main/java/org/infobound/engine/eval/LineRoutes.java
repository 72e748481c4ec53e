package org.infobound.engine.eval;

import java.util.function.DoubleUnaryOperator;
import org.infobound.math.FGenerator;
import org.infobound.math.line.LineDivergences;
import org.infobound.math.line.LineLaw;
import org.infobound.math.line.LineMoments;
import org.infobound.math.line.LineValue;

/** Dispatch of the language's functionals to math.line (float route). */
final class LineRoutes {

    private LineRoutes() {
    }

    static LineValue divergence(String name, LineLaw p, LineLaw q, double alpha, DoubleUnaryOperator f) {
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
