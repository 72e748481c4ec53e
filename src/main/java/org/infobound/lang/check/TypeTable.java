package org.infobound.lang.check;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Expr;

/**
 * The inferred type of every checked expression node and the symbol of every name, keyed by
 * node identity (records with equal content at equal spans are the same expression anyway).
 */
public final class TypeTable {

    private final Map<Expr, Type> types = new IdentityHashMap<>();
    private final Map<Expr.Var, Symbol> symbols = new IdentityHashMap<>();

    void put(Expr e, Type t) {
        types.put(e, t);
    }

    void bind(Expr.Var v, Symbol s) {
        symbols.put(v, s);
    }

    /** The type of {@code e}; empty if {@code e} was not checked (or had an error). */
    public Optional<Type> type(Expr e) {
        return Optional.ofNullable(types.get(e));
    }

    /** What the name {@code v} refers to; empty for unresolved names. */
    public Optional<Symbol> symbol(Expr.Var v) {
        return Optional.ofNullable(symbols.get(v));
    }
}
