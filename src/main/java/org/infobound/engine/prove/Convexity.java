package org.infobound.engine.prove;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * Proves that a {@code Df} generator {@code t -> body} is a valid f-divergence generator: convex
 * on {@code (0, inf)} and {@code f(1) = 0} exactly (spec/LANGUAGE.md section 7). Convexity is
 * recognised syntactically in the style of disciplined convex programming (Grant, Boyd, Ye 2006):
 * every node gets a curvature (constant, affine, convex, concave, unknown) from rules that are
 * theorems about functions on {@code t > 0}:
 *
 * <ul>
 *   <li>constants and {@code t} are affine; {@code c * E}, {@code E * c}, {@code E / c} scale the
 *       curvature by the sign of the constant c (certified enclosure), {@code -E} flips it;</li>
 *   <li>sums keep a common curvature (affine counts as both convex and concave);</li>
 *   <li>{@code t * log(t)} is convex; {@code log(A)} and {@code sqrt(A)} are concave for an affine
 *       A that is nonnegative on {@code t > 0}; {@code exp(E)} is convex for convex E;</li>
 *   <li>{@code A^k} for an affine A and an even k >= 2, and {@code abs(A)}, are convex;
 *       {@code (sqrt(t) - c)^2}, {@code (c - sqrt(t))^2} with a constant c >= 0 are convex
 *       ({@code t - 2 c sqrt(t) + c^2});</li>
 *   <li>{@code t^a} (constant a) is convex for a >= 1 or a <= 0 and concave for 0 <= a <= 1;
 *       {@code c / t} is convex for c >= 0;</li>
 *   <li>{@code max} of convex terms is convex, {@code min} of concave terms is concave.</li>
 * </ul>
 *
 * Anything else is unknown, and an unknown generator is not a valid one for the prover (the
 * divergence is still a number the falsifier may evaluate). {@code f(1)} is evaluated in exact
 * rationals ({@code log(1) = 0}, {@code exp(0) = 1}, {@code sqrt} of a rational square,
 * {@code abs}, {@code min}, {@code max}, arithmetic); a value that does not fold exactly is not
 * accepted.
 */
public final class Convexity {

    /** The curvature of an expression in the lambda parameter on {@code (0, inf)}. */
    enum Curvature {
        CONSTANT, AFFINE, CONVEX, CONCAVE, UNKNOWN;

        boolean convex() {
            return this == CONSTANT || this == AFFINE || this == CONVEX;
        }

        boolean concave() {
            return this == CONSTANT || this == AFFINE || this == CONCAVE;
        }

        boolean affine() {
            return this == CONSTANT || this == AFFINE;
        }

        Curvature flip() {
            return switch (this) {
                case CONVEX -> CONCAVE;
                case CONCAVE -> CONVEX;
                default -> this;
            };
        }
    }

    private final String t;

    private Convexity(String t) {
        this.t = t;
    }

    /** True if the lambda is a generator: convex on (0, inf) (recognised) and f(1) = 0 exactly. */
    static boolean validGenerator(Expr f) {
        return f instanceof Expr.Lambda l && curvature(l).convex() && atOneIsZero(l);
    }

    /** Why the lambda is not a valid generator, or empty. */
    static Optional<String> problem(Expr f) {
        if (!(f instanceof Expr.Lambda l)) {
            return Optional.of("the generator is not a lambda: " + ExprPrinter.print(f));
        }
        if (!curvature(l).convex()) {
            return Optional.of("the generator " + ExprPrinter.print(f) + " is not recognised as convex on (0, inf)");
        }
        if (!atOneIsZero(l)) {
            return Optional.of("the generator " + ExprPrinter.print(f) + " does not have f(1) = 0 exactly");
        }
        return Optional.empty();
    }

    /** The recognised curvature of a lambda's body in its parameter. */
    static Curvature curvature(Expr.Lambda l) {
        try {
            return new Convexity(l.param().name()).of(l.body());
        } catch (NotCertified | ArithmeticException | IllegalArgumentException e) {
            return Curvature.UNKNOWN;
        }
    }

    /**
     * True if the lambda's body is recognised as convex in its parameter on (0, inf) (the rules
     * above; f(1) is not looked at). For the certified line Df's end pieces
     * ({@code math.line.CertifiedBonDf}: a tangent line bounds a convex f from below).
     */
    public static boolean convexOnPositive(Expr.Lambda l) {
        return curvature(l).convex();
    }

