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
                    out.add(solver.solve(200, g::applyAsDouble, x - h, x));
                }
                prev = cur;
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
