package org.infobound.engine.eval;

import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.RelOp;
import org.infobound.math.discrete.Ties;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.math.line.LineLaw;

/**
 * The arithmetic an {@link Evaluator} runs on: numbers of type {@code N} and discrete laws of
 * type {@code D}. {@link FloatBackend} is the fast search route (doubles, math.discrete,
 * math.line); {@link CertBackend} the certified route (outward-rounded intervals over the exact
 * instance). Every method throws {@link Undefined} for undefined values, {@link EvalFailure} for
 * bad parameters and, in certified mode, {@link Uncertified} where no certified method exists.
 */
interface Backend<N, D> {

    /** Whether this backend certifies its results. */
    boolean certified();

    /** Whether {@code o} is a number of this backend. */
    boolean isNum(Object o);

    /** Whether {@code o} is a discrete law of this backend. */
    boolean isLaw(Object o);

    N num(BigFraction q);

    N num(double x);

    N add(N a, N b);

    N sub(N a, N b);

    N mul(N a, N b);

    N div(N a, N b);

    N neg(N a);

    N pow(N a, N b);

    N powInt(N a, long k);

    /** sqrt, exp, log, log2, log1p, expm1, abs, lgamma, digamma, floor, ceil. */
    N apply(String fn, N x);

    N min(N a, N b);

    N max(N a, N b);

    N pi();

    N harmonic(long n);

    /** {@code harmonic(n)} for an integer n >= 0 of any size. */
    N harmonic(java.math.BigInteger n);

    /**
     * {@code x^y} for exact rationals whose exact power is too large to form, or null when this
     * route does not apply (the caller then uses {@link #pow}/{@link #powInt} on enclosures).
     */
    N powExact(BigFraction x, BigFraction y);

    /** The relation {@code a op b}; {@code text} names it in witnesses. */
    Truth relate(N a, RelOp op, N b, String text);

    /** {@code |a - b| <= tol}. */
    Truth approx(N a, N b, N tol, String text);

    /** The float estimate (midpoint in certified mode). */
    double estimate(N x);

    // ---- discrete laws on an alphabet of rewards

    D law(BigFraction[] probs, double[] rewards);

    /** The law of a binder's probability vector on the alphabet's rewards (exact by default). */
    default D law(Input.DistInput d, double[] rewards) {
        return law(d.probs().toArray(new BigFraction[0]), rewards);
    }

    D empirical(java.nio.file.Path file, org.infobound.math.discrete.CsvColumn column);

    int size(D p);

    double reward(D p, int i);

    /** The reward of outcome i as a value: the double by default; the certified route encloses the exact reward. */
    default N rewardValue(D p, int i) {
        return num(reward(p, i));
    }

    /**
     * The value of the reward {@code r} at an outcome: the double itself by default; the
     * certified route encloses the exact reward (an empirical sample {@code 0.1} is 1/10).
     */
    default N outcomeReward(Env.Outcome o) {
        return num(o.reward());
    }

    /**
     * {@code fn(q)} for an exact rational {@code q > 0} whose double is not a normal double
     * (below 2^-1022 or beyond the double range: {@code 1e-400} is 0.0 as a double), computed
     * from q itself; null when this backend has no such route (then {@code apply(fn, num(q))}).
     * Issue 14: {@code lgamma(1e-400)} was "lgamma at a non-positive argument" on both routes.
     */
    default N applyExact(String fn, org.hipparchus.fraction.BigFraction q) {
        return null;
    }

    N prob(D p, int i);

    /** Whether outcome i certainly has mass 0 under p. */
    boolean isNull(D p, int i);

    D bon(D p, long n, Ties ties);

    D bonBy(D p, long n, double[] g, Ties ties);

    D tilt(D p, N beta);

    D mix(D p, D q, N w);

    D rewardLaw(D p);

    D apply(org.infobound.engine.eval.Input.KernelInput k, D p);

    /** KL, chi2, TV, H2, BC, JS between two laws on one alphabet. */
    N divergence(String name, D p, D q);

    N renyi(D p, D q, N alpha);

    N df(D p, D q, UnaryOperator<N> f, String fname);

    /** E, var, sd, sigma2, sigma2_right, sigma2_left, entropy, collision, pmax. */
    N moment(String name, D p);

    N cgf(D p, N l);

    N cdf(D p, N x);

    N quantile(D p, N u);

    N winrate(D p, D q, WinRateTies ties);

    // ---- laws on the line

    /** bon, tilt and mix of a law on the line ({@code second} is mix's other law, {@code x} n, beta or w). */
    default LineLaw lineOp(String name, LineLaw p, Object second, double x) {
        return Builtins.lineOp(name, p, second, x);
    }

    /**
     * {@code mix(p, q, w)} of laws on the line with an exact rational weight in [0, 1] (checked
     * by the caller), carried exactly by the {@link org.infobound.math.line.MixtureLaw}.
     */
    default LineLaw lineMix(LineLaw p, LineLaw q, org.hipparchus.fraction.BigFraction w) {
        return new org.infobound.math.line.MixtureLaw(p, q, w);
    }

    /** A divergence between laws on the line: KL, chi2, TV, H2, BC, JS, renyi (alpha), Df (f). */
    N lineDivergence(String name, LineLaw p, LineLaw q, N alpha, DoubleUnaryOperator f);

    /**
     * {@code P(X > x)} of a family law with double parameters, for the certified rewrite of
     * {@code 1 - cdf(p, x)} ({@link Evaluator}); null (the default, the float route) keeps the
     * subtraction.
     */
    default N lineSurvival(org.infobound.math.line.FamilyLaw p, N x) {
        return null;
    }

    /** A moment of a law on the line (as {@link #moment}), cgf/cdf/quantile with argument. */
    N lineMoment(String name, LineLaw p, N arg);

    /** E(p, g) for a law on the line. */
    N lineExpectation(LineLaw p, DoubleUnaryOperator g);

    /** winrate between laws on the line. */
    N lineWinrate(LineLaw p, LineLaw q);
}
