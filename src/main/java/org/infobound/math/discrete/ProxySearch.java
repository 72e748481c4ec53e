package org.infobound.math.discrete;

import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/** The numerical search behind the optimal sub-gaussian variance proxies (Moments#sigma2Right). */
final class ProxySearch {

    private static final int GRID = 128;
    private static final int STARTS = 3;

    private ProxySearch() {
    }

    /**
     * {@code sup 2 psi(l)/l^2} over l with the given sign (+1 right tail, -1 left tail), searched
     * over {@code l = sign tan(theta)^3 / (max r - min r)}, theta on a grid of (0, pi/2) refined by
     * Brent. The cube reaches {@code |l| (max r - min r)} up to 5e5 (128 points): a Bernoulli law
     * with mass 1e-300 has its optimum at |l| (max r - min r) in the hundreds, which {@code tan(theta)} alone (at most 326 on the former
     * 512-point grid) missed, returning 2e-294 for 723.8 (MomentsTest).
     */
    static double sup(DiscreteLaw law, int sign) {
        double[] p = law.p();
        double[] r = law.r();
        double mean = Moments.mean(law);
        double var = Moments.var(law);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                lo = Math.min(lo, r[i]);
                hi = Math.max(hi, r[i]);
            }
        }
        if (!(hi > lo)) {
            return 0.0;
        }
        double scale = sign / (hi - lo);
        int k = 0;
        for (double x : p) {
            if (x > 0) {
                k++;
            }
        }
        double[] support = new double[k];
        double[] centred = new double[k];
        for (int i = 0, j = 0; i < p.length; i++) {
            if (p[i] > 0) {
                support[j] = p[i];
                centred[j++] = r[i] - mean;
            }
        }
        double total = Checks.sum(p);
        double[] scratch = new double[k];
        java.util.function.DoubleUnaryOperator h = theta -> {
            double t = Math.tan(theta);
            double l = t * t * t * scale;
            return l == 0 || !Double.isFinite(l) ? var : 2 * Cgf.of(support, centred, total, l, scratch) / (l * l);
        };
        double step = (Math.PI / 2) / GRID;
        double[] values = new double[GRID];
        for (int j = 1; j < GRID; j++) {
            values[j] = h.applyAsDouble(j * step);
        }
        double best = var;
        boolean[] used = new boolean[GRID];
        BrentOptimizer brent = new BrentOptimizer(1e-12, 1e-15);
        for (int s = 0; s < STARTS; s++) {
            int arg = -1;
            for (int j = 1; j < GRID; j++) {
                if (!used[j] && (arg < 0 || values[j] > values[arg])) {
                    arg = j;
                }
            }
            if (arg < 0) {
                break;
            }
            for (int j = Math.max(1, arg - 1); j <= Math.min(GRID - 1, arg + 1); j++) {
                used[j] = true;
            }
            best = Math.max(best, values[arg]);
            double a = (arg - 1) * step;
            double b = Math.min(GRID - 1, arg + 1) * step;
            try {
                double v = brent.optimize(new MaxEval(2000), GoalType.MAXIMIZE,
                        new SearchInterval(a, b, arg * step),
                        new UnivariateObjectiveFunction(h::applyAsDouble)).getValue();
                best = Math.max(best, v);
            } catch (MathIllegalStateException e) {
                // no convergence within the budget: keep the grid value already counted
            }
        }
        return best;
    }
}
