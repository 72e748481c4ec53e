package org.infobound.lang.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.infobound.lang.ast.CallForm;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.DistOption;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.LetDecl;
import org.infobound.lang.ast.NamedArg;
import org.infobound.lang.diag.Code;

/**
 * Replaces uses of {@code let} constants and calls of {@code let} functions by their bodies,
 * parameters substituted by the arguments, so that the checked model mentions only builtins
 * and local names. Nodes from a let body keep their spans (errors point into the body).
 * Parameters are not substituted under a lambda or aggregate that binds the same name.
 * Limitation (documented in LANGUAGE.md): an argument mentioning a name that the let body
 * binds with a lambda or aggregate would be captured; the checker forbids shadowing, so this
 * only arises when a claim's own names collide with a let body's bound names.
 */
final class Inliner {

    private final Map<String, LetDecl> lets;
    private final Diags diags;
    private final Deque<String> active = new ArrayDeque<>();
    /** Nodes the expansion may still produce; nested lets can grow exponentially. */
    private int budget = MAX_NODES;

    /** Largest expansion accepted per claim, in nodes visited. */
    static final int MAX_NODES = 200_000;

    /** Thrown when let expansion exceeds {@link #MAX_NODES}. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("let expansion too large", null, false, false);
        }
    }

    /**
     * Deepest nesting of {@code let} uses in one expansion (a let using a let using ...): a fixed
     * limit, so that checking a long chain of lets takes time linear in its length and gives the
     * same diagnostic on every run (never a stack overflow).
     */
    static final int MAX_DEPTH = 100;

    /** Thrown when let uses nest deeper than {@link #MAX_DEPTH}. */
    static final class TooDeep extends RuntimeException {
        /** Whether it came from a let already reported too deep (no new diagnostic for a let). */
        final boolean known;
        /** The let whose use went one level too deep. */
        final String at;

        TooDeep(String at, boolean known) {
            super("let nesting too deep", null, false, false);
            this.at = at;
            this.known = known;
        }
    }

    /** Lets whose own definition nests too deeply (reported once, at the let). */
    private final java.util.Set<String> tooDeep = new java.util.HashSet<>();

    /** Records that let {@code name}'s own definition nests too deeply. */
    /** Lets whose definitions have errors: a use is an error (the claim is left out, never evaluated). */
    private final java.util.Set<String> broken = new java.util.HashSet<>();

    /** Marks a let whose body had errors; every later use of it is an E603 error at the use. */
    void markBroken(String name) {
        broken.add(name);
    }

    void markTooDeep(String name) {
        tooDeep.add(name);
    }

    Inliner(Map<String, LetDecl> lets, Diags diags) {
        this.lets = lets;
        this.diags = diags;
    }

    /** Starts a new claim: resets the expansion budget. */
    void reset() {
        budget = MAX_NODES;
    }

    Expr inline(Expr e) {
        return rewrite(e, Map.of());
    }

    Domain inline(Domain d) {
        return rewrite(d, Map.of());
    }

    private Expr rewrite(Expr e, Map<String, Expr> subst) {
        if (--budget < 0) {
            throw new TooLarge();
        }
        if (e instanceof Expr.Var v) {
            if (subst.containsKey(v.name())) {
                return subst.get(v.name());
            }
            LetDecl let = lets.get(v.name());
            if (let != null && let.isConstant()) {
                return expand(let, List.of(), v);
            }
            return v;
        } else if (e instanceof Expr.Unary u) {
            return new Expr.Unary(u.span(), u.op(), rewrite(u.operand(), subst));
        } else if (e instanceof Expr.Binary b) {
            return new Expr.Binary(b.span(), b.op(), rewrite(b.left(), subst), rewrite(b.right(), subst));
        } else if (e instanceof Expr.Chain c) {
            return new Expr.Chain(c.span(), c.operands().stream().map(x -> rewrite(x, subst)).toList(), c.ops());
        } else if (e instanceof Expr.Approx a) {
            return new Expr.Approx(a.span(), rewrite(a.left(), subst), rewrite(a.right(), subst),
                    rewrite(a.tolerance(), subst));
        } else if (e instanceof Expr.ListLit l) {
            return new Expr.ListLit(l.span(), l.elements().stream().map(x -> rewrite(x, subst)).toList());
        } else if (e instanceof Expr.Lambda l) {
            return new Expr.Lambda(l.span(), l.param(), rewrite(l.body(), without(subst, l.param().name())));
        } else if (e instanceof Expr.Aggregate a) {
            return new Expr.Aggregate(a.span(), a.kind(), a.var(), rewrite(a.domain(), subst),
                    rewrite(a.body(), without(subst, a.var().name())));
        } else if (e instanceof Expr.Call c) {
            List<Expr> args = c.args().stream().map(x -> rewrite(x, subst)).toList();
            List<NamedArg> named = c.named().stream()
                    .map(n -> new NamedArg(n.span(), n.name(), rewrite(n.value(), subst))).toList();
            LetDecl let = lets.get(c.name());
            if (let != null && !let.isConstant()) {
                if (c.form() == CallForm.DIVERGENCE) {
                    diags.add(Code.E204, c.span(), "`||` is only for divergences; `" + c.name() + "` is a let function",
                            "write " + c.name() + "(a, b)");
                    return c;
                }
                if (!named.isEmpty()) {
                    diags.add(Code.E202, named.get(0).span(), "let function `" + c.name() + "` takes no named arguments");
                    return c;
                }
                if (args.size() != let.params().size()) {
                    diags.add(Code.E201, c.span(), "`" + c.name() + "` takes " + let.params().size()
                            + " argument(s), found " + args.size(), "defined at " + let.span());
                    return c;
                }
                return expand(let, args, c);
            }
            return new Expr.Call(c.span(), c.callee(), c.form(), args, named);
        }
        return e; // literals
    }

