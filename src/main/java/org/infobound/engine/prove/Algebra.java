package org.infobound.engine.prove;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.num.Interval;

/**
 * A sound symbolic normaliser for numeric expressions of the claim's numeric binders: each side
 * becomes a {@link RationalForm} over exact rationals, and {@code a == b} (so {@code a <= b})
 * holds when the forms are equal. Used by the ALGEBRA step; the checker re-normalises.
 *
 * <p><b>Soundness.</b> Every sub-expression must have a finite certified enclosure over the
 * binders' (closed) ranges, so both sides are defined and finite at every instance and field
 * arithmetic applies. Binders and the constants {@code pi}, {@code e} are symbols; any other
 * function application (and a power with a non-integer exponent) is an opaque atom, a symbol
 * keyed by the function and the normal forms of its arguments (same key, same value).
 * {@code sqrt(c * x1^k1 * ... )} with c the square of a rational and even k_i simplifies to
 * {@code sqrt(c) * |x1|^(k1/2) * ...}, and {@code |x|^j} to {@code x^j} or {@code (-x)^j} only
 * when the enclosure of x gives its sign over the whole range (else it stays an atom);
 * {@code abs(u)} likewise. Sizes are capped; beyond the caps the step is not taken.
 */
final class Algebra {

    private static final int MAX_POWER = 64;
    private static final Set<String> FUNCTIONS = Set.of("exp", "log", "log1p", "expm1", "log2", "lgamma", "digamma",
            "harmonic", "floor", "ceil", "min", "max");

    private final Context ctx;
    /** Sign of each symbol over the ranges: 1 nonnegative, -1 nonpositive, 0 unknown. */
    private final Map<String, Integer> signs = new HashMap<>();

    private Algebra(Context ctx) {
        this.ctx = ctx;
    }

