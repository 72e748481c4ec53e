package org.infobound.engine.prove;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;
import org.infobound.lang.ast.UnaryOp;

/**
 * Linear rearrangement (the LINEAR step, spec/CHECK.md): both sides of a relation become exact
 * linear forms over opaque atoms, with expectations on a finite alphabet expanded by linearity
 * ({@code E(p, a X + b Y + c) = a E(p, X) + b E(p, Y) + c} for rational a, b, c, and
 * {@code E(p, r) = E(p)}). Then
 * <ul>
 * <li>{@code A == B} holds when B - A is the zero form;</li>
 * <li>{@code A <= B} (or {@code <}) holds from a premise {@code X <= Y} (or {@code <}, {@code ==})
 *     when (B - A) - (Y - X) is a nonnegative constant after each {@code c abs(w)} (c > 0) is
 *     replaced by {@code c w} or {@code -c w} (a lower bound); with no premise, when B - A itself
 *     is such.</li>
 * </ul>
 *
 * <p><b>Soundness.</b> Field arithmetic applies only to finite values: every atom must be finite
 * at every instance (numeric expressions with a finite enclosure; E, var, sd, the variance proxies,
 * TV, H2, BC, JS, collision, pmax of a law on the claim's finite alphabet with its side conditions;
 * sums, products, sqrt, abs and exp of finite atoms; and a functional t with a fact {@code t < inf}
 * among the hypothesis's conjuncts or the step's premises). Linearity of E is exact for a finite
 * sum with finite outcome values (rewards and fn binders take real values). The prover and
 * {@link CertificateChecker} compute the same forms; the checker trusts only the premises' facts.
 */
final class Linear {

    private static final Set<String> FINITE_ON_ALPHABET = Set.of("E", "var", "sd", "sigma2", "sigma2_right",
            "sigma2_left", "TV", "H2", "BC", "JS", "collision", "pmax");
    private static final int MAX_ABS = 3;

    /** A linear form: rational coefficients over atom keys, plus a constant. */
    record Form(TreeMap<String, BigFraction> terms, BigFraction constant) {

        static Form constant(BigFraction c) {
            return new Form(new TreeMap<>(), c);
        }

        static Form atom(String key) {
            TreeMap<String, BigFraction> t = new TreeMap<>();
            t.put(key, BigFraction.ONE);
            return new Form(t, BigFraction.ZERO);
        }

        Form add(Form o, BigFraction k) {
            TreeMap<String, BigFraction> t = new TreeMap<>(terms);
            o.terms.forEach((a, c) -> {
                BigFraction v = t.getOrDefault(a, BigFraction.ZERO).add(c.multiply(k));
                if (v.signum() == 0) {
                    t.remove(a);
                } else {
                    t.put(a, v);
                }
            });
            return new Form(t, constant.add(o.constant.multiply(k)));
        }

        Form scale(BigFraction k) {
            return Form.constant(BigFraction.ZERO).add(this, k);
        }

        boolean isConstant() {
            return terms.isEmpty();
        }

        String text() {
            StringBuilder b = new StringBuilder();
            terms.forEach((a, c) -> b.append(b.length() == 0 ? "" : " + ").append(c).append(" * [").append(a).append(']'));
            return b.append(b.length() == 0 ? "" : " + ").append(constant).toString();
        }
    }

    private final Context ctx;
    /** Decides finiteness of a functional not finite by definition (a fact {@code t < inf}). */
    private final Predicate<Expr> finiteFact;
    /** The abs atoms met: key to the form of the argument (null when not linear). */
    private final Map<String, Form> absArguments = new TreeMap<>();
    /** The expression of each atom key met (for the prover's second premise). */
    final Map<String, Expr> atoms = new TreeMap<>();

    Linear(Context ctx, Predicate<Expr> finiteFact) {
        this.ctx = ctx;
        this.finiteFact = finiteFact;
    }

