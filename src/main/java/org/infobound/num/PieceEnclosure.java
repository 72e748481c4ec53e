package org.infobound.num;

/** An enclosure of the integral of one function over a piece {@code [u, v]}. */
@FunctionalInterface
interface PieceEnclosure {

    Interval enclose(double u, double v);

    /** Naive form: {@code (v - u) * f([u, v])}. */
    static PieceEnclosure naive(IntervalFunction f) {
        return (u, v) -> Interval.of(v).sub(Interval.of(u)).mul(f.apply(Interval.of(u, v)));
    }

    /**
     * Naive form intersected with the mean-value (midpoint) form: with m in [u, v],
     * L = m - u, R = v - m and f' in F' on [u, v],
     * {@code integral = f(m)(L + R) + int_u^m f'(xi)(x - m) dx + int_m^v f'(xi)(x - m) dx}
     * lies in {@code f(m)(L + R) - F' L^2/2 + F' R^2/2} (the integrand of each part has constant
     * sign of x - m). Where the derivative enclosure is undefined the naive form alone is used.
     */
    static PieceEnclosure meanValue(DualFunction f) {
        return (u, v) -> {
            Interval x = Interval.of(u, v);
            Dual onPiece = f.apply(Dual.variable(x));
            Interval naive = Interval.of(v).sub(Interval.of(u)).mul(onPiece.value());
            try {
                double m = x.mid();
                Interval left = Interval.of(m).sub(Interval.of(u));
                Interval right = Interval.of(v).sub(Interval.of(m));
                Interval fm = f.apply(Dual.constant(Interval.of(m))).value();
                Interval slope = onPiece.derivative();
                Interval form = fm.mul(left.add(right))
                        .sub(slope.mul(left.sqr()).mul(0.5))
                        .add(slope.mul(right.sqr()).mul(0.5));
                return naive.intersect(form);
            } catch (UndefinedValueException e) {
                return naive;
            }
        };
    }
}