    /**
     * The common normal form of two numeric expressions, as text, if they normalise equal;
     * empty if not (or if a side is not certainly defined and finite, or too large).
     */
    static Optional<String> sameForm(Expr a, Expr b, Context ctx) {
        if (!ctx.numeric(a) || !ctx.numeric(b)) {
            return Optional.empty();
        }
        try {
            Algebra alg = new Algebra(ctx);
            RationalForm x = alg.form(a);
            RationalForm y = alg.form(b);
            return x.sameAs(y) ? Optional.of(x.text()) : Optional.empty();
        } catch (NotCertified | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The normal form of one numeric expression (tests, explanations). */
    static Optional<String> normalForm(Expr e, Context ctx) {
        if (!ctx.numeric(e)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Algebra(ctx).form(e).text());
        } catch (NotCertified | ArithmeticException ex) {
            return Optional.empty();
        }
    }

    private RationalForm form(Expr e) {
        Interval range = Ranges.enclose(e, ctx);
        if (!range.isFinite()) {
            throw new NotCertified("may be infinite: " + ExprPrinter.print(e));
        }
        if (e instanceof Expr.IntLit i) {
            return constant(new BigFraction(i.value()));
        }
        if (e instanceof Expr.RealLit r) {
            return constant(decimal(r.value()));
        }
        if (e instanceof Expr.Var v) {
            return symbol(v.name(), range);
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return form(u.operand()).neg();
        }
        if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case ADD:
                    return form(b.left()).add(form(b.right()));
                case SUB:
                    return form(b.left()).sub(form(b.right()));
                case MUL:
                    return form(b.left()).mul(form(b.right()));
                case DIV:
                    return form(b.left()).div(form(b.right()));
                case POW: {
                    Integer k = smallInteger(b.right());
                    if (k != null) {
                        return form(b.left()).pow(k);
                    }
                    return atom("pow", List.of(b.left(), b.right()), range);
                }
                default:
                    throw new NotCertified("not arithmetic: " + b.op().symbol());
            }
        }
        if (e instanceof Expr.Call c && c.named().isEmpty() && c.args().size() == 1 && c.name().equals("sqrt")) {
            return sqrt(c.args().get(0), range);
        }
        if (e instanceof Expr.Call c && c.named().isEmpty() && c.args().size() == 1 && c.name().equals("abs")) {
            Interval in = Ranges.enclose(c.args().get(0), ctx);
            if (in.lo() >= 0) {
                return form(c.args().get(0));
            }
            if (in.hi() <= 0) {
                return form(c.args().get(0)).neg();
            }
            return atom("abs", c.args(), range);
        }
        if (e instanceof Expr.Call c && c.named().isEmpty() && FUNCTIONS.contains(c.name())) {
            return atom(c.name(), c.args(), range);
        }
        throw new NotCertified("not a numeric expression the normaliser knows: " + ExprPrinter.print(e));
    }

    /** sqrt(c m) = sqrt(c) |m|^(1/2) for a square rational c and even exponents; else an atom. */
    private RationalForm sqrt(Expr arg, Interval range) {
        RationalForm u = form(arg);
        if (u.num().isZero()) {
            return u;
        }
        if (u.isPolynomial() && u.num().terms.size() == 1) {
            Map.Entry<Mono, BigFraction> t = u.num().terms.firstEntry();
            BigFraction root = squareRoot(t.getValue());
            Mono half = halfWithSigns(t.getKey());
            int sign = half == null ? 0 : signOfHalf(t.getKey());
            if (root != null && sign != 0) {
                return RationalForm.of(Poly.term(sign < 0 ? root.negate() : root, half));
            }
        }
        return atom("sqrt", List.of(arg), range);
    }

    /** m^(1/2) up to the sign {@link #signOfHalf}; null unless every exponent is even. */
    private static Mono halfWithSigns(Mono m) {
        java.util.TreeMap<String, Integer> h = new java.util.TreeMap<>();
        for (Map.Entry<String, Integer> e : m.exps().entrySet()) {
            if (e.getValue() % 2 != 0) {
                return null;
            }
            h.put(e.getKey(), e.getValue() / 2);
        }
        return new Mono(h);
    }

    /** The sign of prod |x|^(k/2) / prod x^(k/2): +1, -1, or 0 when a needed sign is unknown. */
    private int signOfHalf(Mono m) {
        int sign = 1;
        for (Map.Entry<String, Integer> e : m.exps().entrySet()) {
            if ((e.getValue() / 2) % 2 != 0) {
                sign *= signs.getOrDefault(e.getKey(), 0);
            }
        }
        return sign;
    }

    private RationalForm symbol(String name, Interval range) {
        signs.merge(name, range.lo() >= 0 ? 1 : range.hi() <= 0 ? -1 : 0, (old, now) -> old != 0 ? old : now);
        return RationalForm.of(Poly.term(BigFraction.ONE, Mono.of(name)));
    }

    private RationalForm atom(String f, List<Expr> args, Interval range) {
        StringBuilder key = new StringBuilder(f).append('(');
        for (int i = 0; i < args.size(); i++) {
            key.append(i == 0 ? "" : "; ").append(form(args.get(i)).text());
        }
        return symbol(key.append(')').toString(), range);
    }

    private static RationalForm constant(BigFraction c) {
        return RationalForm.of(Poly.constant(c));
    }

    private static BigFraction decimal(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        if (Math.abs(scale) > 400) {
            throw new NotCertified("decimal exponent too large to normalise");
        }
        return scale >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(scale))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    private static BigFraction squareRoot(BigFraction c) {
        if (c.signum() < 0) {
            return null;
        }
        BigInteger n = c.getNumerator();
        BigInteger d = c.getDenominator();
        BigInteger rn = n.sqrt();
        BigInteger rd = d.sqrt();
        return rn.multiply(rn).equals(n) && rd.multiply(rd).equals(d) ? new BigFraction(rn, rd) : null;
    }

    private static Integer smallInteger(Expr e) {
        if (e instanceof Expr.IntLit i && i.value().bitLength() < 31 && Math.abs(i.value().intValue()) <= MAX_POWER) {
            return i.value().intValue();
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            Integer k = smallInteger(u.operand());
            return k == null ? null : -k;
        }
        return null;
    }
}