    /** f(1) folds exactly to 0. */
    static boolean atOneIsZero(Expr.Lambda l) {
        try {
            BigFraction v = exact(l.body(), Map.of(l.param().name(), BigFraction.ONE));
            return v.signum() == 0;
        } catch (NotCertified | ArithmeticException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean isT(Expr e) {
        return e instanceof Expr.Var v && v.name().equals(t);
    }

    private boolean constant(Expr e) {
        return !Exprs.freeVars(e).contains(t) && Context.constant(e);
    }

    /** A certified enclosure of a constant. */
    private static Interval value(Expr e) {
        return new NumericEval(Map.of()).eval(e).value();
    }

    private Curvature of(Expr e) {
        if (constant(e)) {
            value(e); // defined
            return Curvature.CONSTANT;
        }
        if (isT(e)) {
            return Curvature.AFFINE;
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return of(u.operand()).flip();
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Call c && c.named().isEmpty()) {
            return call(c);
        }
        return Curvature.UNKNOWN;
    }

    private Curvature binary(Expr.Binary b) {
        switch (b.op()) {
            case ADD:
                return sum(of(b.left()), of(b.right()));
            case SUB:
                return sum(of(b.left()), of(b.right()).flip());
            case MUL: {
                if (constant(b.left())) {
                    return scale(value(b.left()), of(b.right()));
                }
                if (constant(b.right())) {
                    return scale(value(b.right()), of(b.left()));
                }
                // t * log(t)
                if (isT(b.left()) && isLogT(b.right()) || isT(b.right()) && isLogT(b.left())) {
                    return Curvature.CONVEX;
                }
                return Curvature.UNKNOWN;
            }
            case DIV: {
                if (constant(b.right())) {
                    Interval c = value(b.right());
                    if (c.lo() > 0 && c.isFinite() || c.hi() < 0 && c.isFinite()) {
                        return scale(c, of(b.left()));
                    }
                    return Curvature.UNKNOWN;
                }
                // c / t: c t^(-1)
                if (constant(b.left()) && isT(b.right())) {
                    Interval c = value(b.left());
                    return c.lo() >= 0 && c.isFinite() ? Curvature.CONVEX : c.hi() <= 0 && c.isFinite() ? Curvature.CONCAVE : Curvature.UNKNOWN;
                }
                return Curvature.UNKNOWN;
            }
            case POW:
                return power(b.left(), b.right());
            default:
                return Curvature.UNKNOWN;
        }
    }

    private Curvature power(Expr base, Expr exponent) {
        if (!constant(exponent)) {
            return Curvature.UNKNOWN;
        }
        BigFraction k = rationalOrNull(exponent);
        if (k != null && k.getDenominator().equals(BigInteger.ONE) && k.signum() > 0
                && !k.getNumerator().testBit(0)) {
            if (of(base).affine()) {
                return Curvature.CONVEX; // even power of an affine function
            }
            if (k.getNumerator().equals(BigInteger.TWO) && sqrtMinusConstant(base)) {
                return Curvature.CONVEX; // (sqrt(t) - c)^2 = t - 2 c sqrt(t) + c^2, c >= 0
            }
        }
        if (isT(base)) {
            Interval a = value(exponent);
            if (!a.isFinite()) {
                return Curvature.UNKNOWN;
            }
            if (a.lo() >= 1 || a.hi() <= 0) {
                return Curvature.CONVEX;
            }
            if (a.lo() >= 0 && a.hi() <= 1) {
                return Curvature.CONCAVE;
            }
        }
        return Curvature.UNKNOWN;
    }

    /** {@code sqrt(t) - c} or {@code c - sqrt(t)} with a constant c >= 0. */
    private boolean sqrtMinusConstant(Expr e) {
        if (!(e instanceof Expr.Binary b) || b.op() != BinaryOp.SUB) {
            return false;
        }
        Expr c;
        if (isSqrtT(b.left()) && constant(b.right())) {
            c = b.right();
        } else if (isSqrtT(b.right()) && constant(b.left())) {
            c = b.left();
        } else {
            return false;
        }
        return value(c).lo() >= 0;
    }

    private boolean isSqrtT(Expr e) {
        return e instanceof Expr.Call c && c.name().equals("sqrt") && c.args().size() == 1 && c.named().isEmpty()
                && isT(c.args().get(0));
    }

    private boolean isLogT(Expr e) {
        return e instanceof Expr.Call c && c.name().equals("log") && c.args().size() == 1 && c.named().isEmpty()
                && isT(c.args().get(0));
    }

    private Curvature call(Expr.Call c) {
        switch (c.name()) {
            case "log":
            case "sqrt":
                if (c.args().size() == 1 && nonnegativeAffine(c.args().get(0))) {
                    return Curvature.CONCAVE;
                }
                return Curvature.UNKNOWN;
            case "exp":
                return c.args().size() == 1 && of(c.args().get(0)).convex() ? Curvature.CONVEX : Curvature.UNKNOWN;
            case "abs":
                return c.args().size() == 1 && of(c.args().get(0)).affine() ? Curvature.CONVEX : Curvature.UNKNOWN;
            case "max": {
                for (Expr a : c.args()) {
                    if (!of(a).convex()) {
                        return Curvature.UNKNOWN;
                    }
                }
                return Curvature.CONVEX;
            }
            case "min": {
                for (Expr a : c.args()) {
                    if (!of(a).concave()) {
                        return Curvature.UNKNOWN;
                    }
                }
                return Curvature.CONCAVE;
            }
            default:
                return Curvature.UNKNOWN;
        }
    }

    /** An affine {@code a t + b} with a >= 0 and b >= 0 (so >= 0 on t > 0): checked on its coefficients. */
    private boolean nonnegativeAffine(Expr e) {
        if (!of(e).affine()) {
            return false;
        }
        // an affine expression is determined by its values at 0 and 1: both >= 0 and a >= 0
        Interval at0 = new NumericEval(Map.of(t, Dual.constant(Interval.ZERO))).eval(e).value();
        Interval at1 = new NumericEval(Map.of(t, Dual.constant(Interval.ONE))).eval(e).value();
        return at0.lo() >= 0 && at1.sub(at0).lo() >= 0;
    }

    private static Curvature scale(Interval c, Curvature x) {
        if (x == Curvature.UNKNOWN || !c.isFinite()) {
            return Curvature.UNKNOWN;
        }
        if (x == Curvature.CONSTANT) {
            return Curvature.CONSTANT;
        }
        if (c.lo() >= 0) {
            return x;
        }
        if (c.hi() <= 0) {
            return x.flip();
        }
        return x == Curvature.AFFINE ? Curvature.AFFINE : Curvature.UNKNOWN;
    }

    private static Curvature sum(Curvature a, Curvature b) {
        if (a == Curvature.UNKNOWN || b == Curvature.UNKNOWN) {
            return Curvature.UNKNOWN;
        }
        if (a == Curvature.CONSTANT && b == Curvature.CONSTANT) {
            return Curvature.CONSTANT;
        }
        if (a.affine() && b.affine()) {
            return Curvature.AFFINE;
        }
        if (a.convex() && b.convex()) {
            return Curvature.CONVEX;
        }
        if (a.concave() && b.concave()) {
            return Curvature.CONCAVE;
        }
        return Curvature.UNKNOWN;
    }

    private static BigFraction rationalOrNull(Expr e) {
        try {
            return Exprs.rational(e);
        } catch (NotCertified | ArithmeticException e1) {
            return null;
        }
    }

    /** Exact rational evaluation with the parameter bound; NotCertified where it does not fold. */
    static BigFraction exact(Expr e, Map<String, BigFraction> env) {
        if (e instanceof Expr.Var v && env.containsKey(v.name())) {
            return env.get(v.name());
        }
        if (e instanceof Expr.IntLit || e instanceof Expr.RealLit) {
            return Exprs.literal(e);
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return exact(u.operand(), env).negate();
        }
        if (e instanceof Expr.Binary b) {
            BigFraction l = exact(b.left(), env);
            if (b.op() == BinaryOp.POW) {
                BigFraction k = exact(b.right(), env);
                if (l.equals(BigFraction.ONE)) {
                    return BigFraction.ONE; // 1^k = 1 for every real k
                }
                if (!k.getDenominator().equals(BigInteger.ONE) || k.getNumerator().bitLength() > 12) {
                    throw new NotCertified("not an exact power");
                }
                int n = k.getNumerator().intValue();
                if (n < 0 && l.signum() == 0) {
                    throw new NotCertified("0 to a negative power");
                }
                return n >= 0 ? l.pow(n) : BigFraction.ONE.divide(l.pow(-n));
            }
            BigFraction r = exact(b.right(), env);
            return switch (b.op()) {
                case ADD -> l.add(r);
                case SUB -> l.subtract(r);
                case MUL -> l.multiply(r);
                case DIV -> {
                    if (r.signum() == 0) {
                        throw new NotCertified("division by zero");
                    }
                    yield l.divide(r);
                }
                default -> throw new NotCertified("not arithmetic");
            };
        }
        if (e instanceof Expr.Call c && c.named().isEmpty() && !c.args().isEmpty()) {
            BigFraction x = exact(c.args().get(0), env);
            switch (c.name()) {
                case "log":
                    if (x.equals(BigFraction.ONE)) {
                        return BigFraction.ZERO;
                    }
                    break;
                case "exp":
                    if (x.signum() == 0) {
                        return BigFraction.ONE;
                    }
                    break;
                case "sqrt": {
                    if (x.signum() >= 0) {
                        BigInteger n = x.getNumerator().sqrt();
                        BigInteger d = x.getDenominator().sqrt();
                        if (n.multiply(n).equals(x.getNumerator()) && d.multiply(d).equals(x.getDenominator())) {
                            return new BigFraction(n, d);
                        }
                    }
                    break;
                }
                case "abs":
                    return x.abs();
                case "min":
                case "max": {
                    BigFraction m = x;
                    for (Expr a : c.args().subList(1, c.args().size())) {
                        BigFraction y = exact(a, env);
                        m = c.name().equals("min") ? (y.compareTo(m) < 0 ? y : m) : (y.compareTo(m) > 0 ? y : m);
                    }
                    return m;
                }
                default:
                    break;
            }
        }
        throw new NotCertified("does not fold exactly: " + ExprPrinter.print(e));
    }
}
