package org.infobound.math.line;

import org.infobound.num.Interval;

/**
 * {@link TailModel}s of the log-densities of the {@link LineFamily} families (in the reflected
 * variable y of the side, on {@code [y0, inf)}). Exact for normal, exponential, gamma, Pareto
 * and Laplace (beyond its centre); logistic and Gumbel right tails carry the rest
 * {@code -2 log1p(e^-z) in [-2 e^-z0, 0]} and {@code -e^-z in [-e^-z0, 0]}; the Gumbel left
 * tail {@code w - e^w} (w = -z) is bounded above by its tangent line of {@code e^w} at
 * {@code w0}, so its rest is {@code [-inf, 0]} (enough for upper bounds of integrals where log p
 * has a positive weight, not for {@code -log p}).
 */
final class TailModels {

    private TailModels() {
    }

    /** The model, or null when the law has no infinite tail on that side or y0 is too close. */
    static TailModel of(LineFamily family, Interval p0, Interval p1, Interval logNorm, Side side,
            double y0) {
        boolean right = side == Side.RIGHT;
        Interval m = right ? p0 : p0.neg();
        Interval zero = Interval.ZERO;
        Interval e0 = logNorm.neg();
        switch (family) {
            case NORMAL: {
                Interval v = p1.sqr();
                return new TailModel(Interval.ONE.div(v.mul(2)).neg(), m.div(v), zero,
                        m.sqr().div(v.mul(2)).neg().add(e0), zero);
            }
            case LAPLACE:
                if (!(y0 >= m.hi())) {
                    return null;
                }
                return new TailModel(zero, Interval.ONE.div(p1).neg(), zero, m.div(p1).add(e0), zero);
            case LOGISTIC: {
                Interval z0 = Interval.of(y0).sub(m).div(p1);
                Interval rest = Interval.of(-z0.neg().exp().mul(2).hi(), 0.0);
                return new TailModel(zero, Interval.ONE.div(p1).neg(), zero, m.div(p1).add(e0), rest);
            }
            case GUMBEL: {
                if (right) {
                    Interval z0 = Interval.of(y0).sub(p0).div(p1);
                    Interval rest = Interval.of(-z0.neg().exp().hi(), 0.0);
                    return new TailModel(zero, Interval.ONE.div(p1).neg(), zero, p0.div(p1).add(e0), rest);
                }
                Interval w0 = Interval.of(y0).add(p0).div(p1);
                Interval cw = w0.exp();
                Interval slope = Interval.ONE.sub(cw);
                Interval c = slope.div(p1);
                Interval e = slope.mul(p0).div(p1).sub(cw.mul(Interval.ONE.sub(w0))).add(e0);
                return new TailModel(zero, c, zero, e, Interval.of(Double.NEGATIVE_INFINITY, 0.0));
            }
            case EXPONENTIAL:
                return right ? new TailModel(zero, p0.neg(), zero, e0, zero) : null;
            case GAMMA:
                return right ? new TailModel(zero, Interval.ONE.div(p1).neg(), p0.sub(1), e0, zero) : null;
            case PARETO:
                return right ? new TailModel(zero, zero, p1.add(1).neg(), e0, zero) : null;
            default:
                return null;
        }
    }
}