    private Expr expand(LetDecl let, List<Expr> args, Expr use) {
        String name = let.name().name();
        if (tooDeep.contains(name)) {
            throw new TooDeep(name, true);
        }
        if (active.size() >= MAX_DEPTH) {
            throw new TooDeep(name, false);
        }
        if (broken.contains(name)) {
            // its body had errors (e.g. an unknown name that a claim's binder would capture after
            // inlining): the use is an error, so no claim is checked or evaluated with it
            diags.add(Code.E603, use.span(), "`" + name + "` has errors in its definition at " + let.span(),
                    "fix the definition of `" + name + "` first");
            return use;
        }
        if (active.contains(name)) {
            diags.add(Code.E104, use.span(), "`" + name + "` is defined in terms of itself",
                    "let definitions cannot be recursive");
            return use;
        }
        Map<String, Expr> subst = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            subst.put(let.params().get(i).name(), args.get(i));
        }
        active.push(name);
        try {
            return rewrite(let.body(), subst);
        } finally {
            active.pop();
        }
    }

    private Domain rewrite(Domain d, Map<String, Expr> s) {
        if (d instanceof Domain.IntRange r) {
            return new Domain.IntRange(r.span(), rewrite(r.lo(), s), rewrite(r.hi(), s));
        } else if (d instanceof Domain.RealInterval i) {
            return interval(i, s);
        } else if (d instanceof Domain.FiniteSet f) {
            return new Domain.FiniteSet(f.span(), f.elements().stream().map(x -> rewrite(x, s)).toList());
        } else if (d instanceof Domain.DistDomain dd) {
            Expr lo = rewrite(dd.minSize(), s);
            Expr hi = dd.maxSize() == dd.minSize() ? lo : rewrite(dd.maxSize(), s);
            return new Domain.DistDomain(dd.span(), lo, hi, dd.options().stream().map(o -> option(o, s)).toList());
        } else if (d instanceof Domain.Law l) {
            return new Domain.Law(l.span(), rewrite(l.law(), s));
        } else if (d instanceof Domain.FnDomain f) {
            return new Domain.FnDomain(f.span(), rewrite(f.lo(), s), rewrite(f.hi(), s));
        } else if (d instanceof Domain.KernelDomain k) {
            Expr lo = rewrite(k.minOutputs(), s);
            return new Domain.KernelDomain(k.span(), lo, k.maxOutputs() == k.minOutputs() ? lo : rewrite(k.maxOutputs(), s));
        }
        return d; // continuous
    }

    private Domain.RealInterval interval(Domain.RealInterval i, Map<String, Expr> s) {
        return new Domain.RealInterval(i.span(), i.loEnd(), rewrite(i.lo(), s), rewrite(i.hi(), s), i.hiEnd());
    }

    private DistOption option(DistOption o, Map<String, Expr> s) {
        if (o instanceof DistOption.RewardsInInterval r) {
            return new DistOption.RewardsInInterval(r.span(), interval(r.range(), s));
        } else if (o instanceof DistOption.RewardsInSet r) {
            return new DistOption.RewardsInSet(r.span(), (Domain.FiniteSet) rewrite(r.values(), s));
        }
        return o;
    }

    private static Map<String, Expr> without(Map<String, Expr> subst, String name) {
        if (!subst.containsKey(name)) {
            return subst;
        }
        Map<String, Expr> m = new HashMap<>(subst);
        m.remove(name);
        return m;
    }
}
