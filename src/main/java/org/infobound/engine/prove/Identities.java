package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.EndKind;

import java.util.Set;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.RelOp;

/**
 * Identities read off the outcome sums of the divergences (proofs/theorems/joint_range.md,
 * sections 2, 1a and 4). Three rules: canonical forms, Renyi skew symmetry ({@link #skew}), and: a divergence of a law against itself is 0,
 * {@code D(p || p) == 0} for D in KL, chi2, TV, H2, JS and Renyi of any order in [0, inf], where
 * the call's side conditions hold over the whole domain (p a valid law). Each outcome term is
 * {@code p_i f(p_i / p_i) = p_i f(1) = 0} (f(1) = 0 for the generators of KL, chi2, TV, H2;
 * JS(p, p) = KL(p || p) = 0 since the midpoint of p and p is p), outcomes with p_i = 0
 * contribute 0 by the conventions of spec/LANGUAGE.md section 7, and for Renyi
 * {@code sum_{p_i > 0} p_i^a p_i^(1 - a) = sum p_i = 1}, so the order 0, the orders a != 1 and
 * the order inf (log max p_i / p_i) all give log 1 = 0. Laws on the line: the same with the
 * density ratio 1.
 */
final class Identities {

    private static final Set<String> SELF_ZERO = Set.of("KL", "chi2", "TV", "H2", "JS", "renyi");
    static final String SELF_NOTE = "D(p || p) = 0: every outcome term is p_i f(1) = 0, and 0-mass outcomes contribute 0";

    private Identities() {
    }

    /** The note of a self-divergence identity {@code D(p || p) == 0}, or null if r is not one. */
    static String selfDivergence(Relation r, Context ctx) {
        if (r.op() != RelOp.EQ) {
            return null;
        }
        Expr call = zero(r.rhs()) ? r.lhs() : zero(r.lhs()) ? r.rhs() : null;
        if (!(call instanceof Expr.Call c) || !SELF_ZERO.contains(c.name()) || !c.named().isEmpty()) {
            return null;
        }
        if (c.args().size() != (c.name().equals("renyi") ? 3 : 2) || !Exprs.same(c.args().get(0), c.args().get(1))) {
            return null;
        }
        return SideConditions.holds(c, ctx) ? SELF_NOTE : null;
    }

    /**
     * The note of an identity {@code A == B} whose sides rewrite to the same expression by the
     * canonical transforms of {@link JointRange#canonical} (for instance
     * {@code renyi(p || q, 2) == log(1 + chi2(p || q))}, {@code renyi(p || q, 1/2) == -2 * log(1 - H2(p, q))}
     * where the latter is rewritten too), defined at every instance; or null.
     */
    static String canonicalForms(Relation r, Context ctx) {
        if (r.op() != RelOp.EQ) {
            return null;
        }
        Expr a = JointRange.canonical(r.lhs(), ctx);
        Expr b = JointRange.canonical(r.rhs(), ctx);
        if (!Exprs.same(a, b) || !SignFacts.defined(a, ctx)) {
            return null;
        }
        return "both sides rewrite to " + ExprPrinter.print(a) + " (transforms of one functional)";
    }

    /** The note of an identity step for r: self-divergence, canonical forms or skew symmetry; null if none. */
    static String identity(Relation r, Context ctx) {
        String self = selfDivergence(r, ctx);
        if (self != null) {
            return self;
        }
        String canon = canonicalForms(r, ctx);
        return canon != null ? canon : skew(r, ctx);
    }

    static final String SKEW_NOTE = "Renyi skew symmetry from the outcome sums: for a in (0, 1), "
            + "(1 - a) D_a(p || q) = -log(sum_i p_i^a q_i^(1 - a)) = a D_(1-a)(q || p) (the summands are equal, 0^x = 0 for x > 0);"
            + " coefficients: ";

    /**
     * The note of a skew-symmetry identity {@code c1 * renyi(P || Q, a) == c2 * renyi(Q || P, b)}
     * (each side a product and quotient of numeric factors and one Renyi call, the laws swapped),
     * or null. Requires: a and b certainly in the open interval (0, 1) at every instance, b == 1 - a
     * by exact algebra, every numeric factor certainly positive and finite (so a factor times an
     * infinite divergence is inf, never 0 * inf), and {@code n1 * a * d2 == n2 * (1 - a) * d1} by
     * exact algebra, where c_i = n_i / d_i. Proof (outcome sums, spec/LANGUAGE.md section 7): for
     * a in (0, 1), D_a(P || Q) = log(S) / (a - 1) and D_(1-a)(Q || P) = log(S) / (-a) with the same
     * S = sum_i P_i^a Q_i^(1-a) termwise (0^x = 0 for x > 0), so (1 - a) D_a(P || Q) = a D_(1-a)(Q || P)
     * = -log(S), both inf when S = 0 (disjoint supports); hence c1 D_a(P || Q) = c2 D_b(Q || P) when
     * c1 / (1 - a) = c2 / a. On the line the same with densities.
     */
    static String skew(Relation r, Context ctx) {
        if (r.op() != RelOp.EQ) {
            return null;
        }
        Split left = split(r.lhs(), ctx);
        Split right = split(r.rhs(), ctx);
        if (left == null || right == null) {
            return null;
        }
        Expr.Call x = left.call();
        Expr.Call y = right.call();
        if (!x.name().equals("renyi") || !y.name().equals("renyi") || x.args().size() != 3 || y.args().size() != 3
                || !x.named().isEmpty() || !y.named().isEmpty()
                || !Exprs.same(x.args().get(0), y.args().get(1)) || !Exprs.same(x.args().get(1), y.args().get(0))
                || !SideConditions.holds(x, ctx) || !SideConditions.holds(y, ctx)) {
            return null;
        }
        Expr a = x.args().get(2);
        Expr b = y.args().get(2);
        if (!openUnit(a, ctx, 0) || !openUnit(b, ctx, 0)) {
            return null;
        }
        try {
            Expr oneMinusA = ResolvedGoal.parse("1 - (" + ExprPrinter.print(a) + ")");
            if (Algebra.sameForm(b, oneMinusA, ctx).isEmpty()) {
                return null;
            }
            Expr lhs = ResolvedGoal.parse(product(left.num(), List.of(a)) + " * " + product(right.den(), List.of()));
            Expr rhs = ResolvedGoal.parse(product(right.num(), List.of(oneMinusA)) + " * " + product(left.den(), List.of()));
            Optional<String> form = Algebra.sameForm(lhs, rhs, ctx);
            if (form.isEmpty()) {
                return null;
            }
            return SKEW_NOTE + ExprPrinter.print(lhs) + " and " + ExprPrinter.print(rhs) + " normalise to " + form.get();
        } catch (NotCertified e) {
            return null;
        }
    }

