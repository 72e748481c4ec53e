package org.infobound.engine.eval;

import java.nio.file.Path;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.RelOp;
import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.EmpiricalSamples;
import org.infobound.math.discrete.LawFormatException;
import org.infobound.math.discrete.Ties;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.math.line.LineLaw;
import org.infobound.num.Interval;
import org.infobound.num.UndefinedValueException;

/**
 * The certified route: outward-rounded {@link Interval}s over the exact instance. A relation is
 * TRUE or FALSE only when the enclosures decide it; otherwise UNKNOWN. An operation whose
 * enclosure may be undefined reports {@link Undefined}. Laws on the line are certified only
 * through {@link CertLine}'s closed forms; anything else is {@link Uncertified}.
 */
final class CertBackend implements Backend<Interval, CertLaw> {

    @Override
    public boolean certified() {
        return true;
    }

    @Override
    public boolean isNum(Object o) {
        return o instanceof Interval;
    }

    @Override
    public boolean isLaw(Object o) {
        return o instanceof CertLaw;
    }

    @Override
    public Interval num(BigFraction q) {
        return Interval.of(q);
    }

    @Override
    public Interval num(double x) {
        return Interval.of(x);
    }

    private static Interval u(java.util.function.Supplier<Interval> f, String what) {
        try {
            return f.get();
        } catch (UndefinedValueException e) {
            throw new Undefined(what);
        }
    }

    /**
     * While set, arithmetic reads an interval as the set of reals it bounds, an infinite end as
     * a bound that is not attained (IEEE 1788 set-based): {@code 0 * inf} of end products is 0,
     * {@code inf - inf} and {@code 0/0}, {@code inf/inf} of such sets give {@link Interval#ENTIRE}
     * instead of undefined. Used only by {@link #onRealSets} for the end pieces of certified
     * Df quadrature, where {@code [0, x]} stands for the ratios (0, x] (t log t there is
     * [-inf, 0], not undefined: no real ratio is 0). Domain errors (log of a negative) stay.
     */
    private boolean realSets;

    /** Evaluates {@code f} with the set-based reading of {@link #realSets}. */
    <T> T onRealSets(java.util.function.Supplier<T> f) {
        boolean saved = realSets;
        realSets = true;
        try {
            return f.get();
        } finally {
            realSets = saved;
        }
    }

    @Override
    public Interval add(Interval a, Interval b) {
        if (realSets) {
            try {
                return a.add(b);
            } catch (UndefinedValueException e) {
                return Interval.ENTIRE;
            }
        }
        return u(() -> a.add(b), "inf - inf");
    }

    @Override
    public Interval sub(Interval a, Interval b) {
        return add(a, b.neg());
    }

    @Override
    public Interval mul(Interval a, Interval b) {
        if (realSets) {
            return org.infobound.math.line.CertifiedBonDf.mulSets(a, b);
        }
        return u(() -> a.mul(b), "0 * inf");
    }

    @Override
    public Interval div(Interval a, Interval b) {
        if (b.lo() == 0 && b.hi() == 0) {
            // x / 0 has no value (spec/LANGUAGE.md section 8)
            throw new Undefined("division by zero");
        }
        if (realSets) {
            try {
                return a.div(b);
            } catch (UndefinedValueException e) {
                return Interval.ENTIRE;
            }
        }
        return u(() -> a.div(b), "0 / 0 or inf / inf");
    }

    @Override
    public Interval neg(Interval a) {
        return a.neg();
    }

    @Override
    public Interval pow(Interval a, Interval b) {
        if (a.lo() == 0 && a.hi() == 0 && b.hi() < 0) {
            throw new Undefined("0 to a negative power");
        }
        return u(() -> a.pow(b), "power " + a + " ^ " + b);
    }

    @Override
    public Interval powInt(Interval a, long k) {
        if (a.lo() == 0 && a.hi() == 0 && k < 0) {
            throw new Undefined("0 to a negative power");
        }
        if (Math.abs(k) > Integer.MAX_VALUE) {
            return pow(a, Interval.of((double) k));
        }
        return u(() -> a.pow((int) k), "power");
    }

