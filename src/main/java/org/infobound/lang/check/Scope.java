package org.infobound.lang.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Nested name scopes of a claim (binders, where definitions, lambda and aggregate variables). */
final class Scope {

    private final Scope parent;
    private final Map<String, Symbol> names = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Optional<Symbol> lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Symbol sym = s.names.get(name);
            if (sym != null) {
                return Optional.of(sym);
            }
        }
        return Optional.empty();
    }

    void declare(Symbol s) {
        names.put(s.name(), s);
    }

    /** All visible names (for "did you mean"). */
    Set<String> visible() {
        Set<String> all = new HashSet<>();
        for (Scope s = this; s != null; s = s.parent) {
            all.addAll(s.names.keySet());
        }
        return all;
    }
}
