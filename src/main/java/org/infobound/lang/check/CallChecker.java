package org.infobound.lang.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.infobound.lang.ast.CallForm;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.NamedArg;
import org.infobound.lang.check.Builtin.NamedParam;
import org.infobound.lang.diag.Code;

/** Checks calls against the {@link Builtins} table and the per-function type rules. */
final class CallChecker {

    private final ExprChecker ec;
    private final LawRules laws;

    CallChecker(ExprChecker ec) {
        this.ec = ec;
        this.laws = new LawRules(ec);
    }

    Type check(Expr.Call c, Scope scope, Type law) {
        Builtin b = Builtins.lookup(c.name()).orElse(null);
        if (b == null) {
            return notBuiltin(c, scope, law);
        }
        if (b.divergence() != (c.form() == CallForm.DIVERGENCE)) {
            ec.diags.add(Code.E204, c.span(), b.divergence()
                    ? "`" + b.name() + "` is a divergence: separate its two laws with `||`"
                    : "`||` is only for the divergences KL, chi2, renyi and Df", "write " + b.signature());
            return null;
        }
        int n = c.args().size();
        if (n < b.minArity() || (b.maxArity() >= 0 && n > b.maxArity())) {
            String want = b.maxArity() < 0 ? "at least " + b.minArity()
                    : b.minArity() == b.maxArity() ? Integer.toString(b.minArity()) : b.minArity() + " or " + b.maxArity();
            ec.diags.add(Code.E201, c.span(), "`" + b.name() + "` takes " + want + " argument(s), found " + n,
                    "write " + b.signature());
            return null;
        }
        if (!namedArgs(c, b, scope, law)) {
            return null;
        }
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Expr a = c.args().get(i);
            boolean outcomeArg = b.name().equals("E") && i == 1;
            types.add(ec.check(a, scope, outcomeArg ? types.get(0) : law));
            if (types.get(i) == null) {
                return null;
            }
        }
        if (types.get(0) == null) {
            return null;
        }
        return laws.apply(b, c, types, scope, law);
    }

    private Type notBuiltin(Expr.Call c, Scope scope, Type law) {
        Symbol s = scope.lookup(c.name()).orElse(null);
        if (s != null && s.type() != null && s.type().kind() == TypeKind.LAMBDA && c.form() == CallForm.PLAIN
                && c.args().size() == 1 && c.named().isEmpty()) {
            return ec.numeric(c.args().get(0), ec.check(c.args().get(0), scope, law), law) == null ? null : Type.REAL;
        }
        if (s != null) {
            if (s.type() != null) {
                ec.diags.add(Code.E206, c.callee().span(), "`" + c.name() + "` is " + s.type().describe()
                        + ", not a function" + (s.type().kind() == TypeKind.LAMBDA ? " of one argument" : ""));
            }
            return null;
        }
        if (ec.letNames.contains(c.name())) {
            return null; // the inliner already reported the problem with this let call
        }
        Set<String> candidates = new HashSet<>();
        Builtins.all().forEach(x -> candidates.add(x.name()));
        candidates.addAll(ec.letNames);
        ec.diags.add(Code.E102, c.callee().span(), "unknown function `" + c.name() + "`",
                Suggest.help(c.name(), candidates));
        return null;
    }

    private boolean namedArgs(Expr.Call c, Builtin b, Scope scope, Type law) {
        Set<String> seen = new HashSet<>();
        boolean ok = true;
        for (NamedArg a : c.named()) {
            String name = a.name().name();
            NamedParam p = b.namedParam(name).orElse(null);
            if (p == null) {
                String allowed = b.named().isEmpty() ? "`" + b.name() + "` takes no named arguments"
                        : "named arguments of `" + b.name() + "`: "
                        + String.join(", ", b.named().stream().map(NamedParam::name).toList());
                ec.diags.add(Code.E202, a.name().span(), "unknown named argument `" + name + "` for `" + b.name() + "`",
                        allowed);
                ok = false;
                continue;
            }
            if (!seen.add(name)) {
                ec.diags.add(Code.E205, a.span(), "named argument `" + name + "` is given twice");
                ok = false;
                continue;
            }
            if (!p.words().isEmpty()) {
                ok &= word(a, p);
            }
        }
        for (NamedParam p : b.named()) {
            if (p.required() && !seen.contains(p.name())) {
                ec.diags.add(Code.E205, c.span(), "`" + b.name() + "` needs the named argument `" + p.name() + "`",
                        "write " + b.signature());
                ok = false;
            }
        }
        return ok;
    }

    private boolean word(NamedArg a, NamedParam p) {
        String allowed = String.join(" | ", p.words());
        if (a.value() instanceof Expr.Var v && p.words().contains(v.name())) {
            ec.table.bind(v, new Symbol(v.name(), SymbolKind.WORD, Type.WORD, v.span()));
            ec.table.put(v, Type.WORD);
            return true;
        }
        String found = a.value() instanceof Expr.Var v ? "`" + v.name() + "`" : "an expression";
        String help = a.value() instanceof Expr.Var v ? Suggest.help(v.name(), p.words()) : "";
        ec.diags.add(Code.E203, a.value().span(), "`" + p.name() + "` must be one of " + allowed + ", found " + found,
                help.isEmpty() ? "write " + p.name() + " = " + p.words().get(0) : help);
        return false;
    }
}
