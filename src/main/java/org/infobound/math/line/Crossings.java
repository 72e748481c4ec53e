package org.infobound.math.line;

import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.analysis.solvers.BrentSolver;

/**
 * Adds the sign changes of a function to a partition, so that kinks of {@code |g|} fall on
 * piece boundaries (Gauss rules converge slowly across a kink and their error estimate is
 * unreliable there). Sign changes are searched on 64 equal steps inside every finite piece;
 * crossings closer than one step apart can be missed.
 */
final class Crossings {

    private static final int STEPS = 64;

    private Crossings() {
    }

    static double[] refine(double[] breaks, DoubleUnaryOperator g) {
        TreeSet<Double> out = new TreeSet<>();
        BrentSolver solver = new BrentSolver(1e-15, 1e-300);
        for (int i = 0; i < breaks.length; i++) {
            out.add(breaks[i]);
            if (i + 1 == breaks.length || Double.isInfinite(breaks[i]) || Double.isInfinite(breaks[i + 1])) {
                continue;
            }
            double a = breaks[i];
            double h = (breaks[i + 1] - a) / STEPS;
            double prev = g.applyAsDouble(a);
            for (int k = 1; k <= STEPS; k++) {
                double x = k == STEPS ? breaks[i + 1] : a + k * h;
                double cur = g.applyAsDouble(x);
                if (prev * cur < 0) {
                    out.add(crossing(solver, g, x - h, x));
                }
                prev = cur;
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * A sign change of g in [a, b] (g(a) g(b) < 0). Brent's method within 200 evaluations; where
     * g jumps instead of crossing zero (a uniform density's end: p - q jumps from positive to
     * negative at 0) Brent cannot meet its absolute accuracy near x = 0 within 200 evaluations,
     * and plain bisection to adjacent doubles finds the jump (at most about 2100 halvings).
     * The result is only a breakpoint of the partition: any point of [a, b] is a valid one.
     */
    private static double crossing(BrentSolver solver, DoubleUnaryOperator g, double a, double b) {
        try {
            return solver.solve(200, g::applyAsDouble, a, b);
        } catch (org.hipparchus.exception.MathIllegalStateException e) {
            double ga = g.applyAsDouble(a);
            for (int k = 0; k < 2200; k++) {
                double m = 0.5 * (a + b);
                if (m <= a || m >= b) {
                    break;
                }
                double gm = g.applyAsDouble(m);
                if (gm == 0) {
                    return m;
                }
                if ((gm < 0) == (ga < 0)) {
                    a = m;
                    ga = gm;
                } else {
                    b = m;
                }
            }
            return 0.5 * (a + b);
        }
    }
}
