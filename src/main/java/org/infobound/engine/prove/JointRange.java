package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.NamedArg;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.num.Interval;

/**
 * Range reduction (the box case of the joint-range argument, proofs/theorems/joint_range.md):
 * a relation {@code A(X1, ..., Xk) r B(X1, ..., Xk)} between numeric expressions of bounded
 * functionals X_j of laws holds at every instance if the numeric relation
 * {@code A(u1, ..., uk) r B(u1, ..., uk)} holds for every u_j in a certified range [lo_j, hi_j]
 * of X_j (a box that contains the joint range of (X1, ..., Xk) over every pair of laws, on every
 * alphabet and on the line). The numeric relation is proved by interval branch and bound; the
 * checker recomputes the abstraction from the fact and replays the branch-and-bound certificate.
 *
 * <p>The ranges are definitional (the trusted part, spec/TRUST.md):
 * <ul>
 *   <li>{@code TV(p, q)}, {@code H2(p, q)}, {@code BC(p, q)} lie in [0, 1] wherever their side
 *       conditions hold (TV = sup_A |p(A) - q(A)|; H2 = 1 - BC and 0 <= BC = sum sqrt(p_i q_i)
 *       <= 1 by Cauchy-Schwarz; spec/LANGUAGE.md section 7);</li>
 *   <li>{@code exp(-Y)} lies in [0, 1] wherever Y is defined and nonnegative, Y = inf included
 *       ({@code exp(-inf) = 0}, spec/LANGUAGE.md section 8).</li>
 * </ul>
 * An atom is replaced at every occurrence (same canonical text); the fact must be numeric once
 * every atom is replaced, so no other functional of laws remains.
 */
final class JointRange {

    /** Calls on numbers that the abstraction looks inside. */
    private static final Set<String> ELEMENTARY = Set.of("sqrt", "exp", "log", "log1p", "expm1", "log2", "abs", "min", "max");
    /** Functionals of two laws with values in [0, 1]. */
    private static final Set<String> UNIT = Set.of("TV", "H2", "BC");

    private JointRange() {
    }

    /**
     * The abstraction of a relation.
     *
     * @param relation the numeric relation over the atoms' variables
     * @param context  the claim's binders plus one real binder per atom over its range
     * @param goal     the numeric goal of {@code relation} in {@code context}
     * @param note     the atoms, their variables and ranges in words
     */
    record Abstraction(Relation relation, Context context, NumericGoal goal, String note) {
    }

    /**
     * The abstraction of {@code r}: every maximal non-numeric subterm must be an atom with a
     * definitional range; empty if there is none, if something else is left, or if the
     * abstracted relation has no numeric goal.
     */
    static Optional<Abstraction> of(Relation given, Context ctx) {
        Relation r = new Relation(canonical(given.lhs(), ctx), given.op(), canonical(given.rhs(), ctx));
        List<Expr> atoms = new ArrayList<>();
        if (!collect(r.lhs(), ctx, atoms) || !collect(r.rhs(), ctx, atoms) || atoms.isEmpty()) {
            return Optional.empty();
        }
        Set<String> taken = new java.util.HashSet<>(ctx.binders.keySet());
        taken.addAll(Exprs.freeVars(r.lhs()));
        taken.addAll(Exprs.freeVars(r.rhs()));
        Map<String, Expr> byCanon = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>(ctx.binderText());
        StringBuilder note = new StringBuilder("range reduction:");
        int n = 0;
        for (Expr a : atoms) {
            String name;
            do {
                name = "u_" + n++;
            } while (taken.contains(name));
            byCanon.put(Exprs.canon(a), new Expr.Var(a.span(), name));
            String[] range = range(a, ctx);
            text.put(name, "[" + range[0] + ", " + range[1] + "]");
            note.append(' ').append(name).append(" := ").append(ExprPrinter.print(a)).append(" in [").append(range[0])
                    .append(", ").append(range[1]).append("];");
        }
        Relation abstracted = new Relation(replace(r.lhs(), byCanon), r.op(), replace(r.rhs(), byCanon));
        Context ext;
        try {
            ext = Context.parse(text, Optional.empty());
        } catch (NotCertified e) {
            return Optional.empty();
        }
        if (!numeric(abstracted.lhs(), ext) || !numeric(abstracted.rhs(), ext)) {
            return Optional.empty();
        }
        Optional<NumericGoal> goal = NumericGoals.of(abstracted, ext);
        return goal.map(g -> new Abstraction(abstracted, ext, g, note.toString()));
    }

