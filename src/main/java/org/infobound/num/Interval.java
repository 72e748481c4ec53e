package org.infobound.num;

import java.math.RoundingMode;
import org.hipparchus.fraction.BigFraction;

/**
 * An immutable closed interval {@code [lo, hi]} of extended reals, with outward rounding: every
 * operation returns an interval that contains {@code f(x)} for every point {@code x} of its
 * arguments (the fundamental theorem of interval arithmetic, Moore 1966 [1]).
 *
 * <p><b>Extended reals.</b> Bounds may be infinite; {@code [-inf, inf]} ({@link #ENTIRE}) holds
 * both infinities and {@code [inf, inf]} is {@link #POSITIVE_INFINITY}. Conventions follow
 * spec/LANGUAGE.md sections 7-8: {@code x + inf = inf}, {@code x * inf = +-inf} for x != 0,
 * {@code log 0 = -inf}, {@code exp(-inf) = 0}. When an argument interval may produce
 * {@code inf - inf}, {@code 0 * inf}, {@code 0 / 0}, {@code inf / inf}, the log or square root
 * of a negative, the operation throws {@link UndefinedValueException}. Division by an interval
 * containing 0 (numerator free of 0) returns the sound hull: with the denominator on one side of
 * 0, {@code x / 0} is the one-sided limit ({@code [1, 1] / [0, 2] = [0.5, inf]}); a denominator
 * {@code [0, 0]} or straddling 0 gives {@link #ENTIRE}. {@code -0.0} is stored as {@code 0.0}.
 *
 * <p><b>Ulp budget</b> (spec/NUMERICS.md). {@code + - * /} and {@code sqrt} are correctly
 * rounded in IEEE 754, so each bound moves at most 1 ulp outward; an error-free transformation
 * (TwoSum, fma) keeps exact results exact. {@code exp, log, log1p, expm1} use
 * {@link StrictMath} (fdlibm, error below 1 ulp), and each bound moves 2 ulps outward, except
 * at points where the value is exact ({@code exp 0 = 1}, {@code log 1 = 0}, infinities).
 * {@code pow(int)} is repeated directed multiplication (1 ulp per step); {@code pow(Interval)}
 * is {@code exp(y log x)} over the above. Decimal and rational inputs are enclosed by exact
 * comparison (the tightest pair of doubles). {@code lgamma}, {@code digamma},
 * {@link #harmonic(long)} use asymptotic series with explicit remainder bounds (DLMF 5.11);
 * {@code log2} and {@code xlogx} compose the above. Backed by IntervalReferenceTest (mpmath,
 * 50 digits), IntervalPropertyTest (exact BigDecimal and 80-digit Dfp references) and
 * SpecialFunctionTest.
 *
 * <p>References: [1] R. E. Moore, Interval Analysis, 1966. [2] IEEE 754-2008, section 4.3.
 * [3] S. Boldo, S. Graillat, J.-M. Muller, On the robustness of the 2Sum and Fast2Sum
 * algorithms, ACM TOMS 44(1), 2017. [4] fdlibm 5.3, accuracy comments of e_exp.c, e_log.c,
 * s_log1p.c, s_expm1.c ("error always less than 1 ulp").
 */
public final class Interval {

    /** Ulps each bound of a StrictMath elementary function is widened by. */
    static final int ELEMENTARY_ULPS = 2;

    private static final double INF = Double.POSITIVE_INFINITY;

    /** {@code [0, 0]}. */
    public static final Interval ZERO = new Interval(0.0, 0.0);
    /** {@code [1, 1]}. */
    public static final Interval ONE = new Interval(1.0, 1.0);
    /** {@code [-inf, inf]}, both infinities included. */
    public static final Interval ENTIRE = new Interval(-INF, INF);
    /** {@code [0, inf]}. */
    public static final Interval NONNEGATIVE = new Interval(0.0, INF);
    /** {@code [inf, inf]}. */
    public static final Interval POSITIVE_INFINITY = new Interval(INF, INF);

    private final double lo;
    private final double hi;

    private Interval(double lo, double hi) {
        assert lo <= hi : "[" + lo + ", " + hi + "]";
        this.lo = lo + 0.0;
        this.hi = hi + 0.0;
    }

