package org.infobound.lang.check;

import java.math.BigDecimal;
import java.math.MathContext;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.lang.diag.Code;

/**
 * Literal parameter range checks (spec/DIAGNOSTICS.md: {@code normal(0, -1)}, alpha out of
 * range, probabilities not summing to 1). Only constant arguments are checked here, exactly;
 * arguments that depend on binders are checked per instance by the engine.
 */
final class Ranges {

    private final Diags diags;

    Ranges(Diags diags) {
        this.diags = diags;
    }

    boolean lineLaw(String f, java.util.List<Expr> a) {
        switch (f) {
            case "normal": return positive(f, "sigma", a.get(1));
            case "exponential": return positive(f, "rate", a.get(0));
            case "uniform": return ordered(a.get(0), a.get(1));
            case "beta": return positive(f, "a", a.get(0)) & positive(f, "b", a.get(1));
            case "gamma": return positive(f, "shape", a.get(0)) & positive(f, "scale", a.get(1));
            case "laplace": return positive(f, "b", a.get(1));
            case "logistic": return positive(f, "s", a.get(1));
            case "gumbel": return positive(f, "beta", a.get(1));
            case "pareto": return positive(f, "xm", a.get(0)) & positive(f, "alpha", a.get(1));
            default: throw new AssertionError(f);
        }
    }

    boolean positive(String f, String name, Expr e) {
        BigFraction v = Fold.value(e);
        if (v == null || v.compareTo(BigFraction.ZERO) > 0) {
            return true;
        }
        return fail(f, name, e, "> 0", v);
    }

    boolean atLeast(String f, String name, Expr e, int k) {
        BigFraction v = Fold.value(e);
        if (v == null || v.compareTo(new BigFraction(k)) >= 0) {
            return true;
        }
        return fail(f, name, e, ">= " + k, v);
    }

    boolean closed01(String f, String name, Expr e) {
        BigFraction v = Fold.value(e);
        if (v == null || (v.compareTo(BigFraction.ZERO) >= 0 && v.compareTo(BigFraction.ONE) <= 0)) {
            return true;
        }
        return fail(f, name, e, "in [0, 1]", v);
    }

    boolean alpha(Expr e) {
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG && u.operand() instanceof Expr.Var v
                && v.name().equals("inf")) {
            diags.add(Code.E401, e.span(), "renyi: alpha must be in [0, inf], found -inf");
            return false;
        }
        BigFraction v = Fold.value(e);
        if (v == null || v.compareTo(BigFraction.ZERO) >= 0) {
            return true;
        }
        return fail("renyi", "alpha", e, "in [0, inf]", v);
    }

    /**
     * A literal {@code Df} generator must satisfy f(1) = 0 (spec/LANGUAGE.md sections 7-8). Checked
     * when f(1) folds exactly; otherwise (and convexity always) the engine checks it.
     */
    boolean generatorAtOne(Expr f) {
        if (!(f instanceof Expr.Lambda l)) {
            return true;
        }
        BigFraction at1 = Fold.value(l.body(), java.util.Map.of(l.param().name(), BigFraction.ONE));
        if (at1 == null || at1.compareTo(BigFraction.ZERO) == 0) {
            return true;
        }
        diags.add(Code.E401, f.span(), "Df: the generator must have f(1) = 0, found f(1) = " + show(at1),
                "subtract the constant, e.g. t -> f(t) - f(1)");
        return false;
    }

    private boolean ordered(Expr lo, Expr hi) {
        BigFraction a = Fold.value(lo);
        BigFraction b = Fold.value(hi);
        if (a == null || b == null || a.compareTo(b) < 0) {
            return true;
        }
        diags.add(Code.E401, lo.span().to(hi.span()), "uniform(a, b) needs a < b, found a = " + show(a) + ", b = " + show(b));
        return false;
    }

    /** Each probability in [0, 1] and, when all are constants, an exact sum of 1. */
    boolean simplex(Expr.ListLit probs) {
        BigFraction sum = BigFraction.ZERO;
        boolean known = true;
        for (Expr p : probs.elements()) {
            if (!closed01("categorical", "each probability", p)) {
                return false;
            }
            BigFraction v = Fold.value(p);
            known &= v != null;
            sum = v == null ? sum : sum.add(v);
        }
        if (known && !sum.equals(BigFraction.ONE)) {
            diags.add(Code.E404, probs.span(), "categorical probabilities sum to " + show(sum) + ", not 1",
                    "sums are exact: 0.1 is 1/10; write 1/3 rather than 0.333");
            return false;
        }
        return true;
    }

    private boolean fail(String f, String name, Expr e, String want, BigFraction v) {
        diags.add(Code.E401, e.span(), f + ": " + name + " must be " + want + ", found " + show(v));
        return false;
    }

    /** An exact value in short form: an integer, a short decimal, or p/q. */
    static String show(BigFraction v) {
        if (v.getDenominator().equals(java.math.BigInteger.ONE)) {
            return shorten(v.getNumerator().toString());
        }
        try {
            if (v.getDenominator().bitLength() > 64) {
                throw new ArithmeticException("too long for a decimal");
            }
            BigDecimal d = new BigDecimal(v.getNumerator()).divide(new BigDecimal(v.getDenominator()), MathContext.UNLIMITED);
            String s = d.stripTrailingZeros().toPlainString();
            if (s.length() <= 20) {
                return s;
            }
        } catch (ArithmeticException nonTerminating) {
            // fall through to p/q
        }
        return shorten(v.getNumerator().toString()) + "/" + shorten(v.getDenominator().toString());
    }

    private static String shorten(String digits) {
        return digits.length() <= 24 ? digits : digits.substring(0, 10) + "...(" + digits.length() + " digits)";
    }
}
