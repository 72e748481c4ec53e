package org.infobound.engine.prove;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;

/**
 * A trusted library theorem: its binders are the pattern variables of matching.
 *
 * @param name     the theorem's name
 * @param cite     its citation
 * @param binders  binder name to domain, in order
 * @param assuming its hypothesis, if any
 * @param formula  {@code lhs op rhs} (one relation)
 */
public record Theorem(String name, String cite, Map<String, Domain> binders, Optional<Expr> assuming, Expr formula) {

    /** Copies the binders, keeping their order. */
    public Theorem {
        binders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(binders));
    }
}
