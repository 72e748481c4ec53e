package org.infobound.engine.eval;

import java.util.function.UnaryOperator;
import org.infobound.math.FGenerator;

/**
 * An f-divergence generator from a lambda of the claim (float route only). The limits at 0 and
 * the slope at infinity are estimated by evaluating far out (t = 1e-300 and t = 1e300), with a
 * test for logarithmic divergence ({@link #atZero}); an undefined value there is taken as
 * {@code +inf}. These estimates only steer the search: the
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

    /**
     * f(0+): f(0) itself when it evaluates to an infinity (-log 0 = inf), else f(1e-300), unless
     * the values at 1e-75, 1e-150, 1e-300 still grow by more than a constant at each squaring of
     * t (a logarithmic divergence such as -log t, which f(1e-300) = 690.8 would hide): then inf.
     */
    @Override
    public double atZero() {
        double at0;
        try {
            at0 = f.apply(0.0); // NaN (0 log 0) or an exception says nothing here
        } catch (RuntimeException e) {
            at0 = Double.NaN;
        }
        if (Double.isInfinite(at0)) {
            return at0;
        }
        return limit(safe(1e-75), safe(1e-150), safe(1e-300));
    }

    /** The slope at infinity f(t)/t, with the same divergence test (t log t: slope inf). */
    @Override
    public double slopeAtInfinity() {
        return limit(slope(1e75), slope(1e150), slope(1e300));
    }

    private double slope(double t) {
        double v = safe(t);
        return Double.isInfinite(v) ? v : v / t;
    }

    private static double limit(double a, double b, double c) {
        if (Double.isInfinite(c)) {
            return c;
        }
        if (c - b > 1 && b - a > 0.5) {
            return Double.POSITIVE_INFINITY;
        }
        if (b - c > 1 && a - b > 0.5) {
            return Double.NEGATIVE_INFINITY;
        }
        return c;
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
