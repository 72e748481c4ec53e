package org.infobound.lang.check;

import java.util.List;
import java.util.Optional;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.ClaimKind;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expectation;
import org.infobound.lang.ast.Expr;

/**
 * A claim or theorem that passed every check: names resolved, types inferred, {@code let}
 * definitions inlined (the expressions here mention only builtins, binders, where
 * definitions, lambda and aggregate variables, constants, {@code r} and named-argument words).
 * This is the engine's input.
 *
 * @param decl        the claim as parsed (name, description, cite, spans)
 * @param binders     forall binders in order, one per name
 * @param defs        where definitions in order
 * @param assuming    the assumption, if any (Bool)
 * @param formula     the formula (Bool)
 * @param alphabet    the first {@code dist} binder's domain: it fixes the outcome count range and
 *                    reward constraints of the claim's shared alphabet (spec/LANGUAGE.md section 5)
 * @param types       types of all expression nodes above and symbols of all names
 */
public record CheckedClaim(ClaimDecl decl, List<CheckedBinder> binders, List<CheckedDef> defs,
        Optional<Expr> assuming, Expr formula, Optional<Domain.DistDomain> alphabet, TypeTable types) {

    public CheckedClaim {
        binders = List.copyOf(binders);
        defs = List.copyOf(defs);
    }

    /** The claim's name. */
    public String name() {
        return decl.name().name();
    }

    /** Claim or theorem. */
    public ClaimKind kind() {
        return decl.kind();
    }

    /** The {@code expect} verdict, if written. */
    public Optional<Expectation> expectation() {
        return decl.expect().map(e -> e.expectation());
    }
}
