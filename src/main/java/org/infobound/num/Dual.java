package org.infobound.num;

import java.util.function.Supplier;

/**
 * Interval forward-mode automatic differentiation (the one implementation: the line-law
 * quadratures and the prover's branch and bound both use it): a value enclosure and an enclosure
 * of each partial derivative over the same box, propagated by the chain rule with interval
 * arithmetic, so for a function written with these operations {@code f(variable(x))} encloses f
 * and f' on the whole interval (box) x (Rall 1981 [1]; Moore, Kearfott, Cloud 2009, ch. 9 [2]).
 * Used for mean-value forms {@code f(x) in f(m) + f'(x) (x - m)} and monotonicity tests.
 *
 * <p><b>Dimensions.</b> {@link #variable(Interval)} and {@link #of(Interval, Interval)} are one
 * variable ({@link #derivative()}); {@link #variable(Interval, int, int)} is variable
 * {@code index} of a box ({@link #partial(int)}). A constant carries no partials: every partial
 * of it is 0, in any dimension.
 *
 * <p><b>Unknown derivative.</b> Every operation inherits the value's domain rules of
 * {@link Interval} and throws {@link UndefinedValueException} where the VALUE is undefined. Where
 * only the chain rule would meet an undefined form (a division by an interval containing 0,
 * e.g. sqrt at 0), the derivative becomes unknown instead: {@link #hasGradient()} is false and
 * {@link #derivative()} / {@link #partial(int)} throw {@link UndefinedValueException}; the value
 * is still usable. A partial that is exactly 0 (the argument does not depend on that variable)
 * stays 0 without evaluating the chain factor.
 *
 * <p><b>Finiteness.</b> {@link #finite()} is true if this value and every intermediate value it
 * was computed from have finite enclosures: then no pole lies in the box and the function is
 * continuous there, which the mean-value form and the monotonicity test need ({@link #smooth()}).
 *
 * <p>[1] L. B. Rall, Automatic Differentiation, LNCS 120, 1981. [2] R. E. Moore,
 * R. B. Kearfott, M. J. Cloud, Introduction to Interval Analysis, SIAM 2009.
 */
public final class Dual {

    private static final Interval[] NO_PARTIALS = new Interval[0];

    private final Interval value;
    /** Partial derivatives (missing trailing entries are 0), or null when not enclosed. */
    private final Interval[] grad;
    private final boolean finite;

    private Dual(Interval value, Interval[] grad, boolean finite) {
        this.value = value;
        this.grad = grad;
        this.finite = finite && value.isFinite();
    }

    /** The result of an operation on {@code inputs}: finite only if they all were. */
    private static Dual result(Interval value, Interval[] grad, Dual... inputs) {
        boolean f = true;
        for (Dual d : inputs) {
            f &= d.finite;
        }
        return new Dual(value, grad, f);
    }

    /**
     * The independent variable on x: value x, derivative 1.
     *
     * Requires: x != null.
     * Ensures: result.value() == x && result.derivative().equals(Interval.ONE).
     */
    public static Dual variable(Interval x) {
        return variable(x, 1, 0);
    }

    /**
     * Variable {@code index} of a box of {@code dims} variables, ranging over x.
     *
     * Requires: x != null && 0 <= index && index < dims.
     */
    public static Dual variable(Interval x, int dims, int index) {
        if (index < 0 || index >= dims) {
            throw new IllegalArgumentException("variable " + index + " of " + dims);
        }
        Interval[] g = new Interval[dims];
        java.util.Arrays.fill(g, Interval.ZERO);
        g[index] = Interval.ONE;
        return new Dual(requireNonNull(x), g, true);
    }

    /**
     * A constant c: every partial is 0.
     *
     * Requires: c != null.
     * Ensures: result.value() == c && result.derivative().equals(Interval.ZERO).
     */
    public static Dual constant(Interval c) {
        return new Dual(requireNonNull(c), NO_PARTIALS, true);
    }

    /** {@code constant(Interval.of(c))}. */
    public static Dual constant(double c) {
        return constant(Interval.of(c));
    }

    /**
     * A caller-supplied pair (one variable): {@code value} must enclose f and {@code derivative}
     * must enclose f' (or, for a Lipschitz f with kinks such as |x| or min(f, g), every one-sided
     * derivative) on the argument. Used for pieces where the chain rule would meet an undefined
     * form; pass {@link Interval#ENTIRE} as derivative when nothing is known.
     *
     * Requires: value != null && derivative != null.
     * Ensures: result.value() == value && result.derivative() == derivative.
     * Throws IllegalArgumentException when value == null || derivative == null.
     */
    public static Dual of(Interval value, Interval derivative) {
        return new Dual(requireNonNull(value), new Interval[] {requireNonNull(derivative)}, true);
    }

