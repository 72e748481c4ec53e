package org.infobound.engine.prove;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;

/**
 * Search choices for a theorem binder that the matched side leaves free and that is a Renyi order
 * in the other side ({@code renyi_monotone_in_order}, {@code D_a <= D_b}, matched at {@code b}
 * only). The candidates are the orders the canonical rewrites know ({@code D_1/2 = -2 log BC},
 * {@code D_2 = log(1 + chi2)}, {@code D_1 = KL}), so {@code 2 H2 <= KL} chains as
 * {@code 2 H2 <= D_1/2 <= D_1 = KL}. Never a soundness matter: the instance (its domains and
 * hypothesis, e.g. {@code 1/2 <= 1}) and the rest are proved and replayed as usual.
 */
final class Orders {

    private static final List<String> CANDIDATES = List.of("1 / 2", "1", "2");

    private Orders() {
    }

    /** The one binder sigma leaves free, if it is a real binder used as a Renyi order in t. */
    static Optional<String> freeOrder(Theorem t, Map<String, Expr> sigma) {
        List<String> free = t.binders().keySet().stream().filter(b -> !sigma.containsKey(b)).toList();
        if (free.size() != 1 || !(t.binders().get(free.get(0)) instanceof Domain.RealInterval)) {
            return Optional.empty();
        }
        return usedAsOrder(t.formula(), free.get(0)) ? Optional.of(free.get(0)) : Optional.empty();
    }

    private static boolean usedAsOrder(Expr e, String name) {
        if (e instanceof Expr.Call c && c.name().equals("renyi") && c.args().size() >= 2
                && c.args().get(c.args().size() - 1) instanceof Expr.Var v && v.name().equals(name)) {
            return true;
        }
        return Exprs.children(e).stream().anyMatch(k -> usedAsOrder(k, name));
    }

    /** The candidate orders, as terms. */
    static List<Expr> candidates() {
        return CANDIDATES.stream().map(Facts::parse).toList();
    }
}
