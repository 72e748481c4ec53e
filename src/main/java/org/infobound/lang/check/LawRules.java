package org.infobound.lang.check;

import java.util.List;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.NamedArg;
import org.infobound.lang.diag.Code;

/** Result types and argument rules of the builtins, once arity and named arguments are fine. */
final class LawRules {

    private final ExprChecker ec;
    private final Ranges ranges;

    LawRules(ExprChecker ec) {
        this.ec = ec;
        this.ranges = new Ranges(ec.diags);
    }

    Type apply(Builtin b, Expr.Call c, List<Type> t, Scope scope, Type law) {
        List<Expr> a = c.args();
        String f = b.name();
        switch (b.group()) {
            case "laws on the line":
                return plain(a, t, law) && ranges.lineLaw(f, a) ? Type.LINE : null;
            case "numbers":
                return number(f, a, t, law);
            default:
                break;
        }
        switch (f) {
            case "bernoulli":
                return plain(a, t, law) && ranges.closed01(f, "p", a.get(0)) ? Type.discrete("rewards [0, 1]") : null;
            case "categorical":
                return categorical(c, scope);
            case "empirical":
                if (!(a.get(0) instanceof Expr.StringLit s)) {
                    ec.diags.add(Code.E301, a.get(0).span(), "empirical takes a file name in quotes",
                            "e.g. empirical(\"data/rewards.csv\")");
                    return null;
                }
                DataFileCheck.Column column = column(c);
                if (column == null) {
                    return null;
                }
                return ec.dataFiles.check(s, column, ec.diags)
                        ? Type.discrete("the samples of \"" + s.value() + "\"" + (column.auto() ? "" : ", " + column))
                        : null;
            case "bon":
                return bon(c, t, scope);
            case "tilt":
                return law(a.get(0), t.get(0)) && plain(a.subList(1, 2), t.subList(1, 2), law)
                        && ranges.positive(f, "beta", a.get(1)) ? t.get(0) : null;
            case "mix":
                return law(a.get(0), t.get(0)) && law(a.get(1), t.get(1)) && comparable(c, t.get(0), t.get(1))
                        && plain(a.subList(2, 3), t.subList(2, 3), law) && ranges.closed01(f, "w", a.get(2)) ? t.get(0) : null;
            case "rewardlaw":
                return !law(a.get(0), t.get(0)) ? null : t.get(0).kind() == TypeKind.LINE ? Type.LINE
                        : Type.discrete("the reward values of " + t.get(0).alphabet());
            case "apply":
                return apply(c, t);
            case "KL": case "chi2": case "TV": case "H2": case "BC": case "JS":
                return pair(c, t) ? Type.REAL : null;
            case "renyi":
                return pair(c, t) && plain(a.subList(2, 3), t.subList(2, 3), law) && ranges.alpha(a.get(2)) ? Type.REAL : null;
            case "Df":
                if (!pair(c, t)) {
                    return null;
                }
                return expect(a.get(2), t.get(2), TypeKind.LAMBDA, "a lambda such as t -> t * log(t)")
                        && ranges.generatorAtOne(a.get(2)) ? Type.REAL : null;
            case "E":
                if (!law(a.get(0), t.get(0))) {
                    return null;
                }
                return a.size() == 1 || ec.numeric(a.get(1), t.get(1), t.get(0)) != null ? Type.REAL : null;
            case "collision": case "pmax":
                if (!law(a.get(0), t.get(0))) {
                    return null;
                }
                return expect(a.get(0), t.get(0), TypeKind.DISCRETE, "a discrete law") ? Type.REAL : null;
            case "cgf": case "cdf": case "quantile":
                return law(a.get(0), t.get(0)) && plain(a.subList(1, 2), t.subList(1, 2), law)
                        && (!f.equals("quantile") || ranges.closed01(f, "u", a.get(1))) ? Type.REAL : null;
            case "winrate":
                return law(a.get(0), t.get(0)) && law(a.get(1), t.get(1)) ? Type.REAL : null;
            case "prob":
                return prob(c, t, law);
            default:
                return law(a.get(0), t.get(0)) ? Type.REAL : null; // entropy, var, sd, sigma2, sigma2_right, sigma2_left
        }
    }