    /**
     * A value computed from {@code inputs} whose derivative is not enclosed (for example a
     * function of an integer argument): finite only if the inputs were.
     */
    public static Dual withoutDerivative(Interval value, Dual... inputs) {
        return result(requireNonNull(value), null, inputs);
    }

    /** Enclosure of f on the argument. */
    public Interval value() {
        return value;
    }

    /**
     * Enclosure of f' on the argument (one variable).
     *
     * @throws UndefinedValueException when the derivative is not enclosed
     * @throws IllegalStateException for a function of several variables (use {@link #partial})
     */
    public Interval derivative() {
        if (grad != null && grad.length > 1) {
            throw new IllegalStateException("a function of " + grad.length + " variables has partials");
        }
        return partial(0);
    }

    /**
     * Enclosure of the partial derivative in variable i on the box.
     *
     * @throws UndefinedValueException when the derivative is not enclosed
     */
    public Interval partial(int i) {
        if (grad == null) {
            throw new UndefinedValueException("derivative", "not enclosed on this argument");
        }
        return i < grad.length ? grad[i] : Interval.ZERO;
    }

    /** Whether the partial derivatives are enclosed. */
    public boolean hasGradient() {
        return grad != null;
    }

    /** Whether this value and every intermediate value have finite enclosures (no pole). */
    public boolean finite() {
        return finite;
    }

    /** True if the value and the gradient may be used for mean-value and monotonicity arguments. */
    public boolean smooth() {
        return finite && grad != null;
    }

    /** Applies the chain rule {@code out' = factor * in'}, the factor computed lazily. */
    private static Interval[] chain(Dual in, Supplier<Interval> factor) {
        if (in.grad == null) {
            return null;
        }
        try {
            Interval f = null;
            Interval[] g = new Interval[in.grad.length];
            for (int i = 0; i < g.length; i++) {
                if (in.grad[i].equals(Interval.ZERO)) {
                    g[i] = Interval.ZERO;
                } else {
                    f = f == null ? factor.get() : f;
                    g[i] = f.mul(in.grad[i]);
                }
            }
            return g;
        } catch (UndefinedValueException e) {
            return null;
        }
    }

    /** {@code out' = fa * a' + fb * b'}, the factors computed lazily. */
    private static Interval[] combine(Dual a, Dual b, Supplier<Interval> fa, Supplier<Interval> fb) {
        if (a.grad == null || b.grad == null) {
            return null;
        }
        try {
            Interval[] g = new Interval[Math.max(a.grad.length, b.grad.length)];
            for (int i = 0; i < g.length; i++) {
                Interval ai = i < a.grad.length ? a.grad[i] : Interval.ZERO;
                Interval bi = i < b.grad.length ? b.grad[i] : Interval.ZERO;
                Interval x = ai.equals(Interval.ZERO) ? Interval.ZERO : fa.get().mul(ai);
                Interval y = bi.equals(Interval.ZERO) ? Interval.ZERO : fb.get().mul(bi);
                g[i] = x.add(y);
            }
            return g;
        } catch (UndefinedValueException e) {
            return null;
        }
    }

    /**
     * (u + v)' = u' + v'.
     *
     * Requires: o != null.
     * Ensures: result.value().equals(value().add(o.value())).
     */
    public Dual add(Dual o) {
        return result(value.add(o.value), combine(this, o, () -> Interval.ONE, () -> Interval.ONE), this, o);
    }

    /**
     * (u - v)' = u' - v'.
     *
     * Requires: o != null.
     * Ensures: result.value().equals(value().sub(o.value())).
     */
    public Dual sub(Dual o) {
        return result(value.sub(o.value), combine(this, o, () -> Interval.ONE, () -> Interval.ONE.neg()), this, o);
    }

    /**
     * (u v)' = u' v + u v'.
     *
     * Requires: o != null.
     * Ensures: result.value().equals(value().mul(o.value())).
     */
    public Dual mul(Dual o) {
        return result(value.mul(o.value), combine(this, o, () -> o.value, () -> value), this, o);
    }

    /**
     * (u / v)' = u' / v - (u / v) v' / v.
     *
     * Requires: o != null.
     * Ensures: result.value().equals(value().div(o.value())).
     */
    public Dual div(Dual o) {
        Interval q = value.div(o.value);
        return result(q, combine(this, o, () -> Interval.ONE.div(o.value), () -> q.div(o.value).neg()), this, o);
    }

