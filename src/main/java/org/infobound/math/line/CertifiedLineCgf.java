package org.infobound.math.line;

import java.util.function.Function;
import org.infobound.num.Constants;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * Certified {@code cgf}, {@code sigma2}, {@code sigma2_right}, {@code sigma2_left} and
 * {@code winrate} of laws on the line (issue 14; spec/NUMERICS.md, coverage of derived laws).
 * Every method returns an outward-rounded enclosure of the value, or null when it has no
 * certified route (the caller reports the value as uncertified).
 *
 * <p>cgf is the centred one of spec/LANGUAGE.md, {@code K(l) = log E exp(l (X - E X))}:
 * closed forms for the families (normal {@code s^2 l^2/2}; exponential
 * {@code -log1p(-l/r) - l/r}; gamma {@code k(-log1p(-theta l) - theta l)}; laplace
 * {@code -log1p(-b^2 l^2)}; logistic {@code lgamma(1 - s l) + lgamma(1 + s l)} (the mgf is
 * {@code B(1 - s l, 1 + s l) e^(mu l)}); gumbel {@code lgamma(1 - beta l) - euler beta l}; uniform
 * {@code log(sinh(h l)/(h l))}, h the half width), {@code +inf} where l certainly leaves the mgf's
 * domain; best-of-n of an exponential through the Renyi representation (the max of n
 * Exp(r) draws is a sum of independent Exp(k r), k = 1..n), and {@code +inf} for l &gt; 0 beyond the
 * base's domain (the max is at least one draw); tilts {@code K(l0 + l) - K(l0) - l K'(l0)}
 * ({@link CertifiedTilt#centredCgf}); mixtures by
 * {@code log((1-w) e^(K1 + l w (m1 - m2)) + w e^(K2 + l (1-w)(m2 - m1)))}.
 *
 * <p>sigma2 (sup over l of {@code 2 K(l)/l^2} on the side): every law has
 * {@code sigma2_side >= Var} (Fatou: {@code 2(e^(lY) - 1 - lY)/l^2 -> Y^2}, so the liminf at 0 is
 * at least the variance), which gives {@code [Var, +inf]} from a certified variance; exact values:
 * normal {@code s^2} (every l); uniform {@code (b-a)^2/12} ({@code sinh x/x <= e^(x^2/6)} since
 * {@code (2k+1)! >= 6^k k!}); exponential and gamma on the left {@code Var} ({@code s - log(1+s)
 * <= s^2/2} for s &gt;= 0); {@code +inf} on a side where the mgf is infinite somewhere (exponential,
 * gamma, gumbel, pareto on the right, laplace and logistic on both; best-of-n and mixtures with
 * such a component on the right). A law with a bounded support [a, b] (beta; best-of-n, tilts
 * and mixtures of uniform and beta laws) has {@code sigma2 <= (b - a)^2/4} (Hoeffding's lemma,
 * {@code K(l) <= l^2 (b - a)^2/8}), so its enclosure is {@code [Var, (b - a)^2/4]}.
 */
public final class CertifiedLineCgf {

    private CertifiedLineCgf() {
    }

    /** The side of sigma2: both ({@code sigma2}), right or left. */
    public enum Sigma2Side {
        BOTH, RIGHT, LEFT
    }

    /** Largest n of best-of-n whose cgf is summed term by term. */
    private static final double MAX_TERMS = 1e6;

    /**
     * Requires: p != null, l != null; mean and var return enclosures or null.
     * Ensures: result == null || result contains log E exp(l (X - E X)) for every l in the interval.
     */
    public static Interval cgf(LineLaw p, Interval l, Function<LineLaw, Interval> mean) {
        Interval v = closed(p, l, mean);
        return v != null ? v : byQuadrature(p, l, mean);
    }

    /**
     * The cgf by quadrature (brief derive7), for a law with a density model
     * ({@link CertifiedPairQuadrature#model}) whose closed route has none: with c a float hint of
     * the mean, {@code I = E e^(l (X - c))} is enclosed by {@link CertifiedLineMean#enclose}
     * (integrand {@code e^(l (x - c))} as a Dual and on intervals; on unbounded tails its growth
     * {@code e^(l (x - c)) <= e^(|l| |c|) e^(|l| |x|)}, which CertifiedLineMean turns into a
     * Chernoff bound through certified closed-form cgfs only), and
     * {@code K(l) = log I - l (E X - c)} with the certified mean. Null unless both ends are finite
     * (a divergent or unbounded enclosure gives no value, never {@code +inf}). The interval l is
     * kept as an interval in the integrand, so the result contains K at every l of it.
     *
     * Requires: p != null, l != null.
     * Ensures: result == null || result contains log E exp(l (X - E X)) for every l in the interval.
     */
    static Interval byQuadrature(LineLaw p, Interval l, Function<LineLaw, Interval> mean) {
        if (!l.isFinite() || CertifiedPairQuadrature.model(p) == null) {
            return null;
        }
        Interval m = mean.apply(p);
        if (m == null || !m.isFinite()) {
            return null;
        }
        double c = m.mid();
        if (!Double.isFinite(c)) {
            return null;
        }
        Interval ci = Interval.of(c);
        Interval k = l.abs();
        double cc = k.mul(Interval.of(Math.abs(c))).exp().hi();
        double kk = k.hi();
        CertifiedLineMean.Growth growth = t -> Double.isFinite(cc) && Double.isFinite(kk)
                ? new double[] {cc, 0, kk} : null;
        Interval i = CertifiedLineMean.enclose(p,
                x -> x.sub(Dual.constant(ci)).mul(Dual.constant(l)).exp(),
                x -> x.sub(ci).mul(l).exp(), growth);
        if (i == null || !i.isFinite()) {
            return null;
        }
        // E e^(l(X - c)) > 0: the lower end of the enclosure is raised to the least positive
        // double only for the logarithm's domain; a non-positive lower end makes log's end -inf
        Interval logI = i.lo() > 0 ? i.log() : null;
        if (logI == null || !logI.isFinite()) {
            return null;
        }
        Interval v = logI.sub(l.mul(m.sub(ci)));
        return v.isFinite() ? v : null;
    }

    /** The closed-form routes of {@link #cgf} only (no quadrature), or null. */
    static Interval closed(LineLaw p, Interval l, Function<LineLaw, Interval> mean) {
        if (l.isPoint() && l.lo() == 0.0) {
            Interval m = mean.apply(p);
            return m != null && m.isFinite() ? Interval.ZERO : null;
        }
        if (p instanceof FamilyLaw f) {
            return family(f, l);
        }
        if (p instanceof TiltedLaw t) {
            return CertifiedTilt.centredCgf(t, l);
        }
        if (p instanceof MaxLaw m && m.base() instanceof FamilyLaw b) {
            if (l.lo() > 0 && rightInfinite(b) && domain(b, l) == 0) {
                return Interval.POSITIVE_INFINITY;
            }
            if (b.family() == LineFamily.EXPONENTIAL && m.n() == Math.rint(m.n()) && m.n() <= MAX_TERMS) {
                return maxExponential(b.param(0), (long) m.n(), l);
            }
            return null;
        }
        if (p instanceof MixtureLaw x) {
            Interval w = x.weightEnclosure();
            Interval k1 = cgf(x.first(), l, mean);
            Interval k2 = cgf(x.second(), l, mean);
            Interval m1 = mean.apply(x.first());
            Interval m2 = mean.apply(x.second());
            if (k1 == null || k2 == null || m1 == null || m2 == null || !m1.isFinite() || !m2.isFinite()) {
                return null;
            }
            if (k1.lo() == Double.POSITIVE_INFINITY && !x.weightOne()
                    || k2.lo() == Double.POSITIVE_INFINITY && !x.weightZero()) {
                return Interval.POSITIVE_INFINITY;
            }
            if (!k1.isFinite() || !k2.isFinite()) {
                return null;
            }
            Interval d = m1.sub(m2);
            Interval u = x.complementEnclosure();
            Interval a = u.mul(k1.add(l.mul(w).mul(d)).exp());
            Interval b = w.mul(k2.sub(l.mul(u).mul(d)).exp());
            return a.add(b).log();
        }
        return null;
    }

    /** 1 inside the mgf's domain for every l of the interval, 0 certainly outside, -1 undecided. */
    static int domain(FamilyLaw f, Interval l) {
        Interval edge;
        switch (f.family()) {
            case NORMAL:
            case UNIFORM:
            case BETA:
                return 1;
            case EXPONENTIAL:
                edge = Interval.of(f.param(0));
                return l.hi() < edge.lo() ? 1 : l.lo() >= edge.hi() ? 0 : -1;
            case GAMMA:
            case GUMBEL:
                edge = Interval.ONE.div(Interval.of(f.param(1)));
                return l.hi() < edge.lo() ? 1 : l.lo() >= edge.hi() ? 0 : -1;
            case LAPLACE:
            case LOGISTIC:
                edge = Interval.ONE.div(Interval.of(f.param(1)));
                return l.abs().hi() < edge.lo() ? 1 : l.lo() >= edge.hi() || l.hi() <= -edge.hi() ? 0 : -1;
            case PARETO:
                return l.hi() <= 0 ? 1 : l.lo() > 0 ? 0 : -1;
            default:
                return -1;
        }
    }

    /** Whether the mgf of the family is infinite for some l &gt; 0 (and its mean finite). Pareto: param(1) is the shape. */
    private static boolean rightInfinite(FamilyLaw f) {
        return switch (f.family()) {
            case EXPONENTIAL, GAMMA, GUMBEL, LAPLACE, LOGISTIC -> true;
            case PARETO -> f.param(1) > 1;
            default -> false;
        };
    }

    private static Interval family(FamilyLaw f, Interval l) {
        int d = domain(f, l);
        if (d == 0) {
            return f.family() == LineFamily.PARETO && !(f.param(1) > 1) ? null : Interval.POSITIVE_INFINITY;
        }
        if (d < 0) {
            return null;
        }
        Interval b = f.family().parameters().size() > 1 ? Interval.of(f.param(1)) : null;
        switch (f.family()) {
            case NORMAL:
                return b.sqr().mul(l.sqr()).mul(0.5);
            case EXPONENTIAL: {
                Interval u = l.div(Interval.of(f.param(0)));
                return u.neg().log1p().neg().sub(u);
            }
            case GAMMA: {
                Interval u = l.mul(b);
                return Interval.of(f.param(0)).mul(u.neg().log1p().neg().sub(u));
            }
            case LAPLACE:
                return b.sqr().mul(l.sqr()).neg().log1p().neg();
            case LOGISTIC: {
                Interval u = b.mul(l);
                return Interval.ONE.sub(u).lgamma().add(Interval.ONE.add(u).lgamma());
            }
            case GUMBEL: {
                Interval u = b.mul(l);
                return Interval.ONE.sub(u).lgamma().sub(Constants.EULER_GAMMA.mul(u));
            }
            case UNIFORM: {
                Interval h = b.sub(Interval.of(f.param(0))).mul(0.5);
                Interval x = h.mul(l).abs();
                // log(sinh x / x) is increasing in x >= 0: the hull of its values at the ends
                return logSinhc(x.lo()).hull(logSinhc(x.hi()));
            }
            default:
                return null;
        }
    }

    /** {@code log(sinh x / x)} at one x &gt;= 0, outward. */
    static Interval logSinhc(double x0) {
        if (x0 == 0.0) {
            return Interval.ZERO;
        }
        Interval x = Interval.of(x0);
        if (x0 >= 1) {
            // sinh x = e^x (1 - e^(-2x)) / 2
            return x.add(x.mul(-2).exp().neg().log1p()).sub(Constants.LN2).sub(x.log());
        }
        // sinh x / x = sum_k x^(2k)/(2k+1)!; terms decrease by x^2/((2k+2)(2k+3)) <= 1/6 here,
        // so the rest after the last term t is at most t/5
        Interval x2 = x.sqr();
        Interval term = Interval.ONE;
        Interval sum = Interval.ZERO;
        for (int k = 1; k <= 12; k++) {
            term = term.mul(x2).div((2.0 * k) * (2.0 * k + 1));
            sum = sum.add(term);
        }
        sum = sum.add(Interval.of(0, term.mul(0.2).hi()));
        return sum.log1p();
    }

    /** cgf of the max of n Exp(r) draws: the sum over k of the cgf of Exp(k r). */
    private static Interval maxExponential(double r, long n, Interval l) {
        Interval rate = Interval.of(r);
        if (l.lo() >= rate.hi()) {
            return Interval.POSITIVE_INFINITY;
        }
        if (!(l.hi() < rate.lo())) {
            return null;
        }
        Interval s = Interval.ZERO;
        for (long k = 1; k <= n; k++) {
            Interval u = l.div(rate.mul((double) k));
            s = s.add(u.neg().log1p().neg().sub(u));
        }
        return s;
    }

    /**
     * Requires: p != null; var returns a certified variance enclosure or null.
     * Ensures: result == null || result contains sup_{l on the side} 2 K(l)/l^2.
     */
    public static Interval sigma2(LineLaw p, Sigma2Side side, Function<LineLaw, Interval> var) {
        Interval inf = Interval.POSITIVE_INFINITY;
        if (p instanceof FamilyLaw f) {
            Interval b = f.family().parameters().size() > 1 ? Interval.of(f.param(1)) : null;
            switch (f.family()) {
                case NORMAL:
                    return b.sqr();
                case UNIFORM:
                    return b.sub(Interval.of(f.param(0))).sqr().div(12);
                case LAPLACE:
                case LOGISTIC:
                    return inf;
                case EXPONENTIAL:
                    return side == Sigma2Side.LEFT ? Interval.ONE.div(Interval.of(f.param(0)).sqr()) : inf;
                case GAMMA:
                    return side == Sigma2Side.LEFT ? Interval.of(f.param(0)).mul(b.sqr()) : inf;
                case GUMBEL:
                    if (side != Sigma2Side.LEFT) {
                        return inf;
                    }
                    break;
                case PARETO:
                    if (!(f.param(1) > 1)) {
                        return null; // no finite mean: cgf and sigma2 undefined
                    }
                    if (side != Sigma2Side.LEFT) {
                        return inf;
                    }
                    break;
                default:
                    break;
            }
        }
        if (side != Sigma2Side.LEFT && rightInfinite(p)) {
            return inf;
        }
        Interval v = var.apply(p);
        if (side == Sigma2Side.LEFT && p instanceof MaxLaw m && m.base() instanceof FamilyLaw b
                && b.family() == LineFamily.EXPONENTIAL && v != null) {
            // the max is a sum of independent Exp(k r) (Renyi); sigma2_left of a sum of
            // independent laws is at most the sum of theirs, each its variance (above), so it
            // is the variance of the max
            return v;
        }
        double[] support = boundedSupport(p);
        double top = Double.POSITIVE_INFINITY;
        if (support != null) {
            // Hoeffding's lemma: X in [a, b] gives K(l) <= l^2 (b - a)^2 / 8, so sigma2 <= (b - a)^2 / 4
            top = Interval.of(support[1]).sub(Interval.of(support[0])).sqr().div(4).hi();
        }
        if (v == null || !(v.lo() >= 0)) {
            return support == null ? null : Interval.of(0, top);
        }
        return Interval.of(v.lo(), Math.max(v.lo(), top));
    }

    /**
     * A certified bounded support {@code {a, b}} of the law (uniform, beta; best-of-n and tilts of
     * such a law keep its support; a mixture has the hull), or null.
     */
    static double[] boundedSupport(LineLaw p) {
        if (p instanceof FamilyLaw f) {
            return switch (f.family()) {
                case UNIFORM -> new double[] {f.param(0), f.param(1)};
                case BETA -> new double[] {0, 1};
                default -> null;
            };
        }
        if (p instanceof MaxLaw m) {
            return boundedSupport(m.base());
        }
        if (p instanceof TiltedLaw t) {
            return boundedSupport(t.base());
        }
        if (p instanceof MixtureLaw x) {
            double[] a = x.weightOne() ? null : boundedSupport(x.first());
            double[] b = x.weightZero() ? null : boundedSupport(x.second());
            if (x.weightOne()) {
                return b;
            }
            if (x.weightZero()) {
                return a;
            }
            return a == null || b == null ? null : new double[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
        }
        return null;
    }

    /** Whether E exp(l X) is infinite for some l &gt; 0 while E X is finite. */
    private static boolean rightInfinite(LineLaw p) {
        if (p instanceof FamilyLaw f) {
            return rightInfinite(f);
        }
        if (p instanceof MaxLaw m) {
            return m.base() instanceof FamilyLaw b && rightInfinite(b);
        }
        if (p instanceof TiltedLaw t) {
            // the tilt's mgf at l is E e^((l0 + l) X - K(l0)): infinite once l0 + l leaves the domain
            return CertifiedTilt.rightBounded(t);
        }
        if (p instanceof MixtureLaw x) {
            // E e^(l X) >= (1 - w) E e^(l X1) and >= w E e^(l X2); the other component must have a finite mean
            return !x.weightOne() && rightInfinite(x.first()) && finiteMeanFamily(x.second())
                    || !x.weightZero() && rightInfinite(x.second()) && finiteMeanFamily(x.first());
        }
        return false;
    }

    private static boolean finiteMeanFamily(LineLaw p) {
        return p instanceof FamilyLaw f && (f.family() != LineFamily.PARETO || f.param(1) > 1)
                || p instanceof MaxLaw m && finiteMeanFamily(m.base());
    }

    /**
     * {@code winrate(p, q) = P(X > Y) + P(X = Y)/2} for independent atomless laws (every tie rule
     * gives the same value): {@code 1/2} for equal laws; best-of-n against best-of-m of the same
     * base {@code n/(n + m)} (the base itself is n = 1); two normals {@code Phi((m1 - m2)/sqrt(s1^2
     * + s2^2))}; two exponentials {@code r2/(r1 + r2)}; two gumbels of one scale
     * {@code 1/(1 + e^(-(mu1 - mu2)/beta))} (their difference is logistic); mixtures linearly in
     * either argument. Null otherwise.
     */
    public static Interval winrate(LineLaw p, LineLaw q) {
        if (p.equals(q)) {
            return Interval.of(0.5);
        }
        LineLaw bp = p instanceof MaxLaw m ? m.base() : p;
        LineLaw bq = q instanceof MaxLaw m ? m.base() : q;
        if (bp.equals(bq)) {
            Interval n = Interval.of(p instanceof MaxLaw m ? m.n() : 1);
            Interval k = Interval.of(q instanceof MaxLaw m ? m.n() : 1);
            return n.div(n.add(k));
        }
        if (p instanceof MixtureLaw x) {
            return mixWin(x, q, true);
        }
        if (q instanceof MixtureLaw x) {
            return mixWin(x, p, false);
        }
        if (p instanceof FamilyLaw f && q instanceof FamilyLaw g && f.family() == g.family()) {
            switch (f.family()) {
                case NORMAL: {
                    Interval z = Interval.of(f.param(0)).sub(Interval.of(g.param(0)))
                            .div(Interval.of(f.param(1)).sqr().add(Interval.of(g.param(1)).sqr()).sqrt());
                    return CertifiedLineLaws.cdf(LineFamily.NORMAL.of(0, 1), z);
                }
                case EXPONENTIAL: {
                    Interval r1 = Interval.of(f.param(0));
                    Interval r2 = Interval.of(g.param(0));
                    return r2.div(r1.add(r2)).intersect(Interval.of(0, 1));
                }
                case GUMBEL:
                    if (f.param(1) == g.param(1)) {
                        Interval z = Interval.of(f.param(0)).sub(Interval.of(g.param(0))).div(Interval.of(f.param(1)));
                        return Interval.ONE.div(z.neg().exp().add(1)).intersect(Interval.of(0, 1));
                    }
                    return null;
                default:
                    return null;
            }
        }
        return null;
    }

    private static Interval mixWin(MixtureLaw x, LineLaw other, boolean first) {
        Interval a = first ? winrate(x.first(), other) : winrate(other, x.first());
        Interval b = first ? winrate(x.second(), other) : winrate(other, x.second());
        if (a == null || b == null) {
            return null;
        }
        Interval w = x.weightEnclosure();
        return x.complementEnclosure().mul(a).add(w.mul(b)).intersect(Interval.of(0, 1));
    }
}
