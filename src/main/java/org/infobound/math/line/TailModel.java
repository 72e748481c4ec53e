package org.infobound.math.line;

import org.infobound.num.Interval;

/**
 * A bound on a log-integrand on a tail, in the reflected variable y (see {@link Side}) on
 * {@code [c, inf)} with {@code c >= 1}: {@code L(y) in A y^2 + C y + D log y + E + R} for every
 * such y, where A, C, D, E enclose real coefficients and the interval R encloses the rest
 * (R.lo may be -inf when only an upper bound is known). Weighted sums of models of log p, log q
 * and log y are models of the integrands' logs.
 *
 * <p>Tail integrals (Moore-style envelope bounds): if {@code M'(y) = 2Ay + C + D/y <= -lambda < 0}
 * on {@code [c, inf)} then {@code e^{M(y)} <= e^{M(c)} e^{-lambda (y - c)}} and
 * {@code int_c^inf e^{M+R} <= e^{M(c) + R.hi}/lambda}; if instead {@code y M'(y) <= -kappa < -1}
 * then {@code e^{M(y)} <= e^{M(c)} (y/c)^{-kappa}} and the integral is at most
 * {@code e^{M(c) + R.hi} c/(kappa - 1)}.
 */
final class TailModel {

    final Interval a;
    final Interval c;
    final Interval d;
    final Interval e;
    final Interval r;

    TailModel(Interval a, Interval c, Interval d, Interval e, Interval r) {
        this.a = a;
        this.c = c;
        this.d = d;
        this.e = e;
        this.r = r;
    }

    static final TailModel ZERO = new TailModel(Interval.ZERO, Interval.ZERO, Interval.ZERO,
            Interval.ZERO, Interval.ZERO);

    TailModel plus(TailModel o) {
        return new TailModel(a.add(o.a), c.add(o.c), d.add(o.d), e.add(o.e), r.add(o.r));
    }

    /** The model of {@code w L}, w != 0. */
    TailModel times(double w) {
        return new TailModel(a.mul(w), c.mul(w), d.mul(w), e.mul(w), r.mul(w));
    }

    /** The model of {@code L + k log y}. */
    TailModel plusLogPower(double k) {
        return new TailModel(a, c, d.add(k), e, r);
    }

    private Interval modelAt(double y) {
        Interval yy = Interval.of(y);
        return a.mul(yy.sqr()).add(c.mul(yy)).add(d.mul(yy.log())).add(e);
    }

    /** An upper bound of {@code int_y0^inf e^{L(y)} dy}, or +inf when no bound applies. */
    double upperIntegral(double y0) {
        if (!(y0 >= 1) || !(a.hi() <= 0) || r.hi() == Double.POSITIVE_INFINITY) {
            return Double.POSITIVE_INFINITY;
        }
        Interval peak = modelAt(y0).add(Interval.of(r.hi())).exp();
        Interval slope = Interval.of(a.hi()).mul(2 * y0).add(c.hi())
                .add(Interval.of(Math.max(d.hi(), 0.0)).div(y0));
        if (slope.hi() < 0) {
            return peak.div(slope.neg()).hi();
        }
        if (c.hi() <= 0 && d.hi() < -1) {
            return peak.mul(y0).div(Interval.of(d.hi()).neg().sub(1)).hi();
        }
        return Double.POSITIVE_INFINITY;
    }

    /**
     * Whether {@code int_y0^inf e^{L} = inf} is certain: {@code L(y) - M(y0) - R.lo} is at least
     * {@code A.lo (y^2 - y0^2) + C.lo (y - y0) + D.lo log(y/y0)}, which tends to +inf when
     * {@code A.lo > 0}, or {@code A.lo >= 0} and {@code C.lo > 0}, and is at least
     * {@code -log(y/y0)} when {@code A.lo, C.lo >= 0} and {@code D.lo >= -1}; in each case
     * {@code e^L} is not integrable.
     */
    boolean diverges(double y0) {
        boolean growing = a.lo() > 0 || a.lo() >= 0 && (c.lo() > 0 || c.lo() >= 0 && d.lo() >= -1);
        return y0 >= 1 && growing && r.lo() > Double.NEGATIVE_INFINITY
                && modelAt(y0).lo() > Double.NEGATIVE_INFINITY;
    }

    /**
     * A K with {@code L(y) <= K (1 + y^2)} on {@code [y0, inf)}, y0 >= 1 (as y, log y <= y^2),
     * or +inf.
     */
    double magnitude() {
        Interval k = Interval.of(a.abs().hi()).add(c.abs().hi()).add(d.abs().hi());
        Interval k0 = Interval.of(e.abs().hi()).add(Math.max(r.hi(), 0.0));
        return k.max(k0).hi();
    }
}
