package org.infobound.lang.check;

import java.util.HashSet;
import java.util.Set;
import org.infobound.lang.ast.AggregateKind;
import org.infobound.lang.ast.BinaryOp;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.ast.UnaryOp;
import org.infobound.lang.diag.Code;
import org.infobound.lang.source.SourceFile;
import org.hipparchus.fraction.BigFraction;

/**
 * Infers types bottom-up and reports name, type and context errors. A null type means "error
 * already reported (or unknown inside a let body)": callers stay silent about it, so one
 * mistake gives one diagnostic.
 */
final class ExprChecker {

    final Diags diags;
    final TypeTable table;
    final SourceFile source;
    final Set<String> letNames;
    final DataFiles dataFiles;
    private final CallChecker calls;
    final DomainChecker domains;

    ExprChecker(Diags diags, TypeTable table, SourceFile source, Set<String> letNames, DataFiles dataFiles) {
        this.diags = diags;
        this.table = table;
        this.source = source;
        this.letNames = letNames;
        this.dataFiles = dataFiles;
        this.calls = new CallChecker(this);
        this.domains = new DomainChecker(this);
    }

    /**
     * Type of {@code e}. {@code outcomeLaw} is the law of the enclosing {@code E(p, X)} while
     * checking X (outcome expressions allowed), else null.
     */
    Type check(Expr e, Scope scope, Type outcomeLaw) {
        Type t = infer(e, scope, outcomeLaw);
        if (t != null) {
            table.put(e, t);
        }
        return t;
    }

    private Type infer(Expr e, Scope scope, Type law) {
        if (e instanceof Expr.IntLit) {
            return Type.INT;
        } else if (e instanceof Expr.RealLit) {
            return Type.REAL;
        } else if (e instanceof Expr.StringLit) {
            return Type.STRING;
        } else if (e instanceof Expr.Var v) {
            return var(v, scope, law);
        } else if (e instanceof Expr.Unary u) {
            Type t = check(u.operand(), scope, law);
            return u.op() == UnaryOp.NOT ? bool(u.operand(), t) : numeric(u.operand(), t, law);
        } else if (e instanceof Expr.Binary b) {
            return binary(b, scope, law);
        } else if (e instanceof Expr.Chain c) {
            boolean ok = true;
            for (Expr x : c.operands()) {
                ok &= plainNumber(x, check(x, scope, law), law) != null;
            }
            return ok ? Type.BOOL : null;
        } else if (e instanceof Expr.Approx a) {
            boolean ok = plainNumber(a.left(), check(a.left(), scope, law), law) != null;
            ok &= plainNumber(a.right(), check(a.right(), scope, law), law) != null;
            ok &= plainNumber(a.tolerance(), check(a.tolerance(), scope, law), law) != null;
            return ok ? Type.BOOL : null;
        } else if (e instanceof Expr.ListLit l) {
            boolean ok = true;
            for (Expr x : l.elements()) {
                ok &= plainNumber(x, check(x, scope, law), law) != null;
            }
            return ok ? Type.LIST : null;
        } else if (e instanceof Expr.Lambda l) {
            Scope inner = new Scope(scope);
            declare(l.param(), SymbolKind.LAMBDA_PARAM, Type.REAL, inner);
            Type body = plainNumber(l.body(), check(l.body(), inner, null), null);
            return body == null ? null : Type.LAMBDA;
        } else if (e instanceof Expr.Aggregate a) {
            return aggregate(a, scope, law);
        } else if (e instanceof Expr.Call c) {
            return calls.check(c, scope, law);
        }
        throw new AssertionError(e.getClass());
    }

    private Type var(Expr.Var v, Scope scope, Type law) {
        String name = v.name();
        Symbol s = scope.lookup(name).orElse(null);
        if (s == null && Builtins.CONSTANTS.contains(name)) {
            s = new Symbol(name, SymbolKind.CONSTANT, Type.REAL, v.span());
        }
        if (s == null && Builtins.REWARD.equals(name)) {
            if (law == null) {
                diags.add(Code.E302, v.span(), "`r` (the reward of an outcome) is only defined inside E(p, X)",
                        "e.g. E(p, r - g) averages r - g over the outcomes of p");
                return null;
            }
            s = new Symbol(name, SymbolKind.REWARD, Type.OUTCOME, v.span());
        }
        if (s != null) {
            table.bind(v, s);
            return s.type();
        }
        if (Builtins.lookup(name).isPresent()) {
            diags.add(Code.E301, v.span(), "`" + name + "` is a function, not a value",
                    "call it: " + Builtins.lookup(name).get().signature());
            return null;
        }
        Set<String> candidates = new HashSet<>(scope.visible());
        candidates.addAll(Builtins.CONSTANTS);
        candidates.addAll(letNames);
        if (law != null) {
            candidates.add(Builtins.REWARD);
        }
        diags.add(Code.E101, v.span(), "unknown name `" + name + "`", Suggest.help(name, candidates));
        return null;
    }

