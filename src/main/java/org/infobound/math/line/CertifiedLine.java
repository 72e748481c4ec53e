package org.infobound.math.line;

import org.infobound.num.CertifiedQuadrature;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * Certified enclosures (outward-rounded {@link Interval}s that contain the true real value)
 * of the Beta(n,1)-vs-U(0,1) closed forms ({@link BetaUniform}, catalogue M-C5), of the normal
 * tilt quantities (M-T1 tightness) and of normal-normal KL, with interval arguments so that a
 * prover can evaluate them on boxes.
 *
 * <p>How: in n the forms KL, reverse KL, chi2, H2 and TV are nondecreasing and BC is
 * nonincreasing on n &gt;= 1 (derivatives: {@code 1/n - 1/n^2}, {@code 1 - 1/n},
 * {@code 2e(e+1)/(2e+1)^2}, {@code -(n-1)/(sqrt n (n+1)^2)}; for TV
 * {@code d log TV/dn = 1/(n(n-1)) + (log n - (n-1)/n)/(n-1)^2 > 0}), so they are enclosed
 * by evaluating the endpoints in interval arithmetic. Renyi orders use the monotonicity of
 * D_alpha in alpha (van Erven and Harremoës, IEEE Trans. IT 60 (2014), Thm 3) for the alpha
 * box and the natural interval extension in n. JS has no closed form: it is enclosed by
 * certified quadrature (num's {@link CertifiedQuadrature}, mean-value form) on
 * {@code [delta, 1]} plus an explicit bound {@code [0, delta log(2)/2]} on {@code [0, delta]}
 * (the integrand lies in [0, log 2 / 2] where the ratio is below 1). Nothing here is
 * approximate; quantities without such a route (general numeric divergences) are uncertified.
 */
public final class CertifiedLine {

    private static final double DELTA = 1e-12;

    private CertifiedLine() {
    }

    private static void requireN(Interval n) {
        Checks.notNull("n", n);
        if (!(n.lo() >= 1) || !(n.hi() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("n must lie in [1, inf), got " + n);
        }
    }

    private interface PointForm {
        Interval at(Interval n);
    }

    private static Interval monotone(Interval n, PointForm f, boolean increasing) {
        requireN(n);
        Interval a = f.at(Interval.of(n.lo()));
        Interval b = f.at(Interval.of(n.hi()));
        return increasing ? Interval.of(a.lo(), b.hi()) : Interval.of(b.lo(), a.hi());
    }

    private static Interval nonNegative(Interval x) {
        return x.intersect(Interval.NONNEGATIVE);
    }

    /**
     * Requires: n != null && n.lo() >= 1 && n.hi() < inf.
     * Ensures: (for every x with n.contains(x), result.contains(log x - (x-1)/x)).
     * Throws IllegalArgumentException when n == null || !(n.lo() >= 1) || n.hi() == inf.
     */
    /** {@code KL(Beta(n,1) || U) = log n - (n-1)/n}. */
    public static Interval kl(Interval n) {
        return nonNegative(monotone(n, x -> {
            Interval e = x.sub(1);
            return e.log1p().sub(e.div(x));
        }, true));
    }

    /**
     * Requires: n != null && n.lo() >= 1 && n.hi() < inf.
     */
    /** {@code KL(U || Beta(n,1)) = n - 1 - log n}. */
    public static Interval reverseKl(Interval n) {
        return nonNegative(monotone(n, x -> x.sub(1).sub(x.log()), true));
    }

    /**
     * Requires: n != null && n.lo() >= 1 && n.hi() < inf.
     */
    /** {@code chi2(Beta(n,1) || U) = (n-1)^2/(2n-1)}. */
    public static Interval chi2(Interval n) {
        return monotone(n, x -> x.sub(1).sqr().div(x.mul(2).sub(1)), true);
    }

    /**
     * Requires: n != null && n.lo() >= 1 && n.hi() < inf.
     */
    /** {@code BC = 2 sqrt(n)/(n+1)}. */
    public static Interval bc(Interval n) {
        return monotone(n, x -> x.sqrt().mul(2).div(x.add(1)), false).intersect(Interval.of(0, 1));
    }

    /**
     * Requires: n != null && n.lo() >= 1 && n.hi() < inf.
     */
    /** {@code H^2 = (sqrt n - 1)^2/(n+1)}. */
    public static Interval h2(Interval n) {
        return monotone(n, x -> x.sqrt().sub(1).sqr().div(x.add(1)), true).intersect(Interval.of(0, 1));
    }

    /**
     * Requires: n != null && n.lo() >= 1 && n.hi() < inf.
     */
    /** {@code TV = (1 - 1/n) n^{-1/(n-1)}} (0 at n = 1). */
    public static Interval tv(Interval n) {
        return monotone(n, x -> {
            if (x.hi() == 1.0) {
                return Interval.ZERO;
            }
            Interval e = x.sub(1);
            return e.div(x).mul(e.log1p().div(e).neg().exp());
        }, true).intersect(Interval.of(0, 1));
    }

    /**
     * Requires: n != null && alpha != null && alpha.lo() >= 0.
     */
    /**
     * {@code D_alpha(Beta(n,1) || U)} for alpha in the box (0, 1, inf as limits):
     * {@code [lower at alpha.lo, upper at alpha.hi]}.
     */
    public static Interval renyi(Interval n, Interval alpha) {
        requireN(n);
        Checks.notNull("alpha", alpha);
        if (!(alpha.lo() >= 0)) {
            throw new IllegalArgumentException("alpha must lie in [0, inf], got " + alpha);
        }
        Interval lo = renyiAt(n, alpha.lo());
        Interval hi = renyiAt(n, alpha.hi());
        return Interval.of(lo.lo(), hi.hi());
    }

    private static Interval renyiAt(Interval n, double a) {
        if (a == 0.0) {
            return Interval.ZERO;
        }
        if (a == 1.0) {
            return kl(n);
        }
        if (a == Double.POSITIVE_INFINITY) {
            return n.log();
        }
        Interval al = Interval.of(a);
        Interval e = n.sub(1);
        Interval num = al.mul(n.log()).sub(al.mul(e).log1p());
        return nonNegative(num.div(al.sub(1)));
    }

    /**
     * Requires: n != null && alpha != null && alpha.lo() >= 0.
     */
    /**
     * {@code D_alpha(U || Beta(n,1))}: for alpha &lt; 1 by skew symmetry
     * {@code alpha/(1-alpha) D_{1-alpha}(Beta || U)}; for alpha &gt; 1
     * {@code -log n - log(1 + (1-alpha)(n-1))/(alpha-1)}, {@code +inf} when the argument of the
     * log can be &lt;= 0.
     */
    public static Interval reverseRenyi(Interval n, Interval alpha) {
        requireN(n);
        Checks.notNull("alpha", alpha);
        if (!(alpha.lo() >= 0)) {
            throw new IllegalArgumentException("alpha must lie in [0, inf], got " + alpha);
        }
        Interval lo = reverseRenyiAt(n, alpha.lo());
        Interval hi = reverseRenyiAt(n, alpha.hi());
        return Interval.of(lo.lo(), hi.hi());
    }

    private static Interval reverseRenyiAt(Interval n, double a) {
        if (a == 0.0 || n.hi() == 1.0) {
            return Interval.ZERO;
        }
        if (a == 1.0) {
            return reverseKl(n);
        }
        if (a == Double.POSITIVE_INFINITY) {
            return n.lo() > 1 ? Interval.POSITIVE_INFINITY : Interval.NONNEGATIVE;
        }
        Interval al = Interval.of(a);
        if (a < 1) {
            Interval one = Interval.ONE;
            return al.div(one.sub(al)).mul(renyi(n, one.sub(al)));
        }
        Interval arg = Interval.ONE.add(Interval.ONE.sub(al).mul(n.sub(1)));
        if (arg.hi() <= 0) {
            return Interval.POSITIVE_INFINITY;
        }
        if (arg.lo() <= 0) {
            return Interval.of(0.0, Double.POSITIVE_INFINITY);
        }
        Interval v = n.log().neg().sub(arg.log().div(al.sub(1)));
        return nonNegative(v);
    }

    /**
     * Requires: n != null && n.lo() >= 1 && n.hi() < inf.
     */
    /** {@code chi2(U || Beta(n,1)) = (n-1)^2/(n(2-n))} for n &lt; 2, {@code +inf} for n &gt;= 2 (nondecreasing). */
    public static Interval reverseChi2(Interval n) {
        requireN(n);
        if (n.lo() >= 2) {
            return Interval.POSITIVE_INFINITY;
        }
        Interval lo = Interval.of(n.lo()).sub(1).sqr().div(Interval.of(n.lo()).mul(Interval.of(2).sub(n.lo())));
        if (n.hi() >= 2) {
            return Interval.of(lo.lo(), Double.POSITIVE_INFINITY);
        }
        Interval x = Interval.of(n.hi());
        Interval hi = x.sub(1).sqr().div(x.mul(Interval.of(2).sub(x)));
        return Interval.of(lo.lo(), hi.hi());
    }

    /**
     * Requires: n != null && n.lo() >= 1 && n.hi() < inf && tol > 0.
     */
    /** {@code JS(Beta(n,1), U)} by certified quadrature (width about tol plus 3.5e-13). */
    public static Interval js(Interval n, double tol) {
        requireN(n);
        if (!(tol > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0, got " + tol);
        }
        if (n.hi() == 1.0) {
            return Interval.ZERO;
        }
        Interval log2 = Interval.of(2).log();
        Interval half = Interval.of(0.5);
        // on [0, delta] the ratio n u^{n-1} is at most n delta^{n-1} < 1 (checked), where the
        // JS integrand lies in [0, log(2)/2]
        Interval ratioAtDelta = n.mul(Interval.of(DELTA).pow(n.sub(1)));
        // g(t) <= (1 + t) log(2)/2 for every t >= 0, and <= log(2)/2 for t <= 1
        Interval headBound = ratioAtDelta.hi() < 1 ? log2.mul(half) : ratioAtDelta.add(1).mul(log2).mul(half);
        Interval head = Interval.of(0, DELTA).mul(Interval.of(0, headBound.hi()));
        Dual nC = Dual.constant(n);
        Dual nm1 = Dual.constant(n.sub(1));
        Dual l2 = Dual.constant(log2);
        Dual one = Dual.constant(1.0);
        Dual h = Dual.constant(half);
        Interval body = CertifiedQuadrature.integrateWithDerivative(u -> {
            Dual t = nC.mul(u.pow(nm1));
            Dual t1 = t.add(one);
            return t1.mul(l2).add(t.mul(t.log())).sub(t1.mul(t1.log())).mul(h);
        }, DELTA, 1.0, tol);
        return head.add(body).intersect(Interval.of(0, log2.hi()));
    }

    /**
     * Requires: s != null && beta != null && s.lo() > 0 && beta.lo() > 0.
     */
    /** {@code KL(tilt(N(m, s^2), beta) || N(m, s^2)) = s^2/(2 beta^2)} (catalogue M-T1). */
    public static Interval normalTiltKl(Interval s, Interval beta) {
        requirePositive("s", s);
        requirePositive("beta", beta);
        return s.sqr().div(beta.sqr().mul(2));
    }

    /**
     * Requires: s != null && beta != null && s.lo() > 0 && beta.lo() > 0.
     */
    /** Reward gain of the normal tilt, {@code s^2/beta} (= sqrt(2 s^2 KL), M-T1 equality). */
    public static Interval normalTiltGain(Interval s, Interval beta) {
        requirePositive("s", s);
        requirePositive("beta", beta);
        return s.sqr().div(beta);
    }

    /**
     * Requires: all arguments non-null && s1.lo() > 0 && s2.lo() > 0.
     */
    /** {@code KL(N(m1, s1^2) || N(m2, s2^2)) = log(s2/s1) + (s1^2 + (m1-m2)^2)/(2 s2^2) - 1/2}. */
    public static Interval normalKl(Interval m1, Interval s1, Interval m2, Interval s2) {
        Checks.notNull("m1", m1);
        Checks.notNull("m2", m2);
        requirePositive("s1", s1);
        requirePositive("s2", s2);
        Interval d = m1.sub(m2);
        Interval v = s1.sqr().add(d.sqr()).div(s2.sqr().mul(2));
        return nonNegative(s2.div(s1).log().add(v).sub(0.5));
    }

    private static void requirePositive(String name, Interval x) {
        Checks.notNull(name, x);
        if (!(x.lo() > 0) || !(x.hi() < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " must lie in (0, inf), got " + x);
        }
    }
}
