package org.infobound.num;

/**
 * A truncated Taylor series with interval coefficients, {@code sum_{k <= K} c_k d^k}, for
 * interval automatic differentiation of higher order: the jet of a function at an interval
 * argument X (the variable jet {@code X + d}) has coefficients that enclose
 * {@code f^(k)(xi)/k!} for every xi in X, so that on a piece [a, b] with m in [a, b]
 * {@code f(x) = sum_{k < K} c_k(m) (x - m)^k + c_K(xi) (x - m)^K} (Taylor with Lagrange
 * remainder) is enclosed from the jet at the point m and the jet on the piece.
 *
 * <p>The recurrences (products, quotients, exp, log, sqrt, powers) are the standard ones of
 * automatic differentiation (A. Griewank, A. Walther, Evaluating Derivatives, SIAM 2008,
 * ch. 13; R. E. Moore, Methods and Applications of Interval Analysis, SIAM 1979, ch. 3), each
 * an identity between the coefficients at every point, evaluated in outward-rounded interval
 * arithmetic. Where a recurrence would divide by an enclosure containing 0 (log, sqrt, a real
 * power at 0, a quotient by a possibly zero denominator) or a function is not smooth on the
 * argument ({@code abs} of an argument that may change sign), an
 * {@link UndefinedValueException} is thrown: the caller falls back to a lower-order form.
 */
public final class Jet {

    private final Interval[] c;

    private Jet(Interval[] c) {
        this.c = c;
    }

    /** The variable jet {@code x + d} of the given order K (K + 1 coefficients). */
    public static Jet variable(Interval x, int order) {
        Interval[] c = zeros(order);
        c[0] = x;
        if (order >= 1) {
            c[1] = Interval.ONE;
        }
        return new Jet(c);
    }

    /** The constant jet {@code x}. */
    public static Jet constant(Interval x, int order) {
        Interval[] c = zeros(order);
        c[0] = x;
        return new Jet(c);
    }

    private static Interval[] zeros(int order) {
        if (order < 0) {
            throw new IllegalArgumentException("order must be >= 0, got " + order);
        }
        Interval[] c = new Interval[order + 1];
        java.util.Arrays.fill(c, Interval.ZERO);
        return c;
    }

    /** The order K. */
    public int order() {
        return c.length - 1;
    }

    /** The coefficient of {@code d^k}, enclosing {@code f^(k)/k!} on the argument. */
    public Interval coefficient(int k) {
        return c[k];
    }

    /** The value enclosure (coefficient 0). */
    public Interval value() {
        return c[0];
    }

    private void same(Jet o) {
        if (o.c.length != c.length) {
            throw new IllegalArgumentException("jets of different orders");
        }
    }

    public Jet add(Jet o) {
        same(o);
        Interval[] r = new Interval[c.length];
        for (int k = 0; k < c.length; k++) {
            r[k] = c[k].add(o.c[k]);
        }
        return new Jet(r);
    }

    public Jet sub(Jet o) {
        return add(o.neg());
    }

    public Jet neg() {
        Interval[] r = new Interval[c.length];
        for (int k = 0; k < c.length; k++) {
            r[k] = c[k].neg();
        }
        return new Jet(r);
    }

    /** Multiplication by an interval constant. */
    public Jet scale(Interval s) {
        Interval[] r = new Interval[c.length];
        for (int k = 0; k < c.length; k++) {
            r[k] = c[k].mul(s);
        }
        return new Jet(r);
    }

    public Jet mul(Jet o) {
        same(o);
        Interval[] r = new Interval[c.length];
        for (int k = 0; k < c.length; k++) {
            Interval s = Interval.ZERO;
            for (int i = 0; i <= k; i++) {
                s = s.add(c[i].mul(o.c[k - i]));
            }
            r[k] = s;
        }
        return new Jet(r);
    }

    private static void requireNonzero(Interval x, String what) {
        if (!(x.lo() > 0 || x.hi() < 0) || !x.isFinite()) {
            throw new UndefinedValueException(what, "enclosure " + x + " may contain 0 or is unbounded");
        }
    }

    private static void requirePositive(Interval x, String what) {
        if (!(x.lo() > 0) || !x.isFinite()) {
            throw new UndefinedValueException(what, "enclosure " + x + " is not certainly positive and finite");
        }
    }

    /** {@code q = a / b}: {@code q_k = (a_k - sum_{i=1}^k b_i q_{k-i}) / b_0}. */
    public Jet div(Jet o) {
        same(o);
        requireNonzero(o.c[0], "division");
        Interval[] q = new Interval[c.length];
        for (int k = 0; k < c.length; k++) {
            Interval s = c[k];
            for (int i = 1; i <= k; i++) {
                s = s.sub(o.c[i].mul(q[k - i]));
            }
            q[k] = s.div(o.c[0]);
        }
        return new Jet(q);
    }

    /** {@code e = exp(a)}: {@code e_k = (1/k) sum_{i=1}^k i a_i e_{k-i}}. */
    public Jet exp() {
        requireFinite();
        Interval[] e = new Interval[c.length];
        e[0] = c[0].exp();
        return new Jet(expTail(e));
    }

