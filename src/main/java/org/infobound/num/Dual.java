package org.infobound.num;

/**
 * Interval forward-mode automatic differentiation: a value enclosure and a derivative
 * enclosure, propagated by the chain rule with interval arithmetic, so for a function written
 * with these operations {@code f(variable(x))} encloses f and f' on the whole interval x
 * (Rall 1981 [1]; Moore, Kearfott, Cloud 2009, ch. 9 [2]). Used for mean-value forms
 * {@code f(x) in f(m) + f'(x) (x - m)}.
 *
 * <p>Every operation inherits the domain rules of {@link Interval} and may throw
 * {@link UndefinedValueException} (e.g. the derivative of sqrt at 0 is a division by 0 whose
 * hull is infinite).
 *
 * <p>[1] L. B. Rall, Automatic Differentiation, LNCS 120, 1981. [2] R. E. Moore,
 * R. B. Kearfott, M. J. Cloud, Introduction to Interval Analysis, SIAM 2009.
 */
public final class Dual {

    private final Interval value;
    private final Interval derivative;

    private Dual(Interval value, Interval derivative) {
        this.value = value;
        this.derivative = derivative;
    }

    /** The independent variable on x: value x, derivative 1. */
    /*@ requires x != null; ensures \result.value() == x && \result.derivative().equals(Interval.ONE); @*/
    public static Dual variable(Interval x) {
        return new Dual(requireNonNull(x), Interval.ONE);
    }

    /** A constant c: derivative 0. */
    /*@ requires c != null; ensures \result.value() == c && \result.derivative().equals(Interval.ZERO); @*/
    public static Dual constant(Interval c) {
        return new Dual(requireNonNull(c), Interval.ZERO);
    }

    /**
     * A caller-supplied pair: {@code value} must enclose f and {@code derivative} must enclose
     * f' (or, for a Lipschitz f with kinks such as |x| or min(f, g), every one-sided derivative)
     * on the argument. Used for pieces where the chain rule would meet an undefined form; pass
     * {@link Interval#ENTIRE} as derivative when nothing is known.
     */
    /*@ requires value != null && derivative != null;
      @ ensures \result.value() == value && \result.derivative() == derivative;
      @ signals (IllegalArgumentException) value == null || derivative == null; @*/
    public static Dual of(Interval value, Interval derivative) {
        return new Dual(requireNonNull(value), requireNonNull(derivative));
    }

    /** {@code constant(Interval.of(c))}. */
    public static Dual constant(double c) {
        return constant(Interval.of(c));
    }

    /** Enclosure of f on the argument. */
    public Interval value() {
        return value;
    }

    /** Enclosure of f' on the argument. */
    public Interval derivative() {
        return derivative;
    }

    /** (u + v)' = u' + v'. */
    /*@ requires o != null; ensures \result.value().equals(value().add(o.value())); @*/
    public Dual add(Dual o) {
        return new Dual(value.add(o.value), derivative.add(o.derivative));
    }

    /** (u - v)' = u' - v'. */
    /*@ requires o != null; ensures \result.value().equals(value().sub(o.value())); @*/
    public Dual sub(Dual o) {
        return new Dual(value.sub(o.value), derivative.sub(o.derivative));
    }

    /** (-u)' = -u'. */
    public Dual neg() {
        return new Dual(value.neg(), derivative.neg());
    }

    /** (u v)' = u' v + u v'. */
    /*@ requires o != null; ensures \result.value().equals(value().mul(o.value())); @*/
    public Dual mul(Dual o) {
        return new Dual(value.mul(o.value), derivative.mul(o.value).add(value.mul(o.derivative)));
    }

    /** (u / v)' = (u' - (u/v) v') / v. */
    /*@ requires o != null; ensures \result.value().equals(value().div(o.value())); @*/
    public Dual div(Dual o) {
        Interval q = value.div(o.value);
        return new Dual(q, derivative.sub(q.mul(o.derivative)).div(o.value));
    }

    /** (exp u)' = exp(u) u'. */
    public Dual exp() {
        Interval e = value.exp();
        return new Dual(e, e.mul(derivative));
    }

    /** (expm1 u)' = exp(u) u'. */
    public Dual expm1() {
        return new Dual(value.expm1(), value.exp().mul(derivative));
    }

    /** (log u)' = u' / u. */
    public Dual log() {
        return new Dual(value.log(), derivative.div(value));
    }

    /** (log1p u)' = u' / (1 + u). */
    public Dual log1p() {
        return new Dual(value.log1p(), derivative.div(value.add(1.0)));
    }

    /** (sqrt u)' = u' / (2 sqrt u). */
    public Dual sqrt() {
        Interval r = value.sqrt();
        return new Dual(r, derivative.div(r.mul(2.0)));
    }

    /** (u^k)' = k u^(k-1) u'; {@code u^0 = 1} with derivative 0. */
    /*@ requires k != Integer.MIN_VALUE; @*/
    public Dual pow(int k) {
        if (k == Integer.MIN_VALUE) {
            throw new IllegalArgumentException("exponent out of range: " + k);
        }
        if (k == 0) {
            return constant(Interval.ONE);
        }
        Interval dk = value.pow(k - 1).mul((double) k);
        return new Dual(value.pow(k), dk.mul(derivative));
    }

    /** {@code u^v = exp(v log u)} for u >= 0 (see {@link Interval#pow(Interval)}). */
    /*@ requires y != null; @*/
    public Dual pow(Dual y) {
        return y.mul(log()).exp();
    }

    @Override
    public String toString() {
        return "Dual(" + value + ", d " + derivative + ")";
    }

    private static Interval requireNonNull(Interval x) {
        if (x == null) {
            throw new IllegalArgumentException("interval is null");
        }
        return x;
    }
}
