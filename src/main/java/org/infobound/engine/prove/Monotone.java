package org.infobound.engine.prove;

import java.util.List;
import java.util.Set;
import org.infobound.lang.ast.Expr;

/**
 * Monotone contexts: {@code L} and {@code R} that agree except at one position (the hole,
 * {@code x} in L and {@code y} in R). With {@code x <= y}, {@code L <= R} follows when every
 * node on the path to the hole is nondecreasing in that argument: {@code +} (either side),
 * {@code -} (left side), {@code *} by a nonnegative finite factor (the hole's side in R finite,
 * so no {@code 0 * inf}), {@code /} by a positive numeric denominator, and {@code sqrt},
 * {@code log} (argument nonnegative), {@code exp}, {@code log1p}, {@code expm1}. On the
 * extended reals {@code +} needs the other operand finite or nonnegative and {@code -} needs
 * the subtrahend finite, and {@code *} needs the hole's side finite or nonnegative, so both
 * sides stay defined whenever the premise's sides are (induction along the path). With
 * {@code x == y} any context is allowed (congruence) where one side is defined
 * ({@link #congruenceDefined}).
 */
final class Monotone {

    private static final Set<String> INCREASING = Set.of("sqrt", "log", "exp", "log1p", "expm1");

    /** The differing sub-terms. */
    record Hole(Expr x, Expr y) {
    }

    private Monotone() {
    }

    /** The hole, or null when L and R are equal or differ in more than one place. */
    static Hole hole(Expr l, Expr r) {
        if (Exprs.same(l, r)) {
            return null;
        }
        if (!Exprs.head(l).equals(Exprs.head(r)) || l instanceof Expr.Lambda || l instanceof Expr.Aggregate) {
            return new Hole(l, r);
        }
        List<Expr> lk = Exprs.children(l);
        List<Expr> rk = Exprs.children(r);
        int diff = -1;
        for (int i = 0; i < lk.size(); i++) {
            if (!Exprs.same(lk.get(i), rk.get(i))) {
                if (diff >= 0) {
                    return new Hole(l, r);
                }
                diff = i;
            }
        }
        return diff < 0 ? null : hole(lk.get(diff), rk.get(diff));
    }

    /**
     * Congruence (x == y gives C[x] == C[y]) is a fact only where C[x] is defined: with x and y
     * equal at every instance C[x] and C[y] are the same value, so one defined side suffices
     * ({@link SignFacts#defined}, e.g. {@code x - KL(p || q)} is inf - inf where KL = inf).
     */
    static boolean congruenceDefined(Expr l, Expr r, Context ctx) {
        return SignFacts.defined(l, ctx) || SignFacts.defined(r, ctx);
    }

    /** True if L is nondecreasing along the path to the hole (given x <= y). */
    static boolean increasing(Expr l, Expr r, Context ctx) {
        if (Exprs.same(l, r)) {
            return false;
        }
        Hole h = hole(l, r);
        if (h == null) {
            return false;
        }
        Expr a = l;
        Expr b = r;
        while (!(a == h.x())) {
            List<Expr> ak = Exprs.children(a);
            List<Expr> bk = Exprs.children(b);
            int i = 0;
            while (Exprs.same(ak.get(i), bk.get(i))) {
                i++;
            }
            boolean ok;
            try {
                ok = step(a, i, bk.get(i), ctx);
            } catch (NotCertified e) {
                ok = false;
            }
            if (!ok) {
                return false;
            }
            a = ak.get(i);
            b = bk.get(i);
        }
        return true;
    }

    private static boolean step(Expr node, int i, Expr rChild, Context ctx) {
        List<Expr> kids = Exprs.children(node);
        if (node instanceof Expr.Binary bin) {
            Expr other = kids.get(1 - i);
            return switch (bin.op()) {
                // extended reals: the other operand must not be able to meet an opposite infinity
                case ADD -> SignFacts.finite(other, ctx)
                        || SignFacts.nonnegative(other, ctx) && SignFacts.signNonnegative(kids.get(i), ctx);
                case SUB -> i == 0 && SignFacts.finite(other, ctx);
                case MUL -> SignFacts.nonnegative(other, ctx) && SignFacts.finite(other, ctx) && SignFacts.finite(rChild, ctx)
                        && (SignFacts.signNonnegative(kids.get(i), ctx) || SignFacts.finite(kids.get(i), ctx));
                case DIV -> i == 0 && ctx.numeric(other) && Ranges.enclose(other, ctx).lo() > 0
                        && Ranges.enclose(other, ctx).isFinite();
                default -> false;
            };
        }
        if (node instanceof Expr.Call c && c.args().size() == 1 && c.named().isEmpty() && INCREASING.contains(c.name())) {
            boolean needsNonnegative = c.name().equals("sqrt") || c.name().equals("log") || c.name().equals("log1p");
            return !needsNonnegative || SignFacts.signNonnegative(kids.get(0), ctx);
        }
        return false;
    }

}
