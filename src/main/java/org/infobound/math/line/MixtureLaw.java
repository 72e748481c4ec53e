package org.infobound.math.line;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.random.RandomGenerator;
import org.infobound.num.Interval;
import org.infobound.num.Rationals;

/**
 * The mixture {@code (1 - w) P + w Q} of two laws on the line: density {@code (1-w) p + w q},
 * cdf {@code (1-w) F_P + w F_Q}. The quantile is found by Brent's method on the cdf between
 * the two component quantiles (accuracy 1e-14 relative). The support is the hull of the two
 * supports (the density may vanish on a gap inside it).
 *
 * <p>The weight is exact: a double, or an exact rational that is not one ({@code 1/3},
 * {@code 10^-400}, {@code 1/2 - 10^-30}). The float methods use its nearest double
 * {@link #weight()} (a search hint: {@code 10^-400} is 0.0 there); certified routes use
 * {@link #weightEnclosure()} and {@link #complementEnclosure()} (the tight enclosures of the
 * exact w and 1 - w) and decide a vanishing component by {@link #weightZero()} and
 * {@link #weightOne()} (exact comparisons), never by the double.
 */
public final class MixtureLaw implements LineLaw {

    private final LineLaw p;
    private final LineLaw q;
    private final double w;
    /** The exact weight when it is not the double w (null: w is exact). */
    private final BigFraction exactW;

    /**
     * Requires: p != null && q != null && 0 <= w && w <= 1.
     * Throws IllegalArgumentException when p == null || q == null || !(0 <= w && w <= 1).
     */
    /** The mixture {@code (1 - w) p + w q}. */
    public MixtureLaw(LineLaw p, LineLaw q, double w) {
        this.p = Checks.notNull("first component", p);
        this.q = Checks.notNull("second component", q);
        Checks.probability("mixture weight w", w);
        this.w = w;
        this.exactW = null;
    }

    /**
     * Requires: p != null && q != null && w != null && 0 <= w && w <= 1 (exactly).
     * Throws IllegalArgumentException otherwise.
     */
    /** The mixture {@code (1 - w) p + w q} with an exact rational weight. */
    public MixtureLaw(LineLaw p, LineLaw q, BigFraction w) {
        this.p = Checks.notNull("first component", p);
        this.q = Checks.notNull("second component", q);
        Checks.notNull("mixture weight w", w);
        if (w.signum() < 0 || w.compareTo(BigFraction.ONE) > 0) {
            throw new IllegalArgumentException("mixture weight w must be in [0, 1], got " + w);
        }
        double d = Rationals.toDouble(w);
        this.w = d;
        // rounding is monotone: 0 <= w <= 1 gives 0 <= d <= 1
        this.exactW = Rationals.of(d).compareTo(w) == 0 ? null : w;
    }

    /** The first component (weight 1 - w). */
    public LineLaw first() {
        return p;
    }

    /** The second component (weight w). */
    public LineLaw second() {
        return q;
    }

    /** The nearest double to the weight w of the second component (exact unless {@link #exactWeight()} differs). */
    public double weight() {
        return w;
    }

    /** The exact weight w. */
    public BigFraction exactWeight() {
        return exactW != null ? exactW : Rationals.of(w);
    }

    /** Whether the weight is exactly a double (then {@link #weight()} is the weight itself). */
    public boolean weightIsDouble() {
        return exactW == null;
    }

    /** A certified enclosure of w (the point w when it is a double). */
    public Interval weightEnclosure() {
        return exactW == null ? Interval.of(w) : Interval.of(exactW);
    }

    /** A certified enclosure of {@code 1 - w}, from the exact rational (no cancellation at w near 1). */
    public Interval complementEnclosure() {
        if (exactW == null) {
            // 1 - w of a double w in [0, 1] is computed exactly when w >= 1/2 (Sterbenz); else enclose
            return Interval.ONE.sub(Interval.of(w));
        }
        return Interval.of(BigFraction.ONE.subtract(exactW));
    }