    /**
     * e with every functional that is a transform of another one rewritten to it, bottom up
     * (proofs/theorems/joint_range.md, "Canonical functionals"): the arguments of the symmetric
     * {@code TV}, {@code BC}, {@code JS} in text order; {@code H2(p, q) = 1 - BC(p, q)};
     * {@code renyi(p || q, 1/2) = -2 log(BC(p, q))}; {@code renyi(p || q, 2) = log(1 + chi2(p || q))}.
     * Each rewrite is an equality of values at every instance (inf included) where the call's
     * side conditions hold, which is required; so the value of every context is unchanged.
     */
    static Expr canonical(Expr e, Context ctx) {
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.span(), u.op(), canonical(u.operand(), ctx));
        }
        if (e instanceof Expr.Binary b) {
            Expr l = canonical(b.left(), ctx);
            Expr r = canonical(b.right(), ctx);
            // 1 - (1 - x) = x on the extended reals (x = inf: 1 - (1 - inf) = 1 - (-inf) = inf; the
            // same for -inf; undefined exactly when x is), so -2 log(1 - H2) = -2 log(BC)
            if (b.op() == BinaryOp.SUB && one(l) && r instanceof Expr.Binary in && in.op() == BinaryOp.SUB && one(in.left())) {
                return in.right();
            }
            return new Expr.Binary(b.span(), b.op(), l, r);
        }
        if (!(e instanceof Expr.Call c)) {
            return e;
        }
        if (ELEMENTARY.contains(c.name()) && c.named().isEmpty()) {
            Expr.Call out = new Expr.Call(c.span(), c.callee(), c.form(), c.args().stream().map(x -> canonical(x, ctx)).toList(), List.of());
            // exp(log(y)) = y for y defined and in [0, inf] at every instance: log(0) = -inf and
            // exp(-inf) = 0, log(inf) = exp(inf) = inf (spec/LANGUAGE.md section 8); so
            // exp(renyi(p || q, 2)) = 1 + chi2(p || q)
            if (out.name().equals("exp") && out.args().size() == 1 && out.args().get(0) instanceof Expr.Call lg
                    && lg.name().equals("log") && lg.named().isEmpty() && lg.args().size() == 1
                    && SignFacts.nonnegative(lg.args().get(0), ctx)) {
                return lg.args().get(0);
            }
            return out;
        }
        if (!c.named().isEmpty() || c.args().size() < 2 || !SideConditions.holds(c, ctx)) {
            return e;
        }
        String p = ExprPrinter.print(c.args().get(0));
        String q = ExprPrinter.print(c.args().get(1));
        boolean ordered = Exprs.canon(c.args().get(0)).compareTo(Exprs.canon(c.args().get(1))) <= 0;
        String pair = ordered ? p + ", " + q : q + ", " + p;
        String text = switch (c.name()) {
            case "TV", "BC", "JS" -> c.args().size() == 2 && !ordered ? c.name() + "(" + pair + ")" : null;
            case "H2" -> c.args().size() == 2 ? "(1 - BC(" + pair + "))" : null;
            case "renyi" -> c.args().size() != 3 ? null
                    : order(c.args().get(2), new org.hipparchus.fraction.BigFraction(1, 2)) ? "(-2 * log(BC(" + pair + ")))"
                    : order(c.args().get(2), new org.hipparchus.fraction.BigFraction(2)) ? "log(1 + chi2(" + p + " || " + q + "))"
                    : null;
            default -> null;
        };
        if (text == null) {
            return e;
        }
        Expr out;
        try {
            out = ResolvedGoal.parse(text);
        } catch (NotCertified ex) {
            return e;
        }
        // the new calls are on the same laws: their side conditions are the call's
        return SideConditions.holds(out, ctx) ? out : e;
    }

    /** The literal 1. */
    private static boolean one(Expr e) {
        return (e instanceof Expr.IntLit || e instanceof Expr.RealLit) && Exprs.literal(e).equals(org.hipparchus.fraction.BigFraction.ONE);
    }

    private static boolean order(Expr a, org.hipparchus.fraction.BigFraction want) {
        if (!Context.constant(a) || Exprs.freeVars(a).contains("inf")) {
            return false;
        }
        try {
            return Exprs.rational(a).equals(want);
        } catch (NotCertified | ArithmeticException ex) {
            return false;
        }
    }

    /** The definitional range [lo, hi] (constant texts) of an atom, or null. */
    static String[] range(Expr e, Context ctx) {
        if (e instanceof Expr.Call c && UNIT.contains(c.name()) && c.args().size() == 2 && c.named().isEmpty()
                && Ranges.definitional(c, ctx) != null) {
            return new String[] {"0", "1"}; // the bounded rows of the definitional table
        }
        if (e instanceof Expr.Call c && c.name().equals("exp") && c.args().size() == 1 && c.named().isEmpty()
                && c.args().get(0) instanceof Expr.Unary u && u.op() == UnaryOp.NEG
                && !numeric(u.operand(), ctx) && SignFacts.nonnegative(u.operand(), ctx)) {
            return new String[] {"0", "1"};
        }
        return null;
    }

    /** Collects the atoms of e in order of first occurrence; false if a non-numeric part is not an atom. */
    private static boolean collect(Expr e, Context ctx, List<Expr> atoms) {
        if (numeric(e, ctx)) {
            return true;
        }
        if (range(e, ctx) != null) {
            String c = Exprs.canon(e);
            if (atoms.stream().noneMatch(a -> Exprs.canon(a).equals(c))) {
                atoms.add(e);
            }
            return true;
        }
        if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEG) {
            return collect(u.operand(), ctx, atoms);
        }
        if (e instanceof Expr.Binary b) {
            return switch (b.op()) {
                case ADD, SUB, MUL, DIV, POW -> collect(b.left(), ctx, atoms) && collect(b.right(), ctx, atoms);
                default -> false;
            };
        }
        if (e instanceof Expr.Call c && ELEMENTARY.contains(c.name()) && c.named().isEmpty()) {
            for (Expr x : c.args()) {
                if (!collect(x, ctx, atoms)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Arithmetic of numeric binders only: a functional of laws whose parameters are numeric
     * binders ({@code TV(normal(0, 1), normal(m, s))}) is not numeric here, it may be an atom.
     */
    private static boolean numeric(Expr e, Context ctx) {
        return ctx.numeric(e) && SideConditions.arithmetic(e);
    }

    /** e with every subterm whose canonical text is a key replaced by its variable. */
    private static Expr replace(Expr e, Map<String, Expr> byCanon) {
        Expr v = byCanon.get(Exprs.canon(e));
        if (v != null) {
            return v;
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.span(), u.op(), replace(u.operand(), byCanon));
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.span(), b.op(), replace(b.left(), byCanon), replace(b.right(), byCanon));
        }
        if (e instanceof Expr.Call c) {
            List<NamedArg> named = new ArrayList<>();
            for (NamedArg a : c.named()) {
                named.add(new NamedArg(a.span(), a.name(), replace(a.value(), byCanon)));
            }
            return new Expr.Call(c.span(), c.callee(), c.form(), c.args().stream().map(x -> replace(x, byCanon)).toList(), named);
        }
        return e;
    }
}