    /** The {@code column = "name" | k} of {@code empirical}, or null after a diagnostic. */
    private DataFileCheck.Column column(Expr.Call c) {
        NamedArg arg = c.named().stream().filter(n -> n.name().name().equals("column")).findFirst().orElse(null);
        if (arg == null) {
            return DataFileCheck.Column.AUTO;
        }
        if (arg.value() instanceof Expr.StringLit s && !s.value().isBlank()) {
            ec.table.put(s, Type.STRING);
            return new DataFileCheck.Column(s.value(), 0);
        }
        if (arg.value() instanceof Expr.IntLit i && i.value().signum() > 0
                && i.value().compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
            ec.table.put(i, Type.INT);
            return new DataFileCheck.Column(null, i.value().intValue());
        }
        ec.diags.add(Code.E301, arg.value().span(), "column must be a header name in quotes or a column number from 1",
                "e.g. empirical(\"runs.csv\", column = \"reward\") or empirical(\"runs.csv\", column = 2)");
        return null;
    }

    private Type number(String f, List<Expr> a, List<Type> t, Type law) {
        boolean outcome = false;
        boolean ints = true;
        for (int i = 0; i < a.size(); i++) {
            Type n = ec.numeric(a.get(i), t.get(i), law);
            if (n == null) {
                return null;
            }
            outcome |= n == Type.OUTCOME;
            ints &= n == Type.INT;
        }
        if (f.equals("harmonic")) {
            if (outcome || !expect(a.get(0), t.get(0), TypeKind.INT, "Int")) {
                return null;
            }
            return ranges.atLeast(f, "n", a.get(0), 0) ? Type.REAL : null;
        }
        if (outcome) {
            return Type.OUTCOME;
        }
        switch (f) {
            case "floor": case "ceil":
                return Type.INT;
            case "abs": case "min": case "max":
                return ints ? Type.INT : Type.REAL;
            default:
                return Type.REAL;
        }
    }

    private Type categorical(Expr.Call c, Scope scope) {
        Expr probs = c.args().get(0);
        NamedArg rewardsArg = c.named().stream().filter(n -> n.name().name().equals("rewards")).findFirst().orElseThrow();
        Type rt = ec.check(rewardsArg.value(), scope, null);
        if (!(probs instanceof Expr.ListLit pl)) {
            ec.diags.add(Code.E301, probs.span(), "categorical takes a list of probabilities [p1, ..., pk]");
            return null;
        }
        if (!(rewardsArg.value() instanceof Expr.ListLit rl)) {
            if (rt != null) {
                ec.diags.add(Code.E301, rewardsArg.value().span(), "rewards must be a list [r1, ..., rk]");
            }
            return null;
        }
        if (rt == null) {
            return null;
        }
        if (rl.elements().size() != pl.elements().size()) {
            ec.diags.add(Code.E405, rl.span(), "categorical has " + pl.elements().size() + " probabilities but "
                    + rl.elements().size() + " rewards", "give one reward per outcome");
            return null;
        }
        if (!ranges.simplex(pl)) {
            return null;
        }
        StringBuilder key = new StringBuilder("rewards [");
        for (int i = 0; i < rl.elements().size(); i++) {
            Expr r = rl.elements().get(i);
            BigFraction v = Fold.value(r);
            key.append(i == 0 ? "" : ", ").append(v == null ? ec.source.text(r.span()) : Ranges.show(v));
        }
        return Type.discrete(key.append(']').toString());
    }

