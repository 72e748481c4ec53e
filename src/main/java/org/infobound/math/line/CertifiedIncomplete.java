package org.infobound.math.line;

import org.infobound.num.Interval;

/**
 * Certified regularized incomplete gamma and beta functions (the cdfs of the gamma and beta
 * families), in interval arithmetic. Every method returns an interval containing the value
 * for every point of its interval arguments, or {@code null} where its series is not used
 * (the caller reports the value as uncertified). spec/NUMERICS.md, "Derived laws on the line".
 *
 * <ul>
 * <li>{@code P(a, z) = z^a e^-z / Gamma(a + 1) sum_{k >= 0} z^k / ((a+1)...(a+k))} (DLMF 8.7.1
 * with 8.2.4): positive terms whose ratios {@code z/(a + k + 1)} decrease, so once a ratio r is
 * below 1 the rest after a term t is at most {@code t r/(1 - r)}, added as {@code [0, .]}. Used
 * for {@code z <= 600} (no overflow of the sum); null above.</li>
 * <li>{@code Q(a, z) <= z^(a-1) e^-z / (Gamma(a) (1 - (a-1)/z))} for {@code a >= 1, z > a - 1},
 * and {@code z^(a-1) e^-z / Gamma(a)} for {@code a < 1} ({@code log t <= log z + (t - z)/z}
 * bounds {@code t^(a-1)} on [z, inf)): tail bounds for the quadratures.</li>
 * <li>{@code I_x(a, b) = x^a (1-x)^b / (a B(a, b)) sum_{k >= 0} (a+b)_k/(a+1)_k x^k} (DLMF 8.17.8
 * with 15.2.1) for {@code x <= 1/2}, and {@code 1 - I_(1-x)(b, a)} above (DLMF 8.17.4). The
 * ratio of consecutive terms {@code x (a+b+k)/(a+1+k)} is nonincreasing in k when b >= 1 and
 * increases to x when b < 1, so every later ratio is at most {@code rho = max(r_k, x)} and the
 * rest after a term t is at most {@code t rho/(1 - rho)}.</li>
 * </ul>
 */
public final class CertifiedIncomplete {

    private static final int MAX_TERMS = 20000;
    private static final double REL = 1e-18;

    private CertifiedIncomplete() {
    }

    /** Regularized lower incomplete gamma {@code P(a, z)} for z in the interval (z >= 0), or null. */
    public static Interval gammaP(Interval a, Interval z) {
        if (!(z.lo() >= 0) || !(a.lo() > 0) || !(z.hi() <= 600) || !(a.hi() < 1e15)) {
            return null;
        }
        if (z.hi() == 0) {
            return Interval.ZERO;
        }
        Interval sum = Interval.ONE;
        Interval term = Interval.ONE;
        for (int k = 1; k <= MAX_TERMS; k++) {
            term = term.mul(z).div(a.add(k));
            sum = sum.add(term);
            double r = z.div(a.add(k + 1)).hi();
            if (r < 1 && term.hi() * (r / (1 - r)) <= REL * sum.lo()) {
                Interval rest = term.mul(r).div(Interval.ONE.sub(Interval.of(r)));
                sum = sum.add(Interval.of(0, rest.hi()));
                Interval pre = z.lo() == 0 ? prefactorAtZero(a, z) : a.mul(z.log()).sub(z).sub(a.add(1).lgamma()).exp();
                return pre.mul(sum).intersect(Interval.of(0, 1));
            }
        }
        return null;
    }

    /** z containing 0: the prefactor z^a e^-z / Gamma(a+1) is increasing near 0 for z < a; else unknown. */
    private static Interval prefactorAtZero(Interval a, Interval z) {
        Interval up = a.mul(Interval.of(z.hi()).log()).sub(Interval.of(z.hi())).sub(a.add(1).lgamma()).exp();
        if (z.hi() <= a.lo()) {
            return Interval.of(0, up.hi());
        }
        return Interval.of(0, Double.POSITIVE_INFINITY);
    }

    /**
     * An upper bound of the regularized upper incomplete gamma {@code Q(a, z)} at every point of
     * z (Q decreases in z, so z.lo() is used), or +inf where the bound does not apply.
     */
    public static double gammaQUpper(Interval a, Interval z) {
        Interval zl = Interval.of(z.lo());
        if (!(z.lo() > 0)) {
            return 1.0;
        }
        Interval base = a.sub(1).mul(zl.log()).sub(zl).sub(a.lgamma()).exp();
        if (a.hi() < 1) {
            return Math.min(1.0, base.hi());
        }
        if (a.lo() >= 1 && z.lo() > a.hi() - 1) {
            Interval den = Interval.ONE.sub(a.sub(1).div(zl));
            return Math.min(1.0, base.div(den).hi());
        }
        return 1.0;
    }

    /** Regularized incomplete beta {@code I_x(a, b)} for x in the interval, 0 <= x <= 1, or null. */
    public static Interval betaI(Interval a, Interval b, Interval x) {
        if (!(x.lo() >= 0 && x.hi() <= 1) || !(a.lo() > 0) || !(b.lo() > 0)) {
            return null;
        }
        if (x.hi() == 0) {
            return Interval.ZERO;
        }
        if (x.lo() == 1) {
            return Interval.ONE;
        }
        if (x.hi() <= 0.5) {
            return series(a, b, x);
        }
        if (x.lo() >= 0.5) {
            Interval c = series(b, a, Interval.ONE.sub(x));
            return c == null ? null : Interval.ONE.sub(c).intersect(Interval.of(0, 1));
        }
        // straddles 1/2: I is nondecreasing in x, so the end points bound it
        Interval lo = betaI(a, b, Interval.of(x.lo()));
        Interval hi = betaI(a, b, Interval.of(x.hi()));
        return lo == null || hi == null ? null : Interval.of(lo.lo(), hi.hi());
    }

    private static Interval series(Interval a, Interval b, Interval x) {
        if (!(x.hi() <= 0.5) || !(x.lo() >= 0)) {
            return null;
        }
        if (x.hi() == 0) {
            return Interval.ZERO;
        }
        Interval ab = a.add(b);
        Interval sum = Interval.ONE;
        Interval term = Interval.ONE;
        for (int k = 0; k < MAX_TERMS; k++) {
            term = term.mul(x).mul(ab.add(k)).div(a.add(k + 1));
            sum = sum.add(term);
            double r = x.mul(ab.add(k + 1)).div(a.add(k + 2)).hi();
            double rho = Math.max(r, x.hi());
            if (rho < 1 && term.hi() * (rho / (1 - rho)) <= REL * sum.lo()) {
                Interval rest = term.mul(rho).div(Interval.ONE.sub(Interval.of(rho)));
                sum = sum.add(Interval.of(0, rest.hi()));
                Interval lbeta = a.lgamma().add(b.lgamma()).sub(ab.lgamma());
                Interval pre;
                if (x.lo() == 0) {
                    // x^a (1-x)^b is nondecreasing on [0, 1/2] only when a >= b; bound by [0, max]
                    Interval xh = Interval.of(x.hi());
                    Interval top = a.mul(xh.log()).sub(a.log()).sub(lbeta).exp();
                    pre = Interval.of(0, top.hi());
                } else {
                    pre = a.mul(x.log()).add(b.mul(x.neg().log1p())).sub(a.log()).sub(lbeta).exp();
                }
                return pre.mul(sum).intersect(Interval.of(0, 1));
            }
        }
        return null;
    }
}
