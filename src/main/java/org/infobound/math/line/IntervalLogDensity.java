package org.infobound.math.line;

import org.infobound.num.Constants;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * Interval extension of the log-density of a {@link FamilyLaw} and of its derivative, on
 * sub-intervals of the support, with the parameters held as intervals (the normalisers of beta
 * and gamma use {@link Interval#lgamma()}). Formulas as in {@link LineFamily}; x must lie in
 * the closed support (at a support end where the density is 0 or infinite the value is -inf or
 * +inf and the derivative may be infinite).
 */
final class IntervalLogDensity {

    private final LineFamily family;
    private final Interval p0;
    private final Interval p1;
    private final Interval logNorm;

    IntervalLogDensity(FamilyLaw law) {
        this.family = law.family();
        // enclosures of the exact parameters (points when they are doubles): every step below is
        // interval arithmetic in the parameters, so the values hold for the exact law
        this.p0 = law.paramInterval(0);
        this.p1 = family.parameters().size() > 1 ? law.paramInterval(1) : Interval.ZERO;
        this.logNorm = switch (family) {
            case NORMAL -> p1.log().add(Constants.HALF_LOG_2PI);
            case EXPONENTIAL -> p0.log().neg();
            case UNIFORM -> p1.sub(p0).log();
            case BETA -> p0.lgamma().add(p1.lgamma()).sub(p0.add(p1).lgamma());
            case GAMMA -> p0.mul(p1.log()).add(p0.lgamma());
            case LAPLACE -> p1.mul(2).log();
            case LOGISTIC, GUMBEL -> p1.log();
            case PARETO -> p1.log().add(p1.mul(p0.log())).neg();
        };
    }

    LineFamily family() {
        return family;
    }

    /** Lower end of the closed support. */
    double supportLo() {
        return switch (family) {
            case EXPONENTIAL, GAMMA, BETA -> 0.0;
            case UNIFORM, PARETO -> p0.lo();
            default -> Double.NEGATIVE_INFINITY;
        };
    }

    /** Upper end of the closed support. */
    double supportHi() {
        return switch (family) {
            case UNIFORM -> p1.lo();
            case BETA -> 1.0;
            default -> Double.POSITIVE_INFINITY;
        };
    }

    /** Encloses {@code log p(t)} for every t in x (x inside the closed support). */
    Interval value(Interval x) {
        Interval body = switch (family) {
            case NORMAL -> x.sub(p0).div(p1).sqr().mul(-0.5);
            case EXPONENTIAL -> p0.mul(x).neg();
            case UNIFORM -> Interval.ZERO;
            case BETA -> power(p0, x.log()).add(power(p1, x.neg().log1p()));
            case GAMMA -> power(p0, x.log()).sub(x.div(p1));
            case LAPLACE -> x.sub(p0).abs().div(p1).neg();
            case LOGISTIC -> logistic(x.sub(p0).div(p1), x.hi() <= p0.lo());
            case GUMBEL -> {
                Interval z = x.sub(p0).div(p1);
                yield z.neg().sub(z.neg().exp());
            }
            case PARETO -> p1.add(1).mul(x.log()).neg();
        };
        return body.sub(logNorm);
    }

    /** Encloses {@code (log p)'(t)} for every t in x. */
    Interval slope(Interval x) {
        return switch (family) {
            case NORMAL -> x.sub(p0).div(p1.sqr()).neg();
            case EXPONENTIAL -> p0.neg();
            case UNIFORM -> Interval.ZERO;
            case BETA -> power(p0, Interval.ONE.div(x)).sub(power(p1, Interval.ONE.div(x.neg().add(1))));
            case GAMMA -> power(p0, Interval.ONE.div(x)).sub(Interval.ONE.div(p1));
            case LAPLACE -> {
                Interval r = Interval.ONE.div(p1);
                if (x.lo() >= p0.hi()) {
                    yield r.neg();
                }
                yield x.hi() <= p0.lo() ? r : r.neg().hull(r);
            }
            case LOGISTIC -> Interval.of(2).div(x.sub(p0).div(p1).exp().add(1)).sub(1).div(p1);
            case GUMBEL -> x.sub(p0).div(p1).neg().exp().sub(1).div(p1);
            case PARETO -> p1.add(1).div(x).neg();
        };
    }

    /** The log-density lifted to {@link Dual}s (value and derivative enclosures on x). */
    Dual at(Dual x) {
        Interval v = x.value();
        return Dual.of(value(v), slope(v).mul(x.derivative()));
    }

    /** {@code (a - 1) * t}, exactly 0 when a = 1 (so that {@code 0 * inf} never arises). */
    private static Interval power(Interval a, Interval t) {
        return a.isPoint() && a.lo() == 1.0 ? Interval.ZERO : a.sub(1).mul(t);
    }

    /** {@code -z - 2 log1p(e^-z)}, written as {@code z - 2 log1p(e^z)} left of the centre. */
    private static Interval logistic(Interval z, boolean left) {
        return left ? z.sub(z.exp().log1p().mul(2)) : z.neg().sub(z.neg().exp().log1p().mul(2));
    }

    /** Whether the density is unbounded at the finite support end of that side. */
    boolean singularAt(Side end) {
        return switch (family) {
            case BETA -> (end == Side.LEFT ? p0 : p1).lo() < 1;
            case GAMMA -> end == Side.LEFT && p0.lo() < 1;
            default -> false;
        };
    }

    /**
     * An upper bound of the mass of {@code e} (inside the support): at a singular end
     * {@code int_0^d x^{a-1}(1-x)^{b-1} <= d^a/a max(1, (1-d)^{b-1})} (beta, either end by
     * symmetry) and {@code int_0^d x^{k-1} e^{-x/theta} <= d^k/k} (gamma); elsewhere
     * {@code width(e) max p(e)}. +inf when no bound.
     */
    double massBound(Interval e) {
        Interval d = Interval.of(e.width());
        if (family == LineFamily.BETA && (e.lo() == 0.0 && singularAt(Side.LEFT)
                || e.hi() == 1.0 && singularAt(Side.RIGHT))) {
            boolean left = e.lo() == 0.0;
            Interval a = left ? p0 : p1;
            Interval b = left ? p1 : p0;
            Interval other = b.sub(1).mul(d.neg().log1p()).max(Interval.ZERO);
            return a.mul(d.log()).sub(a.log()).sub(logNorm).add(other).exp().hi();
        }
        if (family == LineFamily.GAMMA && e.lo() == 0.0 && singularAt(Side.LEFT)) {
            return p0.mul(d.log()).sub(p0.log()).sub(logNorm).exp().hi();
        }
        return d.mul(value(e).exp()).hi();
    }

    /** The tail model of log p on the given side beyond the cut, in the reflected variable. */
    TailModel tail(Side side, double cut) {
        return TailModels.of(family, p0, p1, logNorm, side, cut);
    }
}
