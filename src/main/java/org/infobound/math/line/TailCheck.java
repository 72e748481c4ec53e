package org.infobound.math.line;

import java.util.function.DoubleUnaryOperator;

/**
 * Divergence test of a line integral {@code int h} (float route; a search hint, never a
 * verdict): the integrand's decay is tested against the integration variable at each infinite
 * end and at each finite end where it may be singular. At an infinite end the probes are
 * {@code x_k = c +- s 2^k} out to 1e300 (or to the last point where h can be evaluated: an
 * overflow, an underflow to 0 or an exception stops the probes:
 * {@code p (log p - log q)} of a Pareto(1, 1) underflows near x = 1e154 while {@code x h(x)} is
 * still about 1), at a finite end e they are {@code e +- d 2^-k}
 * down to the resolution of doubles. With {@code m(x) = log|x - c| + log|h(x)|} (resp.
 * {@code log|x - e|}), {@code int h} is taken as divergent at that end when, at the last two
 * probes, {@code m} is above {@link #FLOOR} and has decreased by at most {@link #DROP} per probe
 * over the last {@link #SPAN} probes:
 * {@code |h(x)| >= const / |x|} (resp. {@code / |x - e|}) up to a slowly varying factor, which
 * is not integrable. Integrable powers {@code |x|^(-1 - eps)} decrease m by {@code eps log 2}
 * per probe, so they are taken as convergent for {@code eps > 0.0015} (log factors such as
 * {@code 1 / (x log^2 x)} change m by about {@code -2/k} at probe k, so near the last probes,
 * k ~ 1000, they are seen as decaying).
 *
 * <p>The certified route decides every verdict: a wrong answer here only steers the search.
 */
final class TailCheck {

    /** {@code log(x |h(x)|)} below this at the last probe: decayed (about 1e-13). */
    static final double FLOOR = -30;
    /** A larger mean drop of m per probe over the last probes means decay. */
    static final double DROP = 0.001;
    /** Probes over which the drop is measured. */
    static final int SPAN = 50;
    /** The last probes, over which m must also not fall by more than {@link #RECENT_DROP} each. */
    static final int RECENT = 5;
    /** Per probe: well below log 2 (a bounded h), above rounding noise in {@code |x - e|}. */
    static final double RECENT_DROP = 0.2;

    private TailCheck() {
    }

