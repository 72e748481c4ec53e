package org.infobound.lang.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.infobound.lang.ast.Binder;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.ast.WhereDef;
import org.infobound.lang.diag.Code;

/** Checks one claim: binders in order, then where definitions, assumption and formula. */
final class ClaimChecker {

    private final ExprChecker ec;
    private final Inliner inliner;

    ClaimChecker(ExprChecker ec, Inliner inliner) {
        this.ec = ec;
        this.inliner = inliner;
    }

    /** The checked claim, or empty if the claim has errors (they are in the diagnostics). */
    Optional<CheckedClaim> check(ClaimDecl claim) {
        int errorsBefore = ec.diags.errorCount();
        inliner.reset();
        Scope scope = new Scope(null);
        List<CheckedBinder> binders = new ArrayList<>();
        Domain.DistDomain alphabet = null;
        Domain needsAlphabet = null;
        for (Binder b : claim.binders()) {
            Domain d = inliner.inline(b.domain());
            Type t = ec.domains.check(d, scope, false);
            if (d instanceof Domain.DistDomain dd) {
                if (alphabet == null) {
                    alphabet = dd;
                } else if (!ec.source.text(dd.span()).equals(ec.source.text(alphabet.span()))) {
                    ec.diags.add(Code.W101, dd.span(), "all dist binders share one alphabet: its size and rewards follow "
                            + ec.source.text(alphabet.span()) + " (line " + alphabet.span().line() + ")",
                            "write the same dist(...) for every binder of the claim");
                }
            } else if ((d instanceof Domain.FnDomain || d instanceof Domain.KernelDomain) && needsAlphabet == null) {
                needsAlphabet = d;
            }
            for (Ident name : b.names()) {
                ec.declare(name, SymbolKind.BINDER, t, scope);
                binders.add(new CheckedBinder(name, d, t));
            }
        }
        if (needsAlphabet != null && alphabet == null) {
            ec.diags.add(Code.E305, needsAlphabet.span(), "fn and kernel live on the claim's shared alphabet, "
                    + "but the claim has no dist binder", "add a binder such as p in dist(2..10)");
        }
        List<CheckedDef> defs = new ArrayList<>();
        for (WhereDef w : claim.defs()) {
            Expr value = inliner.inline(w.value());
            Type t = ec.check(value, scope, null);
            if (t != null && (t.isNumeric() || t == Type.BOOL || t.isLaw() || t == Type.LAMBDA)) {
                ec.declare(w.name(), SymbolKind.WHERE, t, scope);
            } else {
                if (t != null) {
                    ec.diags.add(Code.E301, w.value().span(), "a where definition is a number, a formula, a law or a lambda, found "
                            + t.describe());
                }
                ec.declare(w.name(), SymbolKind.WHERE, null, scope);
            }
            defs.add(new CheckedDef(w.name(), value, t));
        }
        Optional<Expr> assuming = claim.assuming().map(inliner::inline);
        assuming.ifPresent(a -> formula(a, scope, "an assumption"));
        Expr formula = inliner.inline(claim.formula());
        formula(formula, scope, "a claim");
        if (ec.diags.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new CheckedClaim(claim, binders, defs, assuming, formula, Optional.ofNullable(alphabet), ec.table));
    }

    private void formula(Expr e, Scope scope, String what) {
        Type t = ec.check(e, scope, null);
        if (t != null && t != Type.BOOL) {
            ec.diags.add(Code.E301, e.span(), what + " states a relation or a logical formula, found " + t.describe(),
                    "compare it, e.g. ... <= ...");
        }
    }
}