    /**
     * log, log2, sqrt, lgamma and digamma of an exact {@code q > 0} outside the normal doubles,
     * from q itself ({@link Interval#logOf}; the enclosure of q would be {@code [0, 2^-1074]} or
     * {@code [MAX, inf]}): {@code lgamma(q) = lgamma(1 + q) - log q}, {@code digamma(q) =
     * digamma(1 + q) - 1/q} (DLMF 5.5.1, 5.5.2) with {@code 1 + q} and {@code 1/q} enclosed from
     * the exact rationals; for a huge q, {@code lgamma} and {@code digamma} go to the interval
     * functions of its enclosure (sound, one-sided).
     */
    @Override
    public Interval applyExact(String fn, org.hipparchus.fraction.BigFraction q) {
        boolean tiny = q.compareTo(org.hipparchus.fraction.BigFraction.ONE) < 0;
        switch (fn) {
            case "log":
                return Interval.logOf(q);
            case "log2":
                return Interval.logOf(q).div(Interval.of(2).log());
            case "sqrt": {
                // r = sqrt(q) to 40 digits (relative error < 1e-39), widened by 1e-38 both ways
                java.math.MathContext mc = new java.math.MathContext(40);
                java.math.BigDecimal r = new java.math.BigDecimal(q.getNumerator())
                        .divide(new java.math.BigDecimal(q.getDenominator()), mc).sqrt(mc);
                java.math.BigDecimal eps = r.movePointLeft(38);
                return Interval.of(Evaluator.exactDecimal(r.subtract(eps)))
                        .hull(Interval.of(Evaluator.exactDecimal(r.add(eps))));
            }
            case "lgamma":
                return tiny ? Interval.of(q.add(1)).lgamma().sub(Interval.logOf(q)) : null;
            case "digamma":
                return tiny ? Interval.of(q.add(1)).digamma().sub(Interval.of(q.reciprocal())) : null;
            default:
                return null;
        }
    }

    @Override
    public Interval apply(String fn, Interval x) {
        switch (fn) {
            case "sqrt":
                return u(x::sqrt, "sqrt of a negative");
            case "exp":
                return x.exp();
            case "log":
                return u(x::log, "log of a negative");
            case "log2":
                return u(() -> x.log().div(Interval.of(2).log()), "log2 of a negative");
            case "log1p":
                return u(x::log1p, "log1p below -1");
            case "expm1":
                return x.expm1();
            case "abs":
                return x.abs();
            case "lgamma":
            case "digamma":
                if (x.hi() <= 0) {
                    throw new Undefined(fn + " at a non-positive argument");
                }
                if (x.lo() <= 0) {
                    // 0 (undefined) and tiny positive values are not told apart by the enclosure
                    throw new Uncertified(fn + " of an argument whose enclosure touches 0");
                }
                return fn.equals("lgamma") ? x.lgamma() : x.digamma();
            case "floor":
                return Interval.of(Math.floor(x.lo()), Math.floor(x.hi()));
            case "ceil":
                return Interval.of(Math.ceil(x.lo()), Math.ceil(x.hi()));
            default:
                throw new Uncertified(fn);
        }
    }

    @Override
    public Interval min(Interval a, Interval b) {
        return a.min(b);
    }

    @Override
    public Interval max(Interval a, Interval b) {
        return a.max(b);
    }

    @Override
    public Interval pi() {
        return Interval.of(Math.PI, Math.nextUp(Math.PI));
    }

    @Override
    public Interval harmonic(long n) {
        if (n < 0) {
            throw new EvalFailure("harmonic of a negative integer");
        }
        // exact rational sum up to 100, then the asymptotic series with its remainder bound
        // (spec/NUMERICS.md, special functions)
        return Interval.harmonic(n);
    }

    @Override
    public Interval harmonic(java.math.BigInteger n) {
        if (n.signum() < 0) {
            throw new EvalFailure("harmonic of a negative integer");
        }
        return Interval.harmonic(n);
    }

    /**
     * {@code x^y} from the exact rationals: {@code exp(y log x)} with {@code log x} enclosed from
     * the exact x ({@link Interval#logOf}, log1p(x - 1) near 1), so
     * {@code (1 + 1e-16)^(10^16)} is e to 15 digits, not {@code [1, 9.2]} from the enclosure
     * of the base. A negative base needs an integer y (sign by parity); for |y| < 2^31 the
     * binary-powering enclosure is intersected in.
     */
    @Override
    public Interval powExact(BigFraction x, BigFraction y) {
        if (x.signum() == 0) {
            return y.signum() > 0 ? Interval.ZERO : null;
        }
        boolean negate = false;
        if (x.signum() < 0) {
            if (!y.isInteger()) {
                return null;
            }
            negate = y.getNumerator().testBit(0);
        }
        Interval r = Interval.of(y).mul(Interval.logOf(x.abs())).exp();
        if (negate) {
            r = r.neg();
        }
        if (y.isInteger() && y.getNumerator().bitLength() < 32) {
            try {
                Interval direct = Interval.of(x).pow(y.getNumerator().intValue());
                if (direct.intersects(r)) {
                    r = r.intersect(direct);
                } else {
                    throw new InternalFailure("two enclosures of " + x + "^" + y + " are disjoint");
                }
            } catch (UndefinedValueException e) {
                // keep the log route
            }
        }
        return r;
    }