    /** The facts {@code t < inf} among the hypothesis's conjuncts and the given facts, as a predicate. */
    static Predicate<Expr> facts(Context ctx, List<Expr> more) {
        Set<String> known = new java.util.HashSet<>();
        List<Expr> all = new ArrayList<>(ctx.assumptions);
        all.addAll(more);
        for (Expr a : all) {
            Optional<Relation> r = Relations.of(a);
            if (r.isPresent() && r.get().op() == RelOp.LT && r.get().rhs() instanceof Expr.Var v && v.name().equals("inf")) {
                known.add(Exprs.canon(r.get().lhs()));
            }
        }
        return t -> known.contains(Exprs.canon(t));
    }

    /** The form of e, or NotCertified if an atom may be infinite or undefined. */
    Form form(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return Form.constant(new BigFraction(i.value()));
        }
        if (e instanceof Expr.RealLit r) {
            return Form.constant(decimal(r.value()));
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return form(u.operand()).scale(BigFraction.MINUS_ONE);
        }
        if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case ADD:
                    return form(b.left()).add(form(b.right()), BigFraction.ONE);
                case SUB:
                    return form(b.left()).add(form(b.right()), BigFraction.MINUS_ONE);
                case MUL: {
                    Form l = form(b.left());
                    Form r = form(b.right());
                    if (l.isConstant()) {
                        return r.scale(l.constant());
                    }
                    if (r.isConstant()) {
                        return l.scale(r.constant());
                    }
                    // a product of two non-constant finite factors is one atom; its key does not
                    // depend on the factors' order (x * y = y * x for finite reals; atom() checks both
                    // finite), so log(2) * TV(p, q) and TV(p, q) * log(2) are the same atom
                    return Exprs.canon(b.left()).compareTo(Exprs.canon(b.right())) <= 0 ? atom(e)
                            : atom(new Expr.Binary(b.span(), BinaryOp.MUL, b.right(), b.left()));
                }
                case DIV: {
                    Form r = form(b.right());
                    if (r.isConstant() && r.constant().signum() != 0) {
                        return form(b.left()).scale(r.constant().reciprocal());
                    }
                    return atom(e);
                }
                default:
                    return atom(e);
            }
        }
        if (e instanceof Expr.Call c && c.name().equals("E") && c.named().isEmpty() && c.args().size() == 2
                && finiteLaw(c.args().get(0)) && SideConditions.holds(c, ctx)) {
            Optional<Form> outcome = outcome(c.args().get(1), c);
            if (outcome.isPresent()) {
                return outcome.get();
            }
        }
        if (e instanceof Expr.Call c && c.name().equals("abs") && c.named().isEmpty() && c.args().size() == 1) {
            Form inner = form(c.args().get(0));
            Form a = atom(e);
            absArguments.put(Exprs.canon(e), inner);
            return a;
        }
        return atom(e);
    }

    /**
     * E(P, X) by linearity over the outcome terms of X (r, fn binders, rational constants); empty
     * if X is not such a combination (then E(P, X) is one atom).
     */
    private Optional<Form> outcome(Expr x, Expr.Call call) {
        Expr law = call.args().get(0);
        if (x instanceof Expr.IntLit || x instanceof Expr.RealLit) {
            return Optional.of(form(x)); // E(P, c) = c for a probability law
        }
        if (x instanceof Expr.Var v && (v.name().equals("r")
                || ctx.binders.get(v.name()) instanceof Domain.FnDomain)) {
            String key = v.name().equals("r") ? "E(" + Exprs.canon(law) + ")" : "E(" + Exprs.canon(law) + ", " + v.name() + ")";
            return Optional.of(Form.atom(key));
        }
        if (x instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return outcome(u.operand(), call).map(f -> f.scale(BigFraction.MINUS_ONE));
        }
        if (x instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB)) {
            Optional<Form> l = outcome(b.left(), call);
            Optional<Form> r = outcome(b.right(), call);
            if (l.isEmpty() || r.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(l.get().add(r.get(), b.op() == BinaryOp.ADD ? BigFraction.ONE : BigFraction.MINUS_ONE));
        }
        if (x instanceof Expr.Binary b && (b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV)) {
            Optional<BigFraction> k = rational(b.right());
            if (k.isPresent() && (b.op() == BinaryOp.MUL || k.get().signum() != 0)) {
                BigFraction f = b.op() == BinaryOp.MUL ? k.get() : k.get().reciprocal();
                return outcome(b.left(), call).map(o -> o.scale(f));
            }
            Optional<BigFraction> j = rational(b.left());
            if (j.isPresent() && b.op() == BinaryOp.MUL) {
                return outcome(b.right(), call).map(o -> o.scale(j.get()));
            }
            // E(P, Y / k) = E(P, Y) / k and E(P, Y * k) = E(P, Y) * k for a numeric k (constant over
            // the outcomes) and Y the reward or an fn binder: one atom, as the same quotient written
            // outside E (E(P, r) read as E(P)); the atom's finiteness asks k away from 0 for a quotient
            if (b.left() instanceof Expr.Var y && (y.name().equals("r") || ctx.binders.get(y.name()) instanceof Domain.FnDomain)
                    && ctx.numeric(b.right()) && k.isEmpty()) {
                List<Expr> args = y.name().equals("r") ? List.of(law) : List.of(law, y);
                Expr mean = new Expr.Call(call.span(), call.callee(), call.form(), args, call.named());
                return Optional.of(atom(new Expr.Binary(b.span(), b.op(), mean, b.right())));
            }
        }
        return Optional.empty();
    }

    private static Optional<BigFraction> rational(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return Optional.of(new BigFraction(i.value()));
        }
        if (e instanceof Expr.RealLit r) {
            return Optional.of(decimal(r.value()));
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return rational(u.operand()).map(BigFraction::negate);
        }
        return Optional.empty();
    }

    private Form atom(Expr e) {
        if (!finite(e)) {
            throw new NotCertified("may be infinite or undefined: " + ExprPrinter.print(e));
        }
        if (e instanceof Expr.Call c && c.name().equals("E") && c.args().size() == 2 && c.named().isEmpty()
                && c.args().get(1) instanceof Expr.Var v && v.name().equals("r")) {
            String key = "E(" + Exprs.canon(c.args().get(0)) + ")";
            atoms.putIfAbsent(key, new Expr.Call(c.span(), c.callee(), c.form(), List.of(c.args().get(0)), c.named()));
            return Form.atom(key);
        }
        atoms.putIfAbsent(Exprs.canon(e), e);
        return Form.atom(Exprs.canon(e));
    }

    /** Finite (and defined) at every instance. */
    boolean finite(Expr e) {
        if (ctx.numeric(e)) {
            if (SignFacts.pointwiseFinite(e, ctx, 0)) {
                return true;
            }
            try {
                return Ranges.enclose(e, ctx).isFinite();
            } catch (NotCertified ex) {
                return false;
            }
        }
        if (finiteFact.test(e)) {
            return true;
        }
        if (e instanceof Expr.Call c && FINITE_ON_ALPHABET.contains(c.name()) && !c.args().isEmpty()) {
            boolean lawsOk = c.name().equals("E") || c.name().equals("var") || c.name().equals("sd") || c.name().startsWith("sigma2")
                    || c.name().equals("collision") || c.name().equals("pmax")
                    ? finiteLaw(c.args().get(0))
                    : c.args().size() >= 2 && finiteLaw(c.args().get(0)) && finiteLaw(c.args().get(1));
            return lawsOk && SignFacts.defined(c, ctx);
        }
        if (e instanceof Expr.Call c && c.name().equals("cgf") && c.named().isEmpty() && c.args().size() == 2
                && ctx.numeric(c.args().get(1))) {
            // log sum_{p_i > 0} p_i exp(l (r_i - E r)): a positive finite sum over the finite
            // alphabet (finite rewards) for a finite l, so finite
            try {
                return finiteLaw(c.args().get(0)) && Ranges.enclose(c.args().get(1), ctx).isFinite() && SideConditions.holds(c, ctx);
            } catch (NotCertified ex) {
                return false;
            }
        }
        if (e instanceof Expr.Call c && c.named().isEmpty() && c.args().size() == 1
                && (c.name().equals("abs") || c.name().equals("exp") || c.name().equals("sqrt"))) {
            // sqrt: its argument finite (so defined) and >= 0 wherever defined
            return finite(c.args().get(0)) && (!c.name().equals("sqrt") || SignFacts.signNonnegative(c.args().get(0), ctx)
                    || SideConditions.holds(c, ctx));
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.DIV && ctx.numeric(b.right())) {
            // a quotient by a numeric expression certainly away from 0 and finite
            try {
                org.infobound.num.Interval d = Ranges.enclose(b.right(), ctx);
                return finite(b.left()) && d.isFinite() && (d.lo() > 0 || d.hi() < 0);
            } catch (NotCertified ex) {
                return false;
            }
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return finite(u.operand());
        }
        if (e instanceof Expr.Binary b && (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB || b.op() == BinaryOp.MUL)) {
            return finite(b.left()) && finite(b.right());
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.POW && b.right() instanceof Expr.IntLit k
                && k.value().signum() > 0) {
            // a positive integer power of a finite value is a finite product (TV(p, q)^2, BC(p, q)^2)
            return finite(b.left());
        }
        return false;
    }

    /** A law on the claim's finite alphabet (a dist binder, or bon, tilt, mix of such laws). */
    private boolean finiteLaw(Expr law) {
        return Domains.sharedLaw(law, ctx) && SideConditions.holds(law, ctx);
    }

    /**
     * The lower bound of a form used by the step: every abs atom with a positive coefficient
     * replaced by +- its argument (the signs tried in turn); empty if no choice leaves a constant
     * (>= 0 wanted, > 0 when strict).
     */
    Optional<BigFraction> constantLowerBound(Form d, boolean strict) {
        for (Form f : lowerBounds(d)) {
            if (f.isConstant() && (strict ? f.constant().signum() > 0 : f.constant().signum() >= 0)) {
                return Optional.of(f.constant());
            }
        }
        return Optional.empty();
    }

    /** The lower bounds of d with each positive abs atom replaced by + or - its argument (all sign choices). */
    List<Form> lowerBounds(Form d) {
        List<Form> out = new ArrayList<>();
        List<String> abs = new ArrayList<>();
        for (Map.Entry<String, BigFraction> t : d.terms().entrySet()) {
            if (t.getValue().signum() > 0 && absArguments.containsKey(t.getKey())) {
                abs.add(t.getKey());
            }
        }
        out.add(d);
        if (abs.size() > MAX_ABS) {
            return out;
        }
        for (int mask = 0; mask < 1 << abs.size(); mask++) {
            Form f = d;
            for (int i = 0; i < abs.size(); i++) {
                BigFraction c = d.terms().get(abs.get(i));
                Form arg = absArguments.get(abs.get(i));
                f = f.add(Form.atom(abs.get(i)), c.negate()).add(arg, (mask >> i & 1) == 0 ? c : c.negate());
            }
            out.add(f);
        }
        return out;
    }

    /**
     * For the prover: a relation {@code N <= P} that would close the rearrangement of goal from
     * have (a lower bound of the difference is P - N + c with c >= 0), or empty.
     */
    static Optional<Relation> missing(Relation goal, Relation have, Context ctx, Predicate<Expr> finiteFact) {
        try {
            Linear lin = new Linear(ctx, finiteFact);
            Form diff = lin.form(goal.rhs()).add(lin.form(goal.lhs()), BigFraction.MINUS_ONE)
                    .add(lin.form(have.rhs()).add(lin.form(have.lhs()), BigFraction.MINUS_ONE), BigFraction.MINUS_ONE);
            for (Form f : lin.lowerBounds(diff)) {
                if (f.terms().size() != 2 || f.constant().signum() < 0) {
                    continue;
                }
                String plus = null;
                String minus = null;
                for (Map.Entry<String, BigFraction> t : f.terms().entrySet()) {
                    if (t.getValue().equals(BigFraction.ONE)) {
                        plus = t.getKey();
                    } else if (t.getValue().equals(BigFraction.MINUS_ONE)) {
                        minus = t.getKey();
                    }
                }
                if (plus != null && minus != null && lin.atoms.containsKey(plus) && lin.atoms.containsKey(minus)) {
                    return Optional.of(new Relation(lin.atoms.get(minus), RelOp.LE, lin.atoms.get(plus)));
                }
            }
            return Optional.empty();
        } catch (NotCertified | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * The note of a LINEAR step for {@code goal} from an optional premise {@code have}, or empty
     * if the step does not apply. Shared by the prover and the checker.
     */
    static Optional<String> note(Relation goal, Relation have, Context ctx, Predicate<Expr> finiteFact) {
        return note(goal, have == null ? List.of() : List.of(have), ctx, finiteFact);
    }

    /** The same with several premises, each {@code X_i r_i Y_i} contributing Y_i - X_i >= 0. */
    static Optional<String> note(Relation goal, List<Relation> haves, Context ctx, Predicate<Expr> finiteFact) {
        try {
            Linear lin = new Linear(ctx, finiteFact);
            Form diff = lin.form(goal.rhs()).add(lin.form(goal.lhs()), BigFraction.MINUS_ONE);
            if (goal.op() == RelOp.EQ) {
                return haves.isEmpty() && diff.isConstant() && diff.constant().signum() == 0
                        ? Optional.of("linear forms agree: " + lin.form(goal.lhs()).text()) : Optional.empty();
            }
            boolean strict = goal.op() == RelOp.LT;
            for (Relation have : haves) {
                if (have.op() != RelOp.LE && have.op() != RelOp.LT && have.op() != RelOp.EQ) {
                    return Optional.empty();
                }
                Form premise = lin.form(have.rhs()).add(lin.form(have.lhs()), BigFraction.MINUS_ONE);
                diff = diff.add(premise, BigFraction.MINUS_ONE);
                if (have.op() == RelOp.LT) {
                    strict = false;
                }
            }
            Optional<BigFraction> c = lin.constantLowerBound(diff, strict);
            if (c.isPresent() || haves.size() != 1) {
                return c.map(k -> "rhs - lhs minus the premise's rhs - lhs is at least " + k);
            }
            // one premise X r' Y scaled by an exact rational lambda > 0 (constants multiplied
            // through: TV^2 <= 2 JS from TV^2 / 2 <= JS): B - A - lambda (Y - X) >= 0 with
            // lambda (Y - X) >= 0 (> 0 if r' is <) gives B - A >= 0 (> 0); all atoms are finite
            Relation have = haves.get(0);
            Form goalDiff = lin.form(goal.rhs()).add(lin.form(goal.lhs()), BigFraction.MINUS_ONE);
            Form premise = lin.form(have.rhs()).add(lin.form(have.lhs()), BigFraction.MINUS_ONE);
            for (Map.Entry<String, BigFraction> t : premise.terms().entrySet()) {
                BigFraction g = goalDiff.terms().get(t.getKey());
                if (g == null) {
                    continue;
                }
                BigFraction lambda = g.divide(t.getValue());
                if (lambda.signum() <= 0 || lambda.equals(BigFraction.ONE)) {
                    continue;
                }
                Optional<BigFraction> k = lin.constantLowerBound(goalDiff.add(premise, lambda.negate()), strict);
                if (k.isPresent()) {
                    return Optional.of("rhs - lhs minus " + lambda + " times the premise's rhs - lhs is at least " + k.get());
                }
            }
            return Optional.empty();
        } catch (NotCertified | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static BigFraction decimal(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        if (Math.abs(scale) > 400) {
            throw new NotCertified("decimal exponent too large");
        }
        return scale >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(scale))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }
}
