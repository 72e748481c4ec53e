package org.infobound.engine.prove;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.ast.NamedArg;

/**
 * Substitution, free variables, canonical comparison of expressions (spans ignored) and the exact
 * value of rational constants.
 */
final class Exprs {

    private Exprs() {
    }

    /** Capture-avoiding enough for our use: lambda and aggregate variables shadow the map. */
    static Expr substitute(Expr e, Map<String, Expr> s) {
        if (s.isEmpty()) {
            return e;
        }
        if (e instanceof Expr.Var v) {
            return s.getOrDefault(v.name(), e);
        }
        if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.span(), u.op(), substitute(u.operand(), s));
        }
        if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.span(), b.op(), substitute(b.left(), s), substitute(b.right(), s));
        }
        if (e instanceof Expr.Chain c) {
            return new Expr.Chain(c.span(), c.operands().stream().map(x -> substitute(x, s)).toList(), c.ops());
        }
        if (e instanceof Expr.Approx a) {
            return new Expr.Approx(a.span(), substitute(a.left(), s), substitute(a.right(), s), substitute(a.tolerance(), s));
        }
        if (e instanceof Expr.Call c) {
            List<NamedArg> named = new ArrayList<>();
            for (NamedArg n : c.named()) {
                named.add(new NamedArg(n.span(), n.name(), substitute(n.value(), s)));
            }
            return new Expr.Call(c.span(), c.callee(), c.form(), c.args().stream().map(x -> substitute(x, s)).toList(), named);
        }
        if (e instanceof Expr.ListLit l) {
            return new Expr.ListLit(l.span(), l.elements().stream().map(x -> substitute(x, s)).toList());
        }
        if (e instanceof Expr.Lambda l) {
            return new Expr.Lambda(l.span(), l.param(), substitute(l.body(), without(s, l.param().name())));
        }
        if (e instanceof Expr.Aggregate a) {
            return new Expr.Aggregate(a.span(), a.kind(), a.var(), a.domain(), substitute(a.body(), without(s, a.var().name())));
        }
        return e;
    }

    private static Map<String, Expr> without(Map<String, Expr> s, String name) {
        if (!s.containsKey(name)) {
            return s;
        }
        Map<String, Expr> m = new HashMap<>(s);
        m.remove(name);
        return m;
    }

    /** Canonical text: the printed form with every lambda's parameter renamed to {@code t_}. */
    static String canon(Expr e) {
        return ExprPrinter.print(alpha(e));
    }

    private static Expr alpha(Expr e) {
        if (e instanceof Expr.Lambda l) {
            Ident p = new Ident(l.param().span(), "t_");
            Expr body = substitute(l.body(), Map.of(l.param().name(), new Expr.Var(l.param().span(), "t_")));
            return new Expr.Lambda(l.span(), p, alpha(body));
        }
        return e;
    }

    static boolean same(Expr a, Expr b) {
        return canon(a).equals(canon(b));
    }

    /** Free variable names (lambda parameters and aggregate variables excluded). */
    static Set<String> freeVars(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        free(e, Set.of(), out);
        return out;
    }

    private static void free(Expr e, Set<String> bound, Set<String> out) {
        if (e instanceof Expr.Var v) {
            if (!bound.contains(v.name())) {
                out.add(v.name());
            }
        } else if (e instanceof Expr.Lambda l) {
            free(l.body(), plus(bound, l.param().name()), out);
        } else if (e instanceof Expr.Aggregate a) {
            free(a.body(), plus(bound, a.var().name()), out);
            domainFree(a.domain(), bound, out);
        } else {
            for (Expr c : children(e)) {
                free(c, bound, out);
            }
        }
    }

    private static void domainFree(Domain d, Set<String> bound, Set<String> out) {
        if (d instanceof Domain.IntRange r) {
            free(r.lo(), bound, out);
            free(r.hi(), bound, out);
        } else if (d instanceof Domain.RealInterval r) {
            free(r.lo(), bound, out);
            free(r.hi(), bound, out);
        }
    }

    private static Set<String> plus(Set<String> s, String x) {
        Set<String> m = new LinkedHashSet<>(s);
        m.add(x);
        return m;
    }

    /** Direct sub-expressions, in order (named-argument values after positional arguments). */
    static List<Expr> children(Expr e) {
        if (e instanceof Expr.Unary u) {
            return List.of(u.operand());
        }
        if (e instanceof Expr.Binary b) {
            return List.of(b.left(), b.right());
        }
        if (e instanceof Expr.Chain c) {
            return c.operands();
        }
        if (e instanceof Expr.Approx a) {
            return List.of(a.left(), a.right(), a.tolerance());
        }
        if (e instanceof Expr.Call c) {
            List<Expr> all = new ArrayList<>(c.args());
            c.named().forEach(n -> all.add(n.value()));
            return all;
        }
        if (e instanceof Expr.ListLit l) {
            return l.elements();
        }
        if (e instanceof Expr.Lambda l) {
            return List.of(l.body());
        }
        if (e instanceof Expr.Aggregate a) {
            return List.of(a.body());
        }
        return List.of();
    }

    /** The head of a node for shape comparison: class, operator, callee and form. */
    static String head(Expr e) {
        if (e instanceof Expr.Unary u) {
            return "unary " + u.op();
        }
        if (e instanceof Expr.Binary b) {
            return "binary " + b.op();
        }
        if (e instanceof Expr.Call c) {
            List<String> names = c.named().stream().map(n -> n.name().name()).toList();
            return "call " + c.name() + " " + c.form() + " " + c.args().size() + " " + names;
        }
        return "leaf " + canon(e);
    }

    /**
     * The exact rational value of a constant arithmetic expression ({@link Convexity#exact} with
     * no parameters); NotCertified where it does not fold.
     */
    static BigFraction rational(Expr e) {
        return Convexity.exact(e, Map.of());
    }

    /** The exact value of an integer or decimal literal; NotCertified for anything else. */
    static BigFraction literal(Expr e) {
        if (e instanceof Expr.IntLit i) {
            return new BigFraction(i.value());
        }
        if (e instanceof Expr.RealLit r) {
            return new BigFraction(r.value().unscaledValue(), BigInteger.TEN.pow(Math.max(0, r.value().scale())))
                    .multiply(r.value().scale() < 0 ? new BigFraction(BigInteger.TEN.pow(-r.value().scale())) : BigFraction.ONE);
        }
        throw new NotCertified("not a rational constant: " + ExprPrinter.print(e));
    }
}
