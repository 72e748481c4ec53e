package org.infobound.lang.ast;

import java.util.List;
import org.infobound.lang.source.Span;

/** {@code x in DOMAIN} or {@code p, q in DOMAIN} (each name ranges over the domain independently). */
public record Binder(Span span, List<Ident> names, Domain domain) implements Node {

    public Binder {
        names = List.copyOf(names);
    }
}
