package org.infobound.engine.eval;

import java.nio.file.Path;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.hipparchus.fraction.BigFraction;
import org.hipparchus.special.Gamma;
import org.infobound.lang.ast.RelOp;
import org.infobound.math.discrete.BestOfN;
import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.Divergences;
import org.infobound.math.discrete.LawFormatException;
import org.infobound.math.discrete.MarkovKernel;
import org.infobound.math.discrete.Mixture;
import org.infobound.math.discrete.Moments;
import org.infobound.math.discrete.Ties;
import org.infobound.math.discrete.Tilt;
import org.infobound.math.discrete.WinRate;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.math.line.LineLaw;

/**
 * The fast search route: doubles, with the discrete laws of math.discrete and the laws on the
 * line of math.line. NaN from an arithmetic step is reported as {@link Undefined}; the certified
 * route decides whether it truly is.
 */
class FloatBackend implements Backend<Double, DiscreteLaw> {

    private final ProxyMemo proxies = new ProxyMemo();

    @Override
    public boolean certified() {
        return false;
    }

    @Override
    public boolean isNum(Object o) {
        return o instanceof Double;
    }

    @Override
    public boolean isLaw(Object o) {
        return o instanceof DiscreteLaw;
    }

    @Override
    public Double num(BigFraction q) {
        return org.infobound.num.Rationals.toDouble(q);
    }

    @Override
    public Double num(double x) {
        return x;
    }

    static double check(double v, String what) {
        if (Double.isNaN(v)) {
            throw new Undefined(what);
        }
        return v;
    }