    private Type binary(Expr.Binary b, Scope scope, Type law) {
        Type l = check(b.left(), scope, law);
        Type r = check(b.right(), scope, law);
        if (b.op().isLogical()) {
            Type bl = bool(b.left(), l);
            Type br = bool(b.right(), r);
            return bl == null || br == null ? null : Type.BOOL;
        }
        Type nl = numeric(b.left(), l, law);
        Type nr = numeric(b.right(), r, law);
        if (nl == null || nr == null) {
            return null;
        }
        if (nl == Type.OUTCOME || nr == Type.OUTCOME) {
            return Type.OUTCOME;
        }
        boolean ints = nl == Type.INT && nr == Type.INT;
        switch (b.op()) {
            case DIV:
                return Type.REAL;
            case POW:
                BigFraction k = Fold.value(b.right());
                return ints && (k == null || k.compareTo(BigFraction.ZERO) >= 0) ? Type.INT : Type.REAL;
            default:
                return ints ? Type.INT : Type.REAL;
        }
    }

    private Type aggregate(Expr.Aggregate a, Scope scope, Type law) {
        Domain d = a.domain();
        boolean ok = a.kind() == AggregateKind.SUM ? d instanceof Domain.IntRange
                : d instanceof Domain.IntRange || d instanceof Domain.RealInterval || d instanceof Domain.FiniteSet;
        if (!ok) {
            diags.add(Code.E301, d.span(), a.kind() == AggregateKind.SUM
                    ? "sum ranges over an integer range a..b" : "sup ranges over numbers: a..b, an interval or a set");
            return null;
        }
        Type varType = domains.check(d, scope, true);
        if (varType != null && !varType.isNumeric()) {
            diags.add(Code.E301, d.span(), "sup ranges over numbers, found " + varType.describe());
            return null;
        }
        Scope inner = new Scope(scope);
        declare(a.var(), SymbolKind.AGGREGATE_VAR, varType, inner);
        Type body = numeric(a.body(), check(a.body(), inner, law), law);
        if (body == null || varType == null) {
            return null;
        }
        if (body == Type.OUTCOME) {
            return Type.OUTCOME;
        }
        return a.kind() == AggregateKind.SUM && body == Type.INT ? Type.INT : Type.REAL;
    }

    /** Declares a local name; shadowing anything (builtins, lets, other locals) is an error. */
    void declare(Ident id, SymbolKind kind, Type type, Scope scope) {
        String name = id.name();
        if (Builtins.isReservedValue(name)) {
            diags.add(Code.E105, id.span(), "`" + name + "` is a builtin constant and cannot be redefined",
                    "choose another name");
        } else if (letNames.contains(name)) {
            diags.add(Code.E103, id.span(), "`" + name + "` is already defined by `let`", "choose another name");
        } else if (scope.lookup(name).isPresent()) {
            diags.add(Code.E103, id.span(), "`" + name + "` is already declared in this claim (at "
                    + scope.lookup(name).get().declared() + ")", "choose another name");
        }
        scope.declare(new Symbol(name, kind, type, id.span()));
    }

    /** {@code t} as a number usable in arithmetic (Int, Real, or an outcome value inside E). */
    Type numeric(Expr e, Type t, Type law) {
        if (t == null) {
            return null;
        }
        if (t.isNumeric() || t == Type.OUTCOME) {
            return t;
        }
        if (t.kind() == TypeKind.FN) {
            if (law == null) {
                diags.add(Code.E302, e.span(), "a Fn has one value per outcome; use it inside E(p, X)",
                        "e.g. E(p, " + source.text(e.span()) + ")");
                return null;
            }
            if (law.kind() != TypeKind.DISCRETE || !Type.SHARED.equals(law.alphabet())) {
                diags.add(Code.E304, e.span(), "a Fn lives on the claim's shared alphabet, but E averages over "
                        + law.describe());
                return null;
            }
            return Type.OUTCOME;
        }
        diags.add(Code.E301, e.span(), "expected a number, found " + t.describe());
        return null;
    }

    /** A number that is not an outcome expression (relations, bounds, parameters). */
    Type plainNumber(Expr e, Type t, Type law) {
        Type n = numeric(e, t, law);
        if (n == Type.OUTCOME) {
            diags.add(Code.E302, e.span(), "an outcome expression is only allowed as X in E(p, X)",
                    "average it first, e.g. E(p, " + source.text(e.span()) + ")");
            return null;
        }
        return n;
    }

    Type bool(Expr e, Type t) {
        if (t == null || t == Type.BOOL) {
            return t;
        }
        diags.add(Code.E301, e.span(), "expected a formula (Bool), found " + t.describe(),
                "compare it, e.g. with <= or ==");
        return null;
    }
}
