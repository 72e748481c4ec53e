package org.infobound.engine.prove;

import java.util.function.Supplier;
import org.infobound.num.Interval;
import org.infobound.num.UndefinedValueException;

/**
 * First-order interval automatic differentiation: an enclosure of a function's value over a box
 * and an enclosure of each partial derivative over the same box (forward mode, Rall 1981).
 * The derivative part is used for mean-value forms and monotonicity tests; it may be unknown
 * ({@code null}) where the chain rule would divide by zero or hit {@code 0 * inf} (e.g. sqrt at 0),
 * and then only the value is used. Both parts are sound enclosures by the fundamental theorem of
 * interval arithmetic, applied to the derivative formulas below.
 *
 * <p>References: [1] L. B. Rall, Automatic Differentiation, LNCS 120, 1981. [2] R. E. Moore,
 * Interval Analysis, 1966, chapter 3 (mean-value form).
 */
final class Dual {

    final Interval value;
    /** Partial derivatives, one per dimension, or null when not enclosed. */
    final Interval[] grad;
    /**
     * True if this value and every intermediate value it was computed from have finite
     * enclosures: then no pole lies in the box and the function is continuous there, which the
     * mean-value form and the monotonicity test need.
     */
    final boolean finite;

    Dual(Interval value, Interval[] grad) {
        this(value, grad, value.isFinite());
    }

    private Dual(Interval value, Interval[] grad, boolean finite) {
        this.value = value;
        this.grad = grad;
        this.finite = finite && value.isFinite();
    }

    /** The result of an operation on {@code inputs}: finite only if they all were. */
    static Dual of(Interval value, Interval[] grad, Dual... inputs) {
        boolean f = true;
        for (Dual d : inputs) {
            f &= d.finite;
        }
        return new Dual(value, grad, f);
    }

    /** True if the value and the gradient may be used for mean-value and monotonicity arguments. */
    boolean smooth() {
        return finite && grad != null;
    }

    static Dual constant(Interval v, int dims) {
        Interval[] g = new Interval[dims];
        java.util.Arrays.fill(g, Interval.ZERO);
        return new Dual(v, g);
    }

    static Dual variable(Interval v, int dims, int index) {
        Dual d = constant(v, dims);
        d.grad[index] = Interval.ONE;
        return d;
    }


    boolean hasGradient() {
        return grad != null;
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

    private static Interval[] combine(Dual a, Dual b, Supplier<Interval> fa, Supplier<Interval> fb) {
        if (a.grad == null || b.grad == null) {
            return null;
        }
        try {
            Interval[] g = new Interval[a.grad.length];
            for (int i = 0; i < g.length; i++) {
                Interval x = a.grad[i].equals(Interval.ZERO) ? Interval.ZERO : fa.get().mul(a.grad[i]);
                Interval y = b.grad[i].equals(Interval.ZERO) ? Interval.ZERO : fb.get().mul(b.grad[i]);
                g[i] = x.add(y);
            }
            return g;
        } catch (UndefinedValueException e) {
            return null;
        }
    }

    Dual add(Dual o) {
        return of(value.add(o.value), combine(this, o, () -> Interval.ONE, () -> Interval.ONE), this, o);
    }

    Dual sub(Dual o) {
        return of(value.sub(o.value), combine(this, o, () -> Interval.ONE, () -> Interval.ONE.neg()), this, o);
    }

    Dual mul(Dual o) {
        return of(value.mul(o.value), combine(this, o, () -> o.value, () -> value), this, o);
    }

    Dual div(Dual o) {
        Interval q = value.div(o.value);
        // (u / v)' = u' / v - (u / v) v' / v
        return of(q, combine(this, o, () -> Interval.ONE.div(o.value), () -> q.div(o.value).neg()), this, o);
    }

    Dual neg() {
        return of(value.neg(), chain(this, () -> Interval.ONE.neg()), this);
    }

    Dual sqr() {
        return of(value.sqr(), chain(this, () -> value.mul(2.0)), this);
    }

    Dual pow(int k) {
        if (k == 0) {
            return constant(Interval.ONE, grad == null ? 0 : grad.length).withGradient(grad != null);
        }
        if (k == 2) {
            return sqr();
        }
        return of(value.pow(k), chain(this, () -> value.pow(k - 1).mul(k)), this);
    }

    Dual sqrt() {
        Interval s = value.sqrt();
        return of(s, chain(this, () -> Interval.ONE.div(s.mul(2.0))), this);
    }

    Dual exp() {
        Interval e = value.exp();
        return of(e, chain(this, () -> e), this);
    }

    Dual log() {
        return of(value.log(), chain(this, () -> Interval.ONE.div(value)), this);
    }

    Dual log1p() {
        return of(value.log1p(), chain(this, () -> Interval.ONE.div(value.add(1.0))), this);
    }

    Dual expm1() {
        return of(value.expm1(), chain(this, () -> value.exp()), this);
    }

    Dual abs() {
        Interval sign = value.lo() >= 0 ? Interval.ONE : value.hi() <= 0 ? Interval.ONE.neg() : Interval.of(-1, 1);
        return of(value.abs(), chain(this, () -> sign), this);
    }

    /** {@code x^y = exp(y log x)} for a non-constant exponent; x > 0 on the box for the derivative. */
    Dual powReal(Dual y) {
        Interval v = value.pow(y.value);
        Interval[] g = combine(this, y, () -> y.value.mul(value.pow(y.value.sub(1.0))), () -> v.mul(value.log()));
        return of(v, g, this, y);
    }

    Dual min(Dual o) {
        return pick(o, true);
    }

    Dual max(Dual o) {
        return pick(o, false);
    }

    private Dual pick(Dual o, boolean min) {
        Interval v = min ? value.min(o.value) : value.max(o.value);
        boolean thisWins = min ? value.hi() < o.value.lo() : value.lo() > o.value.hi();
        boolean otherWins = min ? o.value.hi() < value.lo() : o.value.lo() > value.hi();
        if (thisWins) {
            return of(v, grad, this, o);
        }
        if (otherWins) {
            return of(v, o.grad, this, o);
        }
        // Either branch may be active: the (Clarke) derivative lies in the hull of both.
        if (grad == null || o.grad == null) {
            return of(v, null, this, o);
        }
        Interval[] g = new Interval[grad.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = grad[i].hull(o.grad[i]);
        }
        return of(v, g, this, o);
    }

    private Dual withGradient(boolean keep) {
        return keep ? this : new Dual(value, null, finite);
    }
}
