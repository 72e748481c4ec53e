package org.infobound.lang.ast;

import java.util.List;
import java.util.Optional;
import org.infobound.lang.source.Span;

/**
 * A parsed claims file: its declarations in source order. With syntax errors, this holds every
 * declaration that parsed (a broken claim is left out, the others stay).
 */
public record ClaimsFile(Span span, List<Declaration> declarations) implements Node {

    public ClaimsFile {
        declarations = List.copyOf(declarations);
    }

    /** The claims and theorems, in source order. */
    public List<ClaimDecl> claims() {
        return declarations.stream().filter(ClaimDecl.class::isInstance).map(ClaimDecl.class::cast).toList();
    }

    /** The {@code let} definitions, in source order. */
    public List<LetDecl> lets() {
        return declarations.stream().filter(LetDecl.class::isInstance).map(LetDecl.class::cast).toList();
    }

    /** The first {@code source} declaration, if any. */
    public Optional<SourceDecl> source() {
        return declarations.stream().filter(SourceDecl.class::isInstance).map(SourceDecl.class::cast).findFirst();
    }
}