    private Type bon(Expr.Call c, List<Type> t, Scope scope) {
        List<Expr> a = c.args();
        if (!law(a.get(0), t.get(0)) || !expect(a.get(1), t.get(1), TypeKind.INT, "Int")
                || !ranges.atLeast("bon", "n", a.get(1), 1)) {
            return null;
        }
        Optional<NamedArg> by = c.named().stream().filter(n -> n.name().name().equals("by")).findFirst();
        if (by.isPresent()) {
            Expr g = by.get().value();
            if (!expect(g, ec.check(g, scope, null), TypeKind.FN, "a Fn binder (g in fn(lo, hi))")) {
                return null;
            }
            if (!Type.SHARED_DIST.equals(t.get(0))) {
                ec.diags.add(Code.E304, a.get(0).span(), "`by = " + ec.source.text(g.span())
                        + "` selects by a Fn on the claim's shared alphabet, but p is " + t.get(0).describe());
                return null;
            }
        }
        return t.get(0);
    }

    private Type apply(Expr.Call c, List<Type> t) {
        List<Expr> a = c.args();
        if (!expect(a.get(0), t.get(0), TypeKind.KERNEL, "a Kernel binder (k in kernel(m))") || !law(a.get(1), t.get(1))) {
            return null;
        }
        if (!Type.SHARED_DIST.equals(t.get(1))) {
            ec.diags.add(t.get(1).kind() == TypeKind.LINE ? Code.E303 : Code.E304, a.get(1).span(),
                    "a kernel acts on the claim's shared alphabet, but this is " + t.get(1).describe());
            return null;
        }
        return Type.discrete("the outputs of kernel " + ec.source.text(a.get(0).span()));
    }

    private Type prob(Expr.Call c, List<Type> t, Type law) {
        Expr q = c.args().get(0);
        if (law == null) {
            ec.diags.add(Code.E302, c.span(), "prob(q) is the mass of an outcome: only inside E(p, X)",
                    "e.g. E(q, log(prob(q) / prob(p)))");
            return null;
        }
        if (!law(q, t.get(0)) || !expect(q, t.get(0), TypeKind.DISCRETE, "a discrete law")) {
            return null;
        }
        return comparable(c, law, t.get(0)) ? Type.OUTCOME : null;
    }

    private boolean pair(Expr.Call c, List<Type> t) {
        return law(c.args().get(0), t.get(0)) && law(c.args().get(1), t.get(1)) && comparable(c, t.get(0), t.get(1));
    }

    /** The comparability rule of spec/LANGUAGE.md sections 5-8. */
    boolean comparable(Expr.Call c, Type p, Type q) {
        if (p.kind() == TypeKind.LINE && q.kind() == TypeKind.LINE) {
            return true;
        }
        if (p.kind() != q.kind()) {
            ec.diags.add(Code.E303, c.span(), "`" + c.name() + "` compares " + p.describe() + " with " + q.describe(),
                    "a law on the line and a discrete law have no common support; compare laws of one kind");
            return false;
        }
        if (!p.alphabet().equals(q.alphabet())) {
            ec.diags.add(Code.E304, c.span(), "`" + c.name() + "` compares laws on different alphabets: "
                    + p.alphabet() + " and " + q.alphabet(),
                    "discrete laws are comparable on the claim's shared alphabet or on the same reward list");
            return false;
        }
        return true;
    }

    private boolean law(Expr e, Type t) {
        if (t.isLaw()) {
            return true;
        }
        ec.diags.add(Code.E301, e.span(), "expected a distribution, found " + t.describe());
        return false;
    }

    private boolean plain(List<Expr> a, List<Type> t, Type law) {
        boolean ok = true;
        for (int i = 0; i < a.size(); i++) {
            ok &= ec.plainNumber(a.get(i), t.get(i), law) != null;
        }
        return ok;
    }

    private boolean expect(Expr e, Type t, TypeKind kind, String what) {
        if (t == null) {
            return false;
        }
        if (t.kind() == kind) {
            return true;
        }
        ec.diags.add(Code.E301, e.span(), "expected " + what + ", found " + t.describe());
        return false;
    }
}