    /**
     * {@code r}, the result of an operation on finite {@code a} and {@code b}; an infinite
     * result of finite operands is an overflow, not an extended-real infinity.
     */
    static double finite(double r, double a, double b, String what) {
        if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
            throw new OutOfRange(what);
        }
        return r;
    }

    @Override
    public Double add(Double a, Double b) {
        return finite(check(a + b, "inf - inf"), a, b, "a sum");
    }

    @Override
    public Double sub(Double a, Double b) {
        return finite(check(a - b, "inf - inf"), a, b, "a difference");
    }

    @Override
    public Double mul(Double a, Double b) {
        return finite(check(a * b, "0 * inf"), a, b, "a product");
    }

    @Override
    public Double div(Double a, Double b) {
        if (b == 0) {
            // x / 0 has no value (spec/LANGUAGE.md section 8): the sign of a limit is not given
            throw new Undefined("division by zero");
        }
        double r = check(a / b, a == 0 ? "0 / 0" : "inf / inf");
        return b == 0 ? r : finite(r, a, b, "a quotient");
    }

    @Override
    public Double neg(Double a) {
        return -a;
    }

    @Override
    public Double pow(Double a, Double b) {
        if (a == 0 && b < 0) {
            throw new Undefined("0 to a negative power");
        }
        double r = check(Math.pow(a, b), "pow(" + a + ", " + b + ")");
        return a == 0 ? r : finite(r, a, b, "a power");
    }

    @Override
    public Double powInt(Double a, long k) {
        if (a == 0 && k < 0) {
            throw new Undefined("0 to a negative power");
        }
        double r = check(Math.pow(a, (double) k), "pow");
        return a == 0 ? r : finite(r, a, k, "a power");
    }

    /**
     * log, log2, sqrt and lgamma of an exact {@code q > 0} outside the normal doubles from
     * {@code log q} computed from the bit lengths of q (the double of q would be 0 or inf):
     * {@code lgamma(q) = lgamma(1 + q) - log q} (DLMF 5.5.1); {@code lgamma} of a huge q and
     * {@code digamma} of a tiny one are beyond the double range.
     */
    @Override
    public Double applyExact(String fn, BigFraction q) {
        double logq = logOf(q);
        boolean tiny = logq < 0;
        switch (fn) {
            case "log":
                return logq;
            case "log2":
                return logq / Math.log(2);
            case "sqrt": {
                java.math.MathContext mc = new java.math.MathContext(40);
                java.math.BigDecimal d = new java.math.BigDecimal(q.getNumerator())
                        .divide(new java.math.BigDecimal(q.getDenominator()), mc);
                return finite(d.sqrt(mc).doubleValue(), 0, 0, "sqrt");
            }
            case "lgamma":
                if (tiny) {
                    return Gamma.logGamma1p(org.infobound.num.Rationals.toDouble(q)) - logq;
                }
                throw new OutOfRange("lgamma of a number beyond the double range");
            case "digamma":
                if (tiny) {
                    // digamma(q) = digamma(1 + q) - 1/q (DLMF 5.5.2), as on the certified route:
                    // 1/q from the rational is a finite double down to q = 1/MAX (10^-308 has
                    // digamma -1e308); below, the value is beyond the double range
                    double r = org.infobound.num.Rationals.toDouble(q.reciprocal());
                    if (Double.isFinite(r)) {
                        return digamma(1 + org.infobound.num.Rationals.toDouble(q)) - r;
                    }
                    throw new OutOfRange("digamma of a positive number below the double range (about -1/x)");
                }
                return logq;
            default:
                return null;
        }
    }

    /** {@code log q} in doubles for an exact {@code q > 0} of any size. */
    static double logOf(BigFraction q) {
        return logOf(q.getNumerator()) - logOf(q.getDenominator());
    }

    private static double logOf(java.math.BigInteger n) {
        int shift = Math.max(0, n.bitLength() - 60);
        return Math.log(n.shiftRight(shift).doubleValue()) + shift * Math.log(2);
    }

    @Override
    public Double apply(String fn, Double x) {
        switch (fn) {
            case "sqrt":
                return check(Math.sqrt(x), "sqrt of a negative");
            case "exp":
                return finite(Math.exp(x), x, 0, "exp");
            case "log":
                return check(Math.log(x), "log of a negative");
            case "log2":
                return check(Math.log(x) / Math.log(2), "log2 of a negative");
            case "log1p":
                return check(Math.log1p(x), "log1p below -1");
            case "expm1":
                return finite(Math.expm1(x), x, 0, "expm1");
            case "abs":
                return Math.abs(x);
            case "lgamma":
                return check(x > 0 ? Gamma.logGamma(x) : Double.NaN, "lgamma at a non-positive argument");
            case "digamma":
                return check(x > 0 ? digamma(x) : Double.NaN, "digamma at a non-positive argument");
            case "floor":
                return Math.floor(x);
            case "ceil":
                return Math.ceil(x);
            default:
                throw new EvalFailure("unknown function " + fn);
        }
    }

    @Override
    public Double min(Double a, Double b) {
        return Math.min(a, b);
    }

    @Override
    public Double max(Double a, Double b) {
        return Math.max(a, b);
    }

    @Override
    public Double pi() {
        return Math.PI;
    }

    @Override
    public Double harmonic(long n) {
        if (n < 0) {
            throw new EvalFailure("harmonic of a negative integer");
        }
        if (n <= 10_000) {
            double s = 0;
            for (long k = n; k >= 1; k--) {
                s += 1.0 / k;
            }
            return s;
        }
        return digamma(n + 1.0) + Gamma.GAMMA;
    }

    @Override
    public Double harmonic(java.math.BigInteger n) {
        if (n.signum() < 0) {
            throw new EvalFailure("harmonic of a negative integer");
        }
        if (n.bitLength() < 63) {
            return harmonic(n.longValue());
        }
        // H_n = log n + gamma + O(1/n); log n from the bit length (n may exceed the double range)
        int k = n.bitLength() - 53;
        return Math.log(n.shiftRight(k).doubleValue()) + k * Math.log(2) + Gamma.GAMMA;
    }

    /**
     * Digamma to about 1e-16 relative: the recurrence up to x >= 10, then the asymptotic series
     * (DLMF 5.11.2) to x^-14 (Hipparchus 4.0.2's {@code Gamma.digamma} is ~1e-9 below 49).
     */
    static double digamma(double x) {
        double acc = 0;
        while (x < 10) {
            acc -= 1 / x;
            x += 1;
        }
        double i2 = 1 / (x * x);
        double series = i2 * (1.0 / 12 - i2 * (1.0 / 120 - i2 * (1.0 / 252 - i2 * (1.0 / 240
                - i2 * (1.0 / 132 - i2 * (691.0 / 32760 - i2 / 12))))));
        return acc + Math.log(x) - 0.5 / x - series;
    }

    /**
     * {@code x^y} for exact rationals too large to power exactly: {@code exp(y log x)} with
     * {@code log x = log1p(x - 1)} from the exact {@code x - 1} (the double nearest
     * {@code 1 + 1e-16} is 1 + 2.2e-16, whose 10^16-th power is 9.2, not e).
     */
    @Override
    public Double powExact(BigFraction x, BigFraction y) {
        if (x.signum() == 0) {
            return y.signum() > 0 ? 0.0 : null;
        }
        boolean negate = false;
        if (x.signum() < 0) {
            if (!y.isInteger()) {
                return null;
            }
            negate = y.getNumerator().testBit(0);
        }
        BigFraction d = x.abs().subtract(BigFraction.ONE);
        if (d.abs().compareTo(new BigFraction(1, 4)) >= 0) {
            return null; // Math.pow of the nearest doubles is as accurate here
        }
        double log = Math.log1p(org.infobound.num.Rationals.toDouble(d));
        double v = Math.exp(org.infobound.num.Rationals.toDouble(y) * log);
        return negate ? -v : v;
    }

    @Override
    public Truth relate(Double a, RelOp op, Double b, String text) {
        return FloatRelations.relate(a, op, b, text);
    }

    @Override
    public Truth approx(Double a, Double b, Double tol, String text) {
        return FloatRelations.approx(a, b, tol, text);
    }

    @Override
    public double estimate(Double x) {
        return x;
    }

    @Override
    public DiscreteLaw law(BigFraction[] probs, double[] rewards) {
        double[] p = new double[probs.length];
        boolean tiny = false;
        for (int i = 0; i < p.length; i++) {
            p[i] = org.infobound.num.Rationals.toDouble(probs[i]);
            tiny |= probs[i].signum() > 0 && p[i] < Double.MIN_NORMAL;
        }
        if (tiny) {
            // a positive mass below the normal doubles (1e-330 is 0.0): keep the rationals, which
            // the float KL reads in log space (FloatDiscrete.kl)
            try {
                return DiscreteLaw.categorical(probs, rewards);
            } catch (IllegalArgumentException e) {
                // fall through to the doubles
            }
        }
        try {
            return DiscreteLaw.categorical(p, rewards);
        } catch (IllegalArgumentException e) {
            return DiscreteLaw.categorical(probs, rewards);
        }
    }

    /** From the vector's doubles; the rationals are not made (the search's hot path). */
    @Override
    public DiscreteLaw law(Input.DistInput d, double[] rewards) {
        try {
            return DiscreteLaw.categorical(d.approx(), rewards);
        } catch (IllegalArgumentException e) {
            return law(d.probs().toArray(new BigFraction[0]), rewards);
        }
    }

    @Override
    public DiscreteLaw empirical(Path file, org.infobound.math.discrete.CsvColumn column) {
        try {
            return DiscreteLaw.empirical(file, column);
        } catch (LawFormatException e) {
            throw new EvalFailure(file + ":" + e.line() + ": " + e.getMessage());
        }
    }

    @Override
    public int size(DiscreteLaw p) {
        return p.size();
    }

    @Override
    public double reward(DiscreteLaw p, int i) {
        return p.reward(i);
    }

    @Override
    public Double prob(DiscreteLaw p, int i) {
        return p.probability(i);
    }

    @Override
    public boolean isNull(DiscreteLaw p, int i) {
        return p.probability(i) == 0;
    }

    @Override
    public DiscreteLaw bon(DiscreteLaw p, long n, Ties ties) {
        return BestOfN.bon(p, n, ties);
    }

    @Override
    public DiscreteLaw bonBy(DiscreteLaw p, long n, double[] g, Ties ties) {
        return BestOfN.bonBy(p, n, g, ties);
    }

    @Override
    public DiscreteLaw tilt(DiscreteLaw p, Double beta) {
        return Tilt.tilt(p, beta);
    }

    @Override
    public DiscreteLaw mix(DiscreteLaw p, DiscreteLaw q, Double w) {
        return Mixture.mix(p, q, w);
    }

    @Override
    public DiscreteLaw rewardLaw(DiscreteLaw p) {
        return p.rewardLaw();
    }

    @Override
    public DiscreteLaw apply(Input.KernelInput k, DiscreteLaw p) {
        double[][] m = new double[k.rows().size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = k.rows().get(i).approx();
        }
        return MarkovKernel.of(m).apply(p);
    }

    @Override
    public Double divergence(String name, DiscreteLaw p, DiscreteLaw q) {
        return FloatDiscrete.divergence(name, p, q);
    }

    @Override
    public Double renyi(DiscreteLaw p, DiscreteLaw q, Double alpha) {
        return Divergences.renyi(p, q, alpha);
    }

    @Override
    public Double df(DiscreteLaw p, DiscreteLaw q, UnaryOperator<Double> f, String fname) {
        return Divergences.fDivergence(p, q, LambdaGenerator.of(f, fname));
    }

    @Override
    public Double moment(String name, DiscreteLaw p) {
        switch (name) {
            case "sigma2":
                return proxies.proxy(p, 0);
            case "sigma2_right":
                return proxies.proxy(p, 1);
            case "sigma2_left":
                return proxies.proxy(p, -1);
            default:
                return FloatDiscrete.moment(name, p);
        }
    }

    @Override
    public Double cgf(DiscreteLaw p, Double l) {
        return Moments.cgf(p, l);
    }

    @Override
    public Double cdf(DiscreteLaw p, Double x) {
        return Moments.cdf(p, x);
    }

    @Override
    public Double quantile(DiscreteLaw p, Double u) {
        return Moments.quantile(p, u);
    }

    @Override
    public Double winrate(DiscreteLaw p, DiscreteLaw q, WinRateTies ties) {
        return WinRate.winrate(p, q, ties);
    }

    @Override
    public Double lineDivergence(String name, LineLaw p, LineLaw q, Double alpha, DoubleUnaryOperator f) {
        return LineRoutes.divergence(name, p, q, alpha == null ? Double.NaN : alpha, f).value();
    }

    @Override
    public Double lineMoment(String name, LineLaw p, Double arg) {
        return LineRoutes.moment(name, p, arg == null ? Double.NaN : arg);
    }

    @Override
    public Double lineExpectation(LineLaw p, DoubleUnaryOperator g) {
        return org.infobound.math.line.LineMoments.expectation(p, g).value();
    }

    @Override
    public Double lineWinrate(LineLaw p, LineLaw q) {
        return org.infobound.math.line.LineWinRate.winrate(p, q).value();
    }
}