    /**
     * The point interval {@code [x, x]}.
     *
     * Requires: !Double.isNaN(x).
     * Ensures: result.lo() == x && result.hi() == x.
     * Throws IllegalArgumentException when Double.isNaN(x).
     */
    public static Interval of(double x) {
        return of(x, x);
    }

    /**
     * The interval {@code [lo, hi]}.
     *
     * Requires: !Double.isNaN(lo) && !Double.isNaN(hi) && lo <= hi.
     * Ensures: result.lo() == lo && result.hi() == hi.
     * Throws IllegalArgumentException when Double.isNaN(lo) || Double.isNaN(hi) || lo > hi.
     */
    public static Interval of(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new IllegalArgumentException("interval bound is NaN: [" + lo + ", " + hi + "]");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("interval bounds out of order: [" + lo + ", " + hi + "]");
        }
        return new Interval(lo, hi);
    }

    /**
     * The tightest interval of doubles containing the rational {@code q} (a point iff q is a
     * double); beyond the double range, {@code [MAX_VALUE, inf]} or {@code [0, MIN_VALUE]}.
     *
     * Requires: q != null.
     * Ensures: result.lo() <= q <= result.hi(), no narrower pair of doubles does.
     * Throws IllegalArgumentException when q == null.
     */
    public static Interval of(BigFraction q) {
        if (q == null) {
            throw new IllegalArgumentException("rational is null");
        }
        return Decimals.enclose(q);
    }

    /**
     * The tightest interval of doubles containing the exact value of a decimal literal, e.g.
     * {@code "0.1"} or {@code "1e-9"} (Java {@link java.math.BigDecimal} syntax).
     *
     * Requires: s != null && s is a BigDecimal literal.
     * Ensures: result.lo() <= value(s) <= result.hi(), no narrower pair does.
     * Throws IllegalArgumentException when s == null || !s is a BigDecimal literal.
     */
    public static Interval ofDecimal(String s) {
        return Decimals.enclose(Decimals.parse(s));
    }

    /** The lower bound (never NaN, never {@code -0.0}). */
    public double lo() {
        return lo;
    }

    /** The upper bound (never NaN, never {@code -0.0}). */
    public double hi() {
        return hi;
    }

    /**
     * A double in the interval near its centre: {@code lo/2 + hi/2}, {@code 0} for
     * {@link #ENTIRE}, {@code +-MAX_VALUE} for a half-infinite interval, the bound of a point.
     *
     * Ensures: lo() <= result && result <= hi().
     */
    public double mid() {
        if (lo == hi) {
            return lo;
        }
        if (lo == -INF && hi == INF) {
            return 0.0;
        }
        if (lo == -INF) {
            return -Double.MAX_VALUE;
        }
        if (hi == INF) {
            return Double.MAX_VALUE;
        }
        return Math.min(Math.max(0.5 * lo + 0.5 * hi, lo), hi);
    }

    /**
     * {@code hi - lo} rounded up; {@code 0} for a point (also {@code [inf, inf]}).
     *
     * Ensures: result >= hi() - lo() && result >= 0.
     */
    public double width() {
        return lo == hi ? 0.0 : Round.addUp(hi, -lo);
    }

    /** Whether {@code lo <= x <= hi} ({@code false} for NaN). */
    public boolean contains(double x) {
        return lo <= x && x <= hi;
    }

    /**
     * Whether {@code o} is a subset of this interval.
     *
     * Requires: o != null.
     */
    public boolean contains(Interval o) {
        return lo <= o.lo && o.hi <= hi;
    }

    /**
     * Whether the intervals share a point.
     *
     * Requires: o != null.
     */
    public boolean intersects(Interval o) {
        return lo <= o.hi && o.lo <= hi;
    }

    /** Whether {@code lo == hi}. */
    public boolean isPoint() {
        return lo == hi;
    }

    /** Whether both bounds are finite. */
    public boolean isFinite() {
        return Double.isFinite(lo) && Double.isFinite(hi);
    }

    /**
     * Whether every point is below every point of {@code o}: {@code hi < o.lo}.
     *
     * Requires: o != null.
     */
    public boolean certainlyLess(Interval o) {
        return hi < o.lo;
    }

    /**
     * Whether every point is at most every point of {@code o}: {@code hi <= o.lo}.
     *
     * Requires: o != null.
     */
    public boolean certainlyLessOrEqual(Interval o) {
        return hi <= o.lo;
    }

    /**
     * The sum, rounded outward.
     *
     * Requires: o != null.
     * Ensures: (for every x, y with contains(x) && o.contains(y), result.contains(x + y)).
     * Throws UndefinedValueException when (lo == -inf && o.hi == inf) || (hi == inf && o.lo ==
     *     -inf).
     */
    public Interval add(Interval o) {
        return Arith.add(this, o);
    }

    /**
     * The difference {@code this - o}, rounded outward.
     *
     * Requires: o != null.
     * Ensures: (for every x, y with contains(x) && o.contains(y), result.contains(x - y)).
     * Throws UndefinedValueException when (lo == -inf && o.lo == -inf) || (hi == inf && o.hi ==
     *     inf).
     */
    public Interval sub(Interval o) {
        return Arith.add(this, o.neg());
    }

    /**
     * The product, rounded outward.
     *
     * Requires: o != null.
     * Ensures: (for every x, y with contains(x) && o.contains(y), result.contains(x * y)).
     * Throws UndefinedValueException when contains(0) && !o.isFinite() || o.contains(0) &&
     *     !isFinite().
     */
    public Interval mul(Interval o) {
        return Arith.mul(this, o);
    }

    /**
     * The quotient, rounded outward. A denominator containing 0 (numerator free of 0) gives the
     * one-sided hull described in the class comment, or {@link #ENTIRE}.
     *
     * Requires: o != null.
     * Ensures: (for every x, y with contains(x) && o.contains(y) && y != 0, result.contains(x /
     *     y)).
     * Throws UndefinedValueException when contains(0) && o.contains(0) || !isFinite() &&
     *     !o.isFinite().
     */
    public Interval div(Interval o) {
        return Arith.div(this, o);
    }

    /**
     * {@code add(of(x))}.
     *
     * Requires: !Double.isNaN(x).
     */
    public Interval add(double x) {
        return add(of(x));
    }

    /**
     * {@code sub(of(x))}.
     *
     * Requires: !Double.isNaN(x).
     */
    public Interval sub(double x) {
        return sub(of(x));
    }

    /**
     * {@code mul(of(x))}.
     *
     * Requires: !Double.isNaN(x).
     */
    public Interval mul(double x) {
        return mul(of(x));
    }

    /**
     * {@code div(of(x))}.
     *
     * Requires: !Double.isNaN(x).
     */
    public Interval div(double x) {
        return div(of(x));
    }

    /**
     * {@code [-hi, -lo]} (exact).
     *
     * Ensures: result.lo() == -hi() && result.hi() == -lo().
     */
    public Interval neg() {
        return Arith.neg(this);
    }

    /**
     * {@code {|x|}} (exact).
     *
     * Ensures: (for every x with contains(x), result.contains(Math.abs(x))).
     */
    public Interval abs() {
        if (lo >= 0) {
            return this;
        }
        return hi <= 0 ? neg() : new Interval(0.0, Math.max(-lo, hi));
    }

    /**
     * {@code {x^2}}, tighter than {@code mul(this)} when the interval straddles 0.
     *
     * Ensures: (for every x with contains(x), result.contains(x * x)).
     */
    public Interval sqr() {
        return Arith.powPositive(this, 2);
    }

    /**
     * {@code x^k}; {@code x^0 = 1} for every x (also 0 and inf, as {@link Math#pow}); a negative
     * k is {@code 1 / x^-k} (so an argument containing 0 gives a one-sided hull or ENTIRE).
     *
     * Ensures: (for every x with contains(x), result.contains(x^k)).
     */
    public Interval pow(int k) {
        if (k == 0) {
            return ONE;
        }
        return k > 0 ? Arith.powPositive(this, k) : ONE.div(Arith.powPositive(this, -(long) k));
    }

    /**
     * {@code x^y = exp(y log x)} for x >= 0, 2 + 2 ulps per StrictMath step; a point integer
     * y is {@link #pow(int)} (any sign of x). Indeterminate {@code 0^0, 1^inf, inf^0} reached
     * by a non-integer or non-point y are undefined.
     *
     * Requires: y != null.
     * Ensures: (for every a, b with contains(a) && y.contains(b), result.contains(a^b)).
     * Throws UndefinedValueException when base < 0 with non-integer y, or indeterminate.
     */
    public Interval pow(Interval y) {
        return Elementary.pow(this, y);
    }

    /**
     * {@code sqrt}, correctly rounded then directed (1 ulp).
     *
     * Ensures: (for every x with contains(x), result.contains(Math.sqrt(x))).
     * Throws UndefinedValueException when lo() < 0.
     */
    public Interval sqrt() {
        return Elementary.sqrt(this);
    }

    /**
     * {@code exp}, StrictMath + 2 ulps; {@code exp(-inf) = 0}.
     *
     * Ensures: (for every x with contains(x), result.contains(Math.exp(x))).
     */
    public Interval exp() {
        return Elementary.exp(this);
    }

    /**
     * {@code log} (natural), StrictMath + 2 ulps; {@code log 0 = -inf}.
     *
     * Ensures: (for every x with contains(x), result.contains(Math.log(x))).
     * Throws UndefinedValueException when lo() < 0.
     */
    public Interval log() {
        return Elementary.log(this);
    }

    /**
     * {@code log(1 + x)}, StrictMath + 2 ulps; {@code log1p(-1) = -inf}.
     *
     * Ensures: (for every x with contains(x), result.contains(Math.log1p(x))).
     * Throws UndefinedValueException when lo() < -1.
     */
    public Interval log1p() {
        return Elementary.log1p(this);
    }

    /**
     * {@code exp(x) - 1}, StrictMath + 2 ulps; {@code expm1(-inf) = -1}.
     *
     * Ensures: (for every x with contains(x), result.contains(Math.expm1(x))).
     */
    public Interval expm1() {
        return Elementary.expm1(this);
    }

    /**
     * {@code log2 x = log x / log 2}, exact at powers of two; {@code log2 0 = -inf}.
     *
     * Ensures: (for every x with contains(x), result.contains(log2(x))).
     * Throws UndefinedValueException when lo() < 0.
     */
    public Interval log2() {
        return Elementary.log2(this);
    }

    /**
     * {@code x log x} with the convention {@code 0 log 0 = 0} (the continuous extension), the
     * entropy integrand; convex with minimum {@code -1/e} at {@code 1/e}.
     *
     * Ensures: (for every x with contains(x), result.contains(x == 0 ? 0 : x * Math.log(x))).
     * Throws UndefinedValueException when lo() < 0.
     */
    public Interval xlogx() {
        return Elementary.xlogx(this);
    }

    /**
     * {@code log Gamma(x)} for x >= 0 ({@code lgamma(0) = inf}), by Stirling's series with its
     * remainder bound for x >= 10 and the recurrence below; decreasing on (0, x0], increasing
     * on [x0, inf), x0 = {@link Constants#LGAMMA_ARGMIN} (DLMF 5.11, 5.5.1).
     *
     * Requires: lo() >= 0.
     * Ensures: (for every x with contains(x), result.contains(lgamma(x))).
     * Throws IllegalArgumentException when lo() < 0.
     */
    public Interval lgamma() {
        requireNonnegative("lgamma");
        return Gamma.lgamma(this);
    }

    /**
     * The digamma function {@code psi = Gamma'/Gamma} for x >= 0 ({@code psi(0) = -inf}),
     * increasing; asymptotic series with remainder bound for x >= 10 and the recurrence below.
     *
     * Requires: lo() >= 0.
     * Ensures: (for every x with contains(x), result.contains(digamma(x))).
     * Throws IllegalArgumentException when lo() < 0.
     */
    public Interval digamma() {
        requireNonnegative("digamma");
        return Gamma.digamma(this);
    }

    /**
     * The harmonic number {@code H_n = sum_{k=1}^n 1/k} ({@code H_0 = 0}): exact rational
     * for n <= 100, else {@code psi(n) + 1/n + gamma} from the series with remainder bound.
     *
     * Requires: n >= 0.
     * Ensures: result contains H_n.
     * Throws IllegalArgumentException when n < 0.
     */
    public static Interval harmonic(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("harmonic: n must be >= 0, got " + n);
        }
        return Gamma.harmonic(n);
    }

    /** {@link #harmonic(long)} for an integer of any size (asymptotic series with remainder bound). */
    public static Interval harmonic(java.math.BigInteger n) {
        if (n.signum() < 0) {
            throw new IllegalArgumentException("harmonic: n must be >= 0, got " + n);
        }
        return Gamma.harmonic(n);
    }

    /**
     * An enclosure of {@code log q} for an exact rational {@code q > 0} of any size: near 1 it is
     * {@code log1p(q - 1)} with {@code q - 1} exact; otherwise {@code q = r 2^k} with r in
     * (1/2, 2) exact, {@code log r + k log 2}. Unlike {@code of(q).log()} it stays tight where
     * q is not a normal double ({@code log(1e-330)}, {@code log(1 + 1e-16)}).
     */
    public static Interval logOf(BigFraction q) {
        if (q.signum() <= 0) {
            throw new IllegalArgumentException("logOf: q must be > 0, got " + q);
        }
        BigFraction d = q.subtract(BigFraction.ONE);
        if (d.abs().compareTo(new BigFraction(1, 4)) < 0) {
            return of(d).log1p();
        }
        int k = q.getNumerator().bitLength() - q.getDenominator().bitLength();
        BigFraction r = k >= 0 ? q.divide(java.math.BigInteger.ONE.shiftLeft(k))
                : q.multiply(java.math.BigInteger.ONE.shiftLeft(-k));
        return of(r).log().add(Constants.LN2.mul(of(k)));
    }

    private void requireNonnegative(String operation) {
        if (lo < 0) {
            throw new IllegalArgumentException(operation + ": argument must be >= 0, got " + this);
        }
    }

    /**
     * {@code {min(x, y)}} = {@code [min lo, min hi]} (exact).
     *
     * Requires: o != null.
     */
    public Interval min(Interval o) {
        return new Interval(Math.min(lo, o.lo), Math.min(hi, o.hi));
    }

    /**
     * {@code {max(x, y)}} = {@code [max lo, max hi]} (exact).
     *
     * Requires: o != null.
     */
    public Interval max(Interval o) {
        return new Interval(Math.max(lo, o.lo), Math.max(hi, o.hi));
    }

    /**
     * The smallest interval containing both (exact).
     *
     * Requires: o != null.
     * Ensures: result.contains(this) && result.contains(o).
     */
    public Interval hull(Interval o) {
        return new Interval(Math.min(lo, o.lo), Math.max(hi, o.hi));
    }

    /**
     * The common part (exact); there is no empty interval, so disjoint arguments are an error.
     *
     * Requires: o != null && intersects(o).
     * Ensures: result.lo() == Math.max(lo(), o.lo()) && result.hi() == Math.min(hi(), o.hi()).
     * Throws IllegalArgumentException when o != null && !intersects(o).
     */
    public Interval intersect(Interval o) {
        if (!intersects(o)) {
            throw new IllegalArgumentException("intervals are disjoint: " + this + " and " + o);
        }
        return new Interval(Math.max(lo, o.lo), Math.min(hi, o.hi));
    }

    boolean containsZero() {
        return lo <= 0 && 0 <= hi;
    }

    boolean hasInfiniteBound() {
        return Double.isInfinite(lo) || Double.isInfinite(hi);
    }

    /** For bounds the package has computed ({@code lo <= hi}, no NaN; asserted in tests). */
    static Interval unchecked(double lo, double hi) {
        return new Interval(lo, hi);
    }

    /** Printed with 14 significant digits, outward: {@code [0.13081203737870, 0.13081203737871]}. */
    @Override
    public String toString() {
        return "[" + Decimals.format(lo, RoundingMode.FLOOR) + ", "
                + Decimals.format(hi, RoundingMode.CEILING) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interval && ((Interval) o).lo == lo && ((Interval) o).hi == hi;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(lo) + Double.hashCode(hi);
    }
}
