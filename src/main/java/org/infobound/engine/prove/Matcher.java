package org.infobound.engine.prove;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.NamedArg;

/**
 * First-order matching of a theorem side against a claim term: the theorem's binders are the
 * pattern variables; everything else must agree exactly (operators, callees, literals, named
 * arguments; lambdas up to renaming of their parameter).
 */
final class Matcher {

    private Matcher() {
    }

    /** Extends {@code sigma} so that {@code sigma(pattern) == target}, or empty. */
    static Optional<Map<String, Expr>> match(Expr pattern, Expr target, Set<String> vars, Map<String, Expr> sigma) {
        Map<String, Expr> s = new HashMap<>(sigma);
        return go(pattern, target, vars, s) ? Optional.of(s) : Optional.empty();
    }

    private static boolean go(Expr p, Expr t, Set<String> vars, Map<String, Expr> s) {
        if (p instanceof Expr.Var v && vars.contains(v.name())) {
            Expr bound = s.get(v.name());
            if (bound == null) {
                s.put(v.name(), t);
                return true;
            }
            return Exprs.same(bound, t);
        }
        if (p instanceof Expr.Lambda || p instanceof Expr.Aggregate) {
            return Exprs.same(Exprs.substitute(p, s), t);
        }
        if (!Exprs.head(p).equals(Exprs.head(t))) {
            return false;
        }
        if (p instanceof Expr.Call pc) {
            Expr.Call tc = (Expr.Call) t;
            for (int i = 0; i < pc.named().size(); i++) {
                NamedArg a = pc.named().get(i);
                NamedArg b = tc.named().get(i);
                if (!a.name().name().equals(b.name().name())) {
                    return false;
                }
            }
        }
        List<Expr> pk = Exprs.children(p);
        List<Expr> tk = Exprs.children(t);
        if (pk.size() != tk.size()) {
            return false;
        }
        for (int i = 0; i < pk.size(); i++) {
            if (!go(pk.get(i), tk.get(i), vars, s)) {
                return false;
            }
        }
        return true;
    }
}
