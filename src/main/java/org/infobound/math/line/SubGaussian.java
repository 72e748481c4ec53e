package org.infobound.math.line;

import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;

/**
 * One-sided optimal sub-gaussian variance proxies {@code sup_{t > 0} 2 psi(s t) / t^2},
 * s = +1 (right tail) or -1 (left tail). Exact: {@code +inf} when the mgf has a finite radius
 * on that side; normal sigma^2; uniform (b-a)^2/12 (strictly sub-gaussian). Otherwise the
 * limit t -> 0 (the variance) and a log-spaced grid of t refined by Brent's method: a
 * numerical supremum, so approximate (a lower bound up to quadrature error); if some grid
 * point could not be evaluated the error estimate is {@code +inf}.
 */
final class SubGaussian {

    private SubGaussian() {
    }

    static LineValue proxy(LineLaw law, int side) {
        double radius = side > 0 ? Tails.right(law) : Tails.left(law);
        if (radius < Double.POSITIVE_INFINITY) {
            return LineValue.exact(Double.POSITIVE_INFINITY);
        }
        if (law instanceof FamilyLaw f && f.family() == LineFamily.NORMAL) {
            return LineValue.exact(f.param(1) * f.param(1));
        }
        if (law instanceof FamilyLaw f && f.family() == LineFamily.UNIFORM) {
            double w = f.param(1) - f.param(0);
            return LineValue.exact(w * w / 12);
        }
        double var = law.variance();
        double sd = Math.sqrt(var);
        double bestT = 0;
        double best = var;
        double err = 0;
        for (int k = -16; k <= 24; k++) {
            double t = Math.pow(10, k / 8.0) / sd;
            LineValue v = ratio(law, side, t);
            if (!Double.isFinite(v.value())) {
                // a numerical failure (the mgf is finite here): no error estimate for the sup
                err = Double.POSITIVE_INFINITY;
                continue;
            }
            if (v.value() > best) {
                best = v.value();
                bestT = t;
                err = Math.max(err, v.errorEstimate());
            }
        }
        if (bestT > 0) {
            double step = Math.pow(10, 1 / 8.0);
            UnivariatePointValuePair opt = new BrentOptimizer(1e-10, 1e-14).optimize(new MaxEval(200),
                    new UnivariateObjectiveFunction(t -> ratio(law, side, t).value()),
                    GoalType.MAXIMIZE, new SearchInterval(bestT / step, bestT * step, bestT));
            best = Math.max(best, opt.getValue());
        }
        return new LineValue(best, err, false);
    }

    private static LineValue ratio(LineLaw law, int side, double t) {
        LineValue psi = Cgf.centred(law, side * t);
        double k = 2 / (t * t);
        return new LineValue(k * psi.value(), k * psi.errorEstimate(), psi.closedForm());
    }
}