    /** A side {@code n_1 * ... * call / (d_1 * ...)}: numeric factors above and below, one call above. */
    private record Split(Expr.Call call, List<Expr> num, List<Expr> den) {
    }

    private static Split split(Expr e, Context ctx) {
        List<Expr> num = new ArrayList<>();
        List<Expr> den = new ArrayList<>();
        List<Expr.Call> calls = new ArrayList<>();
        if (!collect(e, true, num, den, calls, ctx) || calls.size() != 1) {
            return null;
        }
        return new Split(calls.get(0), num, den);
    }

    private static boolean collect(Expr e, boolean up, List<Expr> num, List<Expr> den, List<Expr.Call> calls, Context ctx) {
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.MUL) {
            return collect(b.left(), up, num, den, calls, ctx) && collect(b.right(), up, num, den, calls, ctx);
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.DIV) {
            return collect(b.left(), up, num, den, calls, ctx) && collect(b.right(), !up, num, den, calls, ctx);
        }
        if (ctx.numeric(e) && SideConditions.arithmetic(e)) {
            // a numeric factor: certainly positive and finite at every instance
            if (!positive(e, ctx, 0)) {
                return false;
            }
            (up ? num : den).add(e);
            return true;
        }
        if (up && e instanceof Expr.Call c) {
            calls.add(c);
            return true;
        }
        return false;
    }

    /** Certainly positive and finite at every instance. */
    private static boolean positive(Expr e, Context ctx, int depth) {
        if (depth > 32) {
            return false;
        }
        if (SignFacts.positiveNumber(e, ctx) && SignFacts.pointwiseFinite(e, ctx, 0) || openUnit(e, ctx, 0)) {
            return true;
        }
        return e instanceof Expr.Binary b && (b.op() == BinaryOp.MUL || b.op() == BinaryOp.DIV)
                && positive(b.left(), ctx, depth + 1) && positive(b.right(), ctx, depth + 1);
    }

    /**
     * Certainly in the open interval (0, 1) at every instance: a real binder whose domain lies in
     * [0, 1] with each end it shares with [0, 1] open, {@code 1 - x} for such an x, or a number
     * whose enclosure lies in (0, 1).
     */
    static boolean openUnit(Expr e, Context ctx, int depth) {
        if (depth > 8 || !ctx.numeric(e) || !SideConditions.arithmetic(e)) {
            return false;
        }
        if (e instanceof Expr.Var v && ctx.binders.get(v.name()) instanceof Domain.RealInterval ri
                && Context.constant(ri.lo()) && Context.constant(ri.hi())) {
            org.infobound.num.Interval lo = ResolvedGoal.constant(ExprPrinter.print(ri.lo()));
            org.infobound.num.Interval hi = ResolvedGoal.constant(ExprPrinter.print(ri.hi()));
            boolean loOk = lo.lo() > 0 || lo.lo() >= 0 && ri.loEnd() == EndKind.OPEN;
            boolean hiOk = hi.hi() < 1 || hi.hi() <= 1 && ri.hiEnd() == EndKind.OPEN;
            return loOk && hiOk;
        }
        if (e instanceof Expr.Binary b && b.op() == BinaryOp.SUB && b.left() instanceof Expr.IntLit one
                && one.value().equals(java.math.BigInteger.ONE)) {
            return openUnit(b.right(), ctx, depth + 1);
        }
        try {
            org.infobound.num.Interval v = Ranges.enclose(e, ctx);
            return v.lo() > 0 && v.hi() < 1;
        } catch (NotCertified ex) {
            return false;
        }
    }

    private static String product(List<Expr> factors, List<Expr> extra) {
        List<String> all = new ArrayList<>();
        for (Expr f : factors) {
            all.add("(" + ExprPrinter.print(f) + ")");
        }
        for (Expr f : extra) {
            all.add("(" + ExprPrinter.print(f) + ")");
        }
        return all.isEmpty() ? "1" : String.join(" * ", all);
    }

    private static boolean zero(Expr e) {
        return e instanceof Expr.IntLit i && i.value().signum() == 0;
    }
}