    /** Whether w = 0 exactly (the second component carries no mass). */
    public boolean weightZero() {
        return exactW == null ? w == 0.0 : exactW.signum() == 0;
    }

    /** Whether w = 1 exactly (the first component carries no mass). */
    public boolean weightOne() {
        return exactW == null ? w == 1.0 : exactW.compareTo(BigFraction.ONE) == 0;
    }

    @Override
    public double cdf(double x) {
        return (1 - w) * p.cdf(x) + w * q.cdf(x);
    }

    @Override
    public double survival(double x) {
        return (1 - w) * p.survival(x) + w * q.survival(x);
    }

    @Override
    public double density(double x) {
        return (1 - w) * p.density(x) + w * q.density(x);
    }

    @Override
    public double logDensity(double x) {
        double a = w == 1.0 ? Double.NEGATIVE_INFINITY : Math.log1p(-w) + p.logDensity(x);
        double b = w == 0.0 ? Double.NEGATIVE_INFINITY : Math.log(w) + q.logDensity(x);
        return LogSum.of(a, b);
    }

    @Override
    public double quantile(double u) {
        Checks.probability("quantile level u", u);
        double a = Math.min(p.quantile(u), q.quantile(u));
        double b = Math.max(p.quantile(u), q.quantile(u));
        if (u == 0.0 || u == 1.0 || a == b) {
            return u == 0.0 ? supportLower() : u == 1.0 ? supportUpper() : a;
        }
        double x = new BrentSolver(1e-14, 1e-300).solve(1000, t -> cdf(t) - u, a, b);
        double fx = cdf(x);
        if (fx != u && density(x) > 0) {
            return x;
        }
        // F(x) == u in doubles (Brent stops at any exact zero) or x in a gap between the
        // components' supports: the cdf may be flat there (1/2 on the gap of
        // mix(pareto(2, 10), uniform(-1/16, -7/128), 1/2); within rounding of u =
        // 1/1024 from 1 to 20 for mix(gamma(16, 32), beta(1, 8), 1/1024)), and the quantile is
        // the infimum of {F >= u}: unless F(x - d) < u already, bisection keeping F(lo) < u <= F(hi)
        double d = 1e-12 * Math.abs(x) + 1e-300;
        if (fx >= u && cdf(x - d) < u) {
            return x;
        }
        if (cdf(a) >= u) {
            return a;
        }
        double lo = a;
        double hi = fx >= u ? x : b;
        for (int i = 0; i < 2200; i++) {
            double mid = lo + 0.5 * (hi - lo);
            if (!(mid > lo && mid < hi)) {
                break;
            }
            if (cdf(mid) >= u) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    @Override
    public double supportLower() {
        return Math.min(p.supportLower(), q.supportLower());
    }

    @Override
    public double supportUpper() {
        return Math.max(p.supportUpper(), q.supportUpper());
    }

    @Override
    public double mean() {
        return (1 - w) * p.mean() + w * q.mean();
    }

    @Override
    public double variance() {
        double m = mean();
        double mp = p.mean() - m;
        double mq = q.mean() - m;
        return (1 - w) * (p.variance() + mp * mp) + w * (q.variance() + mq * mq);
    }

    @Override
    public double sample(RandomGenerator rng) {
        Checks.notNull("rng", rng);
        return rng.nextDouble() < w ? q.sample(rng) : p.sample(rng);
    }

    @Override
    public String describe() {
        return "mixture(" + p.describe() + ", " + q.describe() + ", w = "
                + (exactW == null ? String.valueOf(w) : Rationals.text(exactW)) + ")";
    }

    /** Same components and the same weight. */
    @Override
    public boolean equals(Object o) {
        return o instanceof MixtureLaw m && Double.compare(m.weight(), weight()) == 0
                && (m.exactW == null && exactW == null || m.exactWeight().equals(exactWeight()))
                && m.first().equals(first()) && m.second().equals(second());
    }

    @Override
    public int hashCode() {
        return (first().hashCode() * 31 + second().hashCode()) * 31 + Double.hashCode(weight());
    }

    @Override
    public String toString() {
        return describe();
    }
}
