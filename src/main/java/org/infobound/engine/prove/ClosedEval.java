package org.infobound.engine.prove;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.num.Interval;

/**
 * Certified evaluation of closed expressions over exact discrete laws ({@code bernoulli},
 * {@code categorical} with rational masses and rewards, {@code bon(law, n)} with uniform ties):
 * {@code KL, chi2, TV, H2, E} are enclosed from exact masses, the rest is interval arithmetic.
 * This is the prover's own small evaluator; the engine's certified evaluator can replace it.
 */
final class ClosedEval {

    private static final int MAX_N = 4096;

    private final Map<String, Dual> env = new HashMap<>();

    private ClosedEval() {
    }

    /** The enclosure of a closed numeric expression, or NotCertified. */
    static Interval eval(Expr e) {
        ClosedEval c = new ClosedEval();
        Expr numeric = c.extract(e);
        return new NumericEval(c.env, 0).eval(numeric).value;
    }

    /** Replaces each functional of laws by a fresh variable bound to its enclosure. */
    private Expr extract(Expr e) {
        if (e instanceof Expr.Call c && Functionals.contains(c.name())) {
            String name = "v_" + env.size();
            env.put(name, Dual.constant(functional(c), 0));
            return new Expr.Var(c.span(), name);
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.span(), b.op(), extract(b.left()), extract(b.right()));
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.span(), u.op(), extract(u.operand()));
        }
        if (e instanceof Expr.Call c) {
            return new Expr.Call(c.span(), c.callee(), c.form(), c.args().stream().map(this::extract).toList(), c.named());
        }
        return e;
    }

    private static final java.util.Set<String> Functionals = java.util.Set.of("KL", "chi2", "TV", "H2", "E");

    private static Interval functional(Expr.Call c) {
        ExactLaw p = law(c.args().get(0));
        if (c.name().equals("E")) {
            if (c.args().size() != 1) {
                throw new NotCertified("E with an outcome expression is not evaluated here");
            }
            BigFraction m = BigFraction.ZERO;
            for (int i = 0; i < p.probs().length; i++) {
                m = m.add(p.probs()[i].multiply(p.rewards()[i]));
            }
            return Interval.of(m);
        }
        if (c.args().size() != 2) {
            throw new NotCertified("unsupported form of " + c.name());
        }
        ExactLaw q = law(c.args().get(1));
        if (!p.sameAlphabet(q)) {
            throw new NotCertified("laws on different alphabets");
        }
        Interval sum = Interval.ZERO;
        BigFraction exact = BigFraction.ZERO;
        for (int i = 0; i < p.probs().length; i++) {
            BigFraction a = p.probs()[i];
            BigFraction b = q.probs()[i];
            switch (c.name()) {
                case "KL" -> {
                    if (a.signum() > 0) {
                        if (b.signum() == 0) {
                            return Interval.POSITIVE_INFINITY;
                        }
                        sum = sum.add(Interval.of(a).mul(Interval.of(a.divide(b)).log()));
                    }
                }
                case "chi2" -> {
                    if (a.signum() > 0 && b.signum() == 0) {
                        return Interval.POSITIVE_INFINITY;
                    }
                    exact = b.signum() == 0 ? exact : exact.add(a.multiply(a).divide(b));
                }
                case "TV" -> exact = exact.add(a.subtract(b).abs().divide(2));
                default -> sum = sum.add(Interval.of(a.multiply(b)).sqrt());
            }
        }
        return switch (c.name()) {
            case "KL" -> sum;
            case "chi2" -> Interval.of(exact.subtract(BigFraction.ONE));
            case "TV" -> Interval.of(exact);
            default -> Interval.ONE.sub(sum);
        };
    }

    private static ExactLaw law(Expr e) {
        if (e instanceof Expr.Call c && c.name().equals("bernoulli") && c.args().size() == 1 && c.named().isEmpty()) {
            BigFraction x = rational(c.args().get(0));
            return valid(new ExactLaw(new BigFraction[] {BigFraction.ONE.subtract(x), x},
                    new BigFraction[] {BigFraction.ZERO, BigFraction.ONE}));
        }
        if (e instanceof Expr.Call c && c.name().equals("categorical") && c.args().size() == 1 && c.named().size() == 1
                && c.named().get(0).name().name().equals("rewards")
                && c.args().get(0) instanceof Expr.ListLit ps && c.named().get(0).value() instanceof Expr.ListLit rs
                && ps.elements().size() == rs.elements().size()) {
            BigFraction[] p = ps.elements().stream().map(ClosedEval::rational).toArray(BigFraction[]::new);
            BigFraction[] r = rs.elements().stream().map(ClosedEval::rational).toArray(BigFraction[]::new);
            return valid(new ExactLaw(p, r));
        }
        if (e instanceof Expr.Call c && c.name().equals("bon") && c.args().size() == 2 && c.named().isEmpty()) {
            BigFraction n = rational(c.args().get(1));
            if (!n.getDenominator().equals(BigInteger.ONE) || n.signum() <= 0 || n.compareTo(new BigFraction(MAX_N)) > 0) {
                throw new NotCertified("bon needs an integer n in 1.." + MAX_N + " here");
            }
            return law(c.args().get(0)).bon(n.intValue());
        }
        throw new NotCertified("not an exact discrete law: " + ExprPrinter.print(e));
    }

    private static ExactLaw valid(ExactLaw law) {
        BigFraction total = BigFraction.ZERO;
        for (BigFraction q : law.probs()) {
            if (q.signum() < 0) {
                throw new NotCertified("a negative probability");
            }
            total = total.add(q);
        }
        if (!total.equals(BigFraction.ONE)) {
            throw new NotCertified("probabilities do not sum to 1");
        }
        return law;
    }

    /** The exact rational value of a constant arithmetic expression. */
    static BigFraction rational(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return new BigFraction(i.value());
        }
        if (e instanceof Expr.RealLit r) {
            return new BigFraction(r.value().unscaledValue(), BigInteger.TEN.pow(Math.max(0, r.value().scale())))
                    .multiply(r.value().scale() < 0 ? new BigFraction(BigInteger.TEN.pow(-r.value().scale())) : BigFraction.ONE);
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return rational(u.operand()).negate();
        }
        if (e instanceof Expr.Binary b) {
            BigFraction l = rational(b.left());
            if (b.op() == BinaryOp.POW && b.right() instanceof Expr.IntLit k && k.value().bitLength() < 16) {
                return l.pow(k.value().intValue());
            }
            BigFraction r = rational(b.right());
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
                default -> throw new NotCertified("not a rational constant: " + ExprPrinter.print(e));
            };
        }
        throw new NotCertified("not a rational constant: " + ExprPrinter.print(e));
    }
}