    /** (-u)' = -u'. */
    public Dual neg() {
        return result(value.neg(), chain(this, () -> Interval.ONE.neg()), this);
    }

    /** (u^2)' = 2 u u'. */
    public Dual sqr() {
        return result(value.sqr(), chain(this, () -> value.mul(2.0)), this);
    }

    /**
     * (u^k)' = k u^(k-1) u'; {@code u^0 = 1} with derivative 0.
     *
     * Requires: k != Integer.MIN_VALUE.
     */
    public Dual pow(int k) {
        if (k == Integer.MIN_VALUE) {
            throw new IllegalArgumentException("exponent out of range: " + k);
        }
        if (k == 0) {
            return result(Interval.ONE, grad == null ? null : NO_PARTIALS, this);
        }
        if (k == 2) {
            return sqr();
        }
        return result(value.pow(k), chain(this, () -> value.pow(k - 1).mul(k)), this);
    }

    /**
     * {@code u^v = exp(v log u)} for u >= 0 (value by {@link Interval#pow(Interval)});
     * {@code (u^v)' = v u^(v-1) u' + u^v log(u) v'}, enclosed where u > 0 on the argument.
     *
     * Requires: y != null.
     */
    public Dual pow(Dual y) {
        Interval v = value.pow(y.value);
        Interval[] g = combine(this, y, () -> y.value.mul(value.pow(y.value.sub(1.0))), () -> v.mul(value.log()));
        return result(v, g, this, y);
    }

    /** (sqrt u)' = u' / (2 sqrt u). */
    public Dual sqrt() {
        Interval s = value.sqrt();
        return result(s, chain(this, () -> Interval.ONE.div(s.mul(2.0))), this);
    }

    /** (exp u)' = exp(u) u'. */
    public Dual exp() {
        Interval e = value.exp();
        return result(e, chain(this, () -> e), this);
    }

    /** (expm1 u)' = exp(u) u'. */
    public Dual expm1() {
        return result(value.expm1(), chain(this, () -> value.exp()), this);
    }

    /** (log u)' = u' / u. */
    public Dual log() {
        return result(value.log(), chain(this, () -> Interval.ONE.div(value)), this);
    }

    /** (log1p u)' = u' / (1 + u). */
    public Dual log1p() {
        return result(value.log1p(), chain(this, () -> Interval.ONE.div(value.add(1.0))), this);
    }

    /** |u|' = sign(u) u' (the hull [-1, 1] where u may change sign: every one-sided derivative). */
    public Dual abs() {
        Interval sign = value.lo() >= 0 ? Interval.ONE : value.hi() <= 0 ? Interval.ONE.neg() : Interval.of(-1, 1);
        return result(value.abs(), chain(this, () -> sign), this);
    }

    /** (lgamma u)' = digamma(u) u'. */
    public Dual lgamma() {
        return result(value.lgamma(), chain(this, () -> {
            try {
                return value.digamma();
            } catch (IllegalArgumentException e) {
                throw new UndefinedValueException("digamma", e.getMessage());
            }
        }), this);
    }

    /** min(u, v); where either may be the smaller, the (Clarke) derivative is in the hull of both. */
    public Dual min(Dual o) {
        return pick(o, true);
    }

    /** max(u, v); where either may be the larger, the (Clarke) derivative is in the hull of both. */
    public Dual max(Dual o) {
        return pick(o, false);
    }

    private Dual pick(Dual o, boolean min) {
        Interval v = min ? value.min(o.value) : value.max(o.value);
        boolean thisWins = min ? value.hi() < o.value.lo() : value.lo() > o.value.hi();
        boolean otherWins = min ? o.value.hi() < value.lo() : o.value.lo() > value.hi();
        if (thisWins) {
            return result(v, grad, this, o);
        }
        if (otherWins) {
            return result(v, o.grad, this, o);
        }
        if (grad == null || o.grad == null) {
            return result(v, null, this, o);
        }
        Interval[] g = new Interval[Math.max(grad.length, o.grad.length)];
        for (int i = 0; i < g.length; i++) {
            g[i] = partial(i).hull(o.partial(i));
        }
        return result(v, g, this, o);
    }

    @Override
    public String toString() {
        return "Dual(" + value + ", d " + (grad == null ? "unknown" : java.util.Arrays.toString(grad)) + ")";
    }

    private static Interval requireNonNull(Interval x) {
        if (x == null) {
            throw new IllegalArgumentException("interval is null");
        }
        return x;
    }
}