    /**
     * {@link #divergence(DoubleUnaryOperator, double, double, double, double, double...)} over
     * the union of the supports of {@code laws}, with every finite support end of every law
     * tested from each side that lies inside the union (a density may be unbounded there, e.g.
     * a gamma shape below 1 at 0 inside the support of a normal), centred at the first law's
     * median with the scale of {@link Quadrature#scale}.
     */
    static Double divergence(DoubleUnaryOperator h, LineLaw... laws) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double[] ends = new double[2 * laws.length];
        for (int i = 0; i < laws.length; i++) {
            lo = Math.min(lo, laws[i].supportLower());
            hi = Math.max(hi, laws[i].supportUpper());
            ends[2 * i] = laws[i].supportLower();
            ends[2 * i + 1] = laws[i].supportUpper();
        }
        LineLaw first = laws[0] instanceof TiltedLaw t ? t.base() : laws[0];
        return divergence(h, lo, hi, first.quantile(0.5), Quadrature.scale(laws), ends);
    }

    /**
     * The value of {@code int_lo^hi h} when the test finds a divergence: {@code +inf} or
     * {@code -inf} by the sign of h at the divergent end(s), NaN when two ends diverge with
     * opposite signs ({@code inf - inf}); null when no end diverges. {@code inner}: further
     * finite points (inside [lo, hi]) where h may be singular, tested from both sides.
     */
    static Double divergence(DoubleUnaryOperator h, double lo, double hi, double centre, double scale,
            double... inner) {
        double up = 0;
        double down = 0;
        double[] signs = new double[2 * inner.length + 2];
        int n = 0;
        signs[n++] = Double.isInfinite(hi) ? infiniteEnd(h, centre, scale, 1) : finiteEnd(h, hi, lo, -1);
        signs[n++] = Double.isInfinite(lo) ? infiniteEnd(h, centre, scale, -1) : finiteEnd(h, lo, hi, 1);
        for (double e : inner) {
            if (Double.isFinite(e) && e > lo && e < hi) {
                signs[n++] = finiteEnd(h, e, hi, 1);
                signs[n++] = finiteEnd(h, e, lo, -1);
            }
        }
        for (int i = 0; i < n; i++) {
            up = Math.max(up, signs[i]);
            down = Math.min(down, signs[i]);
        }
        if (up == 0 && down == 0) {
            return null;
        }
        if (up > 0 && down < 0) {
            return Double.NaN;
        }
        return up > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** The sign of the divergence at an infinite end (dir +1 right, -1 left), or 0. */
    private static double infiniteEnd(DoubleUnaryOperator h, double centre, double scale, int dir) {
        double c = Double.isFinite(centre) ? centre : 0.0;
        double s = scale > 0 && Double.isFinite(scale) ? scale : 1.0;
        double[] m = new double[1100];
        int n = 0;
        double sign = 0;
        for (int k = 1; k < 1100; k++) {
            double d = s * Math.scalb(1.0, k);
            double x = c + dir * d;
            if (!(Math.abs(x) <= 1e300)) {
                break;
            }
            double v = eval(h, x);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                break;
            }
            if (v == 0) {
                // underflow (or the end of a support): judged on the probes before it
                break;
            }
            m[n++] = Math.log(d) + Math.log(Math.abs(v));
            sign = Math.signum(v);
        }
        return diverging(m, n) ? sign : 0;
    }

    /** The sign of the divergence at the finite end e, approached from the side of dir, or 0. */
    private static double finiteEnd(DoubleUnaryOperator h, double e, double other, int dir) {
        double span = Double.isFinite(other) ? Math.abs(other - e) : Math.max(1.0, Math.abs(e));
        double[] m = new double[1100];
        int n = 0;
        double sign = 0;
        for (int k = 2; k < 1100; k++) {
            double d = span * Math.scalb(1.0, -k);
            double x = e + dir * d;
            if (x == e || d < 1e-300 || Math.abs(x - e) < 0.5 * d) {
                break;
            }
            double v = eval(h, x);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                break;
            }
            if (v == 0) {
                // a zero of h (the variance's (x - mu)^2 at x = mu) or an underflow: skipped; an
                // underflow persists to the end and leaves the probes before it to judge
                continue;
            }
            m[n++] = Math.log(Math.abs(x - e)) + Math.log(Math.abs(v));
            sign = Math.signum(v);
        }
        return diverging(m, n) ? sign : 0;
    }

    /**
     * The last probe is above {@link #FLOOR} and m has not decreased by more than {@link #DROP}
     * per probe over the last (up to {@link #SPAN}) probes.
     */
    private static boolean diverging(double[] m, int n) {
        if (n < 2) {
            return false;
        }
        int j = Math.min(SPAN, n - 1);
        double last = m[n - 1];
        // and over the last few probes m is about flat: a bounded h at a finite end (m falls by
        // log 2 per probe) that rose steeply before them (a tilt of U(0, 1) by 1024 near 1)
        // is not a divergence
        int r = Math.min(RECENT, n - 1);
        return last > FLOOR && last - m[n - 1 - j] >= -j * DROP && last - m[n - 1 - r] >= -r * RECENT_DROP;
    }

    private static double eval(DoubleUnaryOperator h, double x) {
        try {
            return h.applyAsDouble(x);
        } catch (RuntimeException e) {
            // an overflow or an undefined point of a user function: the probes stop here
            return Double.NaN;
        }
    }
}