    @Override
    public Truth relate(Interval a, RelOp op, Interval b, String text) {
        return CertRelations.relate(a, op, b, text);
    }

    @Override
    public Truth approx(Interval a, Interval b, Interval tol, String text) {
        return CertRelations.approx(a, b, tol, text);
    }

    @Override
    public double estimate(Interval x) {
        return x.mid();
    }

    @Override
    public CertLaw law(BigFraction[] probs, double[] rewards) {
        return CertLaw.exact(probs, rewards);
    }

    @Override
    public CertLaw empirical(Path file, org.infobound.math.discrete.CsvColumn column) {
        try {
            // samples exactly as written: 0.1 is 1/10, enclosed, never the double 0.1 taken as exact
            EmpiricalSamples d = EmpiricalSamples.read(file, column);
            return CertLaw.exactRational(d.probs(), d.values());
        } catch (LawFormatException e) {
            throw new EvalFailure(file + ":" + e.line() + ": " + e.getMessage());
        }
    }

    @Override
    public int size(CertLaw p) {
        return p.size();
    }

    @Override
    public Interval outcomeReward(Env.Outcome o) {
        if (o.index() < 0 && lineReward != null) {
            return lineReward;
        }
        return o.law() instanceof CertLaw && o.index() >= 0 ? ((CertLaw) o.law()).rewardIv(o.index())
                : num(o.reward());
    }

    /** The reward of a law on the line as an interval while {@link #lineExpectationLower} runs. */
    private Interval lineReward;

    /**
     * {@code E(p, X)} for a family law p on the line: {@code [L, +inf]} from
     * {@link org.infobound.math.line.CertifiedLineExpectation} with X evaluated on intervals of
     * the reward ({@code x} maps an interval of r to the enclosure of X there); Uncertified for
     * other laws or where X is not certainly {@code >= 0} on the support.
     */
    Interval lineExpectationLower(LineLaw p, java.util.function.UnaryOperator<Interval> x) {
        if (!(p instanceof org.infobound.math.line.FamilyLaw f)) {
            throw new Uncertified("E(p, X) for a derived law on the line");
        }
        Interval saved = lineReward;
        try {
            Interval v = org.infobound.math.line.CertifiedLineExpectation.lowerBound(f, r -> {
                lineReward = r;
                return x.apply(r);
            });
            if (v == null) {
                throw new Uncertified("E(p, X) for a law on the line with X not certainly >= 0");
            }
            return v;
        } finally {
            lineReward = saved;
        }
    }

    /**
     * {@code E(p, X)} for a law on the line with a certified density model and cdf: the two-sided
     * enclosure of {@link org.infobound.math.line.CertifiedLineMean} (its ends may be infinite),
     * X evaluated on intervals of the reward by {@code x} and, where X is a numeric expression of r
     * alone, as a Dual by {@code xd}; null when it has none.
     */
    Interval lineExpectationTwoSided(LineLaw p, java.util.function.UnaryOperator<Interval> x,
            java.util.function.UnaryOperator<org.infobound.num.Dual> xd,
            org.infobound.math.line.CertifiedLineMean.Growth growth) {
        if (CertEnclosed.involved(p)) {
            return null;
        }
        Interval saved = lineReward;
        try {
            return org.infobound.math.line.CertifiedLineMean.enclose(p, xd, r -> {
                lineReward = r;
                return x.apply(r);
            }, growth);
        } finally {
            lineReward = saved;
        }
    }

