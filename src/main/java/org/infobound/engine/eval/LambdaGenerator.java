package org.infobound.engine.eval;

import java.util.function.UnaryOperator;
import org.infobound.math.FGenerator;

/**
 * An f-divergence generator from a lambda of the claim (float route only). The limits at 0 and
 * the slope at infinity are estimated by evaluating far out (t = 1e-300 and t = 1e300); an
 * undefined value there is taken as {@code +inf}. These estimates only steer the search: the
 * certified route never uses them.
 */
final class LambdaGenerator implements FGenerator {

    private final UnaryOperator<Double> f;
    private final String name;

    private LambdaGenerator(UnaryOperator<Double> f, String name) {
        this.f = f;
        this.name = name;
    }

    static FGenerator of(UnaryOperator<Double> f, String name) {
        return new LambdaGenerator(f, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double value(double t) {
        if (t == 0) {
            return atZero();
        }
        if (t == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        return f.apply(t);
    }

    @Override
    public double atZero() {
        return safe(1e-300);
    }

    @Override
    public double slopeAtInfinity() {
        double v = safe(1e300);
        return Double.isInfinite(v) ? v : v / 1e300;
    }

    private double safe(double t) {
        try {
            double v = f.apply(t);
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        } catch (Undefined | ArithmeticException e) {
            return Double.POSITIVE_INFINITY;
        }
    }
}