    /** {@code expm1(a)}: value {@code expm1(a_0)}, higher coefficients those of exp. */
    public Jet expm1() {
        requireFinite();
        Interval[] e = new Interval[c.length];
        e[0] = c[0].exp();
        Interval[] r = expTail(e);
        r[0] = c[0].expm1();
        return new Jet(r);
    }

    private Interval[] expTail(Interval[] e) {
        for (int k = 1; k < c.length; k++) {
            Interval s = Interval.ZERO;
            for (int i = 1; i <= k; i++) {
                s = s.add(c[i].mul(e[k - i]).mul(i));
            }
            e[k] = s.div(k);
        }
        return e;
    }

    private void requireFinite() {
        for (Interval x : c) {
            if (!x.isFinite()) {
                throw new UndefinedValueException("jet", "unbounded coefficient " + x);
            }
        }
    }

    /** {@code l = log(a)}: {@code l_k = (a_k - (1/k) sum_{i=1}^{k-1} i l_i a_{k-i}) / a_0}. */
    public Jet log() {
        requirePositive(c[0], "log");
        requireFinite();
        return new Jet(logTail(c[0].log(), c[0]));
    }

    /** {@code log1p(a) = log(1 + a)}. */
    public Jet log1p() {
        Interval b0 = c[0].add(1.0);
        requirePositive(b0, "log1p");
        requireFinite();
        return new Jet(logTail(c[0].log1p(), b0));
    }

    private Interval[] logTail(Interval l0, Interval b0) {
        Interval[] l = new Interval[c.length];
        l[0] = l0;
        for (int k = 1; k < c.length; k++) {
            Interval s = Interval.ZERO;
            for (int i = 1; i < k; i++) {
                s = s.add(l[i].mul(c[k - i]).mul(i));
            }
            l[k] = c[k].sub(s.div(k)).div(b0);
        }
        return l;
    }

    /** {@code s = sqrt(a)}: {@code s_k = (a_k - sum_{i=1}^{k-1} s_i s_{k-i}) / (2 s_0)}. */
    public Jet sqrt() {
        requirePositive(c[0], "sqrt");
        requireFinite();
        Interval[] s = new Interval[c.length];
        s[0] = c[0].sqrt();
        Interval twice = s[0].mul(2);
        for (int k = 1; k < c.length; k++) {
            Interval acc = c[k];
            for (int i = 1; i < k; i++) {
                acc = acc.sub(s[i].mul(s[k - i]));
            }
            s[k] = acc.div(twice);
        }
        return new Jet(s);
    }

    /** {@code a^k} for an integer k (negative: {@code 1 / a^-k}), by repeated squaring. */
    public Jet pow(int k) {
        if (k < 0) {
            return constant(Interval.ONE, order()).div(pow(-k));
        }
        Jet result = constant(Interval.ONE, order());
        Jet base = this;
        int e = k;
        while (e > 0) {
            if ((e & 1) == 1) {
                result = result.mul(base);
            }
            e >>= 1;
            if (e > 0) {
                base = base.mul(base);
            }
        }
        return result;
    }

    /**
     * {@code p = a^y} for a constant real y and {@code a > 0}:
     * {@code p_k = (1/(k a_0)) sum_{i=0}^{k-1} (y (k - i) - i) a_{k-i} p_i}.
     */
    public Jet pow(Interval y) {
        requirePositive(c[0], "power");
        requireFinite();
        if (!y.isFinite()) {
            throw new UndefinedValueException("power", "unbounded exponent");
        }
        Interval[] p = new Interval[c.length];
        p[0] = c[0].pow(y);
        for (int k = 1; k < c.length; k++) {
            Interval s = Interval.ZERO;
            for (int i = 0; i < k; i++) {
                s = s.add(y.mul(k - i).sub(i).mul(c[k - i]).mul(p[i]));
            }
            p[k] = s.div(c[0].mul(k));
        }
        return new Jet(p);
    }

    /** {@code |a|} where a has a certain sign on the argument; else undefined (not smooth). */
    public Jet abs() {
        if (c[0].lo() > 0) {
            return this;
        }
        if (c[0].hi() < 0) {
            return neg();
        }
        throw new UndefinedValueException("abs", "argument " + c[0] + " may change sign");
    }

    /** {@code min(a, b)} where one is certainly the smaller on the argument; else undefined. */
    public Jet min(Jet o) {
        if (c[0].hi() < o.c[0].lo()) {
            return this;
        }
        if (o.c[0].hi() < c[0].lo()) {
            return o;
        }
        throw new UndefinedValueException("min", "the order of the arguments is not certain");
    }

    /** {@code max(a, b)} where one is certainly the larger on the argument; else undefined. */
    public Jet max(Jet o) {
        if (c[0].lo() > o.c[0].hi()) {
            return this;
        }
        if (o.c[0].lo() > c[0].hi()) {
            return o;
        }
        throw new UndefinedValueException("max", "the order of the arguments is not certain");
    }

    @Override
    public String toString() {
        return java.util.Arrays.toString(c);
    }
}