    /**
     * {@code E(p, exp(h))} for a family law p on the line: {@code [L, +inf]} in log space
     * ({@link org.infobound.math.line.CertifiedLineExpectation#lowerBoundLog}), h given as a Dual
     * function of the reward; Uncertified for other laws.
     */
    Interval lineExpectationLowerLog(LineLaw p, java.util.function.UnaryOperator<org.infobound.num.Dual> h) {
        if (!(p instanceof org.infobound.math.line.FamilyLaw f)) {
            throw new Uncertified("E(p, X) for a derived law on the line");
        }
        Interval v = org.infobound.math.line.CertifiedLineExpectation.lowerBoundLog(f, h);
        if (v == null) {
            throw new Uncertified("E(p, exp(h)) for a law on the line: h not enclosed");
        }
        return v;
    }

    @Override
    public double reward(CertLaw p, int i) {
        return p.reward(i);
    }

    @Override
    public Interval rewardValue(CertLaw p, int i) {
        return p.rewardIv(i);
    }

    @Override
    public Interval prob(CertLaw p, int i) {
        return p.prob(i);
    }

    @Override
    public boolean isNull(CertLaw p, int i) {
        return p.isNull(i);
    }

    @Override
    public CertLaw bon(CertLaw p, long n, Ties ties) {
        return CertBon.bon(p.requireOrderFaithful("best-of-n"), n, p.rewards(), ties);
    }

    @Override
    public CertLaw bonBy(CertLaw p, long n, double[] g, Ties ties) {
        return CertBon.bon(p, n, g, ties);
    }

    @Override
    public CertLaw tilt(CertLaw p, Interval beta) {
        try {
            return CertLaws.tilt(p, beta);
        } catch (UndefinedValueException e) {
            throw new Undefined("tilt");
        }
    }

    @Override
    public CertLaw mix(CertLaw p, CertLaw q, Interval w) {
        return CertLaws.mix(p, q, w, null);
    }

    @Override
    public CertLaw rewardLaw(CertLaw p) {
        return CertLaws.rewardLaw(p);
    }

    @Override
    public CertLaw apply(Input.KernelInput k, CertLaw p) {
        return CertLaws.apply(k, p);
    }

    @Override
    public Interval divergence(String name, CertLaw p, CertLaw q) {
        return u(() -> CertDispatch.divergence(name, p, q), name);
    }

    @Override
    public Interval renyi(CertLaw p, CertLaw q, Interval alpha) {
        return u(() -> CertDivergences.renyi(p, q, alpha), "renyi");
    }

    @Override
    public Interval df(CertLaw p, CertLaw q, UnaryOperator<Interval> f, String fname) {
        return u(() -> CertDivergences.df(p, q, f), "Df");
    }

    /**
     * {@code Df(p || q, f)} for laws on the line: best-of-n against its base in either direction
     * and best-of-n against best-of-m of the same base (also Beta(n, 1) against U(0, 1) or
     * Beta(m, 1)), by {@link org.infobound.math.line.CertifiedBonDf}; an equal pair is f(1).
     * Anything else is {@link Uncertified}, as is a generator whose enclosure may be undefined
     * somewhere on the ratio range (that may be overestimation, so it is not reported undefined).
     */
    Interval lineDf(LineLaw p, LineLaw q, org.infobound.math.line.CertifiedBonDf.Generator f) {
        if (CertEnclosed.involved(p) || CertEnclosed.involved(q)) {
            throw new Uncertified("Df of laws on the line with parameters that are not doubles");
        }
        double[] nm = bonOrders(p, q);
        if (nm == null) {
            throw new Uncertified("Df between these laws on the line has no certified route");
        }
        for (double x : nm) {
            if (!(x >= 1) || !(x < 0x1p53)) {
                throw new Uncertified("Df of best-of-n with n = " + x + " (not an exact integer-range double)");
            }
        }
        try {
            Interval v = org.infobound.math.line.CertifiedBonDf.of(nm[0], nm[1], f);
            if (v.lo() == Double.NEGATIVE_INFINITY && v.hi() == Double.POSITIVE_INFINITY) {
                throw new Uncertified("Df on the line: no finite bound on either side");
            }
            return v;
        } catch (Undefined | UndefinedValueException e) {
            throw new Uncertified("Df on the line: the generator's enclosure may be undefined on the ratio range ("
                    + e.getMessage() + ")");
        }
    }

    /**
     * {n, m} with p = bon(P, n) (or P, n = 1) and q = bon(P, m) (or P) for one law P on the line,
     * or p = Beta(n, 1), q = Beta(m, 1) or U(0, 1); null otherwise.
     */
    private static double[] bonOrders(LineLaw p, LineLaw q) {
        if (p.equals(q)) {
            return new double[] {1, 1};
        }
        LineLaw bp = p instanceof org.infobound.math.line.MaxLaw m ? m.base() : p;
        LineLaw bq = q instanceof org.infobound.math.line.MaxLaw m ? m.base() : q;
        double np = p instanceof org.infobound.math.line.MaxLaw m ? m.n() : 1;
        double nq = q instanceof org.infobound.math.line.MaxLaw m ? m.n() : 1;
        if (bp.equals(bq)) {
            return new double[] {np, nq};
        }
        if (p.equals(bq)) {
            return new double[] {1, nq};
        }
        if (bp.equals(q)) {
            return new double[] {np, 1};
        }
        Double a = betaN(p);
        Double b = betaN(q);
        if (a != null && b != null) {
            return new double[] {a, b};
        }
        return null;
    }

    /** n for Beta(n, 1) (n >= 1), 1 for U(0, 1), else null. */
    private static Double betaN(LineLaw l) {
        if (l instanceof org.infobound.math.line.FamilyLaw f) {
            if (f.family() == org.infobound.math.line.LineFamily.BETA && f.param(1) == 1.0 && f.param(0) >= 1.0) {
                return f.param(0);
            }
            if (f.family() == org.infobound.math.line.LineFamily.UNIFORM && f.param(0) == 0.0 && f.param(1) == 1.0) {
                return 1.0;
            }
        }
        return null;
    }

    @Override
    public Interval moment(String name, CertLaw p) {
        return u(() -> CertDispatch.moment(name, p), name);
    }

    @Override
    public Interval cgf(CertLaw p, Interval l) {
        return u(() -> CertMoments.cgf(p, l), "cgf");
    }

    @Override
    public Interval cdf(CertLaw p, Interval x) {
        return CertMoments.cdf(p, x);
    }

    @Override
    public Interval quantile(CertLaw p, Interval uu) {
        return CertMoments.quantile(p, uu);
    }

    @Override
    public Interval winrate(CertLaw p, CertLaw q, WinRateTies ties) {
        return CertMoments.winrate(p, q, ties);
    }

    @Override
    public Interval lineDivergence(String name, LineLaw p, LineLaw q, Interval alpha, DoubleUnaryOperator f) {
        return u(() -> CertLine.divergence(name, p, q, alpha), name);
    }

    /**
     * The certified upper tail {@code S(x)} of the family's closed forms
     * ({@link CertifiedLineLaws#survival}): {@code 1 - [F]} would lose every digit of a tail
     * below 1e-16 ({@code 1 - cdf(normal(0, 1), 10) = 7.6e-24}).
     */
    @Override
    public Interval lineSurvival(org.infobound.math.line.FamilyLaw p, Interval x) {
        return org.infobound.math.line.CertifiedLineLaws.survival(p, x);
    }

    @Override
    public Interval lineMoment(String name, LineLaw p, Interval arg) {
        return u(() -> CertLine.moment(name, p, arg), name);
    }

    /**
     * bon, tilt, mix as in {@link Builtins#lineOp}, except that a tilt is a closed-form family
     * only when its parameters are exact (TiltedLaw.exact): the certified route must not read a
     * rounded parameter as the law's own.
     */
    @Override
    public LineLaw lineOp(String name, LineLaw p, Object second, double x) {
        if (CertEnclosed.involved(p) || CertEnclosed.involved(second)) {
            // the definedness checks and routes of derived laws read double parameters
            throw new Uncertified(name + " of a law with parameters that are not doubles");
        }
        if (name.equals("tilt")) {
            try {
                return org.infobound.math.line.TiltedLaw.exact(p, x);
            } catch (IllegalArgumentException e) {
                return Builtins.lineOp(name, p, second, x);
            }
        }
        return Builtins.lineOp(name, p, second, x);
    }

    @Override
    public LineLaw lineMix(LineLaw p, LineLaw q, org.hipparchus.fraction.BigFraction w) {
        if (CertEnclosed.involved(p) || CertEnclosed.involved(q)) {
            throw new Uncertified("mix of a law with parameters that are not doubles");
        }
        return new org.infobound.math.line.MixtureLaw(p, q, w);
    }

    @Override
    public Interval lineExpectation(LineLaw p, DoubleUnaryOperator g) {
        throw new Uncertified("E of a law on the line");
    }

    @Override
    public Interval lineWinrate(LineLaw p, LineLaw q) {
        return u(() -> CertLine.winrate(p, q), "winrate");
    }
}
