package org.infobound.engine.prove;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.EndKind;
import org.infobound.lang.ast.Expr;
import org.infobound.num.Interval;

/**
 * Domain coverage for theorem instances: is every value an expression takes over the claim's
 * binders inside the theorem binder's domain? Only judgements certain from the syntax and from
 * certified enclosures of constant bounds are accepted; anything else is "not covered".
 */
final class Domains {

    /** The laws on the line; all atomless (spec/LANGUAGE.md sections 6-7). */
    private static final Set<String> LINE_LAWS = Set.of("normal", "exponential", "uniform", "beta", "gamma",
            "laplace", "logistic", "gumbel", "pareto");

    private Domains() {
    }

    /** True if every value of {@code e} (over the context) lies in {@code target}. */
    static boolean covers(Domain target, Expr e, Context ctx) {
        if (e instanceof Expr.Var v && ctx.binders.containsKey(v.name())) {
            return subset(ctx.binders.get(v.name()), target, ctx);
        }
        if (target instanceof Domain.FiniteSet s) {
            String c = Exprs.canon(e);
            return s.elements().stream().anyMatch(x -> Exprs.canon(x).equals(c));
        }
        if (e instanceof Expr.Call c && c.name().equals("bon") && c.args().size() == 2 && !c.named().isEmpty()
                && target instanceof Domain.DistDomain && bonOptionsKeepAlphabet(c, ctx)) {
            // best-of-n selecting by an fn binder g, or with either tie rule, outputs one of its n
            // draws from p: a law on p's alphabet (spec/LANGUAGE.md section 7)
            return positiveInteger(c.args().get(1), ctx) && covers(target, c.args().get(0), ctx);
        }
        if (target instanceof Domain.RealInterval r && isWholeLine(r) && SignFacts.finiteQuantile(e, ctx)) {
            // a quantile of a law on a finite alphabet at u in (0, 1] is one of its rewards
            return true;
        }
        if (e instanceof Expr.Call c && c.args().size() == 2 && (c.name().equals("bon") || c.name().equals("tilt"))
                && (target instanceof Domain.DistDomain || target instanceof Domain.Continuous)) {
            // best-of-n (n >= 1) and tilting (beta > 0) keep the alphabet, and keep an atomless law atomless
            boolean parameterOk = c.name().equals("bon")
                    ? c.named().isEmpty() && positiveInteger(c.args().get(1), ctx)
                    : numberIn(c.args().get(1), Interval.ZERO, EndKind.OPEN, Interval.POSITIVE_INFINITY, EndKind.OPEN, ctx);
            // a tilt is a law only where E exp(X / beta) is finite (SideConditions: never for a
            // `continuous` binder or a pareto law, scale < beta for exponential-tailed families)
            return parameterOk && covers(target, c.args().get(0), ctx)
                    && (c.name().equals("bon") || SideConditions.holds(c, ctx));
        }
        if (e instanceof Expr.Call c && c.name().equals("bernoulli") && c.args().size() == 1
                && target instanceof Domain.DistDomain d) {
            return d.options().isEmpty() && within(Interval.of(2), d.minSize(), d.maxSize())
                    && numberIn(c.args().get(0), Interval.ZERO, EndKind.CLOSED, Interval.ONE, EndKind.CLOSED, ctx);
        }
        if (e instanceof Expr.Call c && LINE_LAWS.contains(c.name()) && target instanceof Domain.Continuous) {
            // a law of the families is atomless where its parameters are valid (on the whole domain)
            return SideConditions.holds(c, ctx);
        }
        if (target instanceof Domain.RealInterval r && constant(r.lo(), r.hi())) {
            return numberIn(e, value(r.lo()), r.loEnd(), value(r.hi()), r.hiEnd(), ctx);
        }
        if (target instanceof Domain.IntRange r && constant(r.lo(), r.hi()) && e instanceof Expr.IntLit i) {
            return within(Interval.of(i.value().doubleValue()), r.lo(), r.hi()) && i.value().bitLength() < 53;
        }
        return false;
    }

    /**
     * The effective domains of a claim's binders (spec/LANGUAGE.md section 5, shared alphabet):
     * every {@code dist} binder lives on one alphabet whose outcome count range and reward options
     * are those of the FIRST {@code dist} binder, whatever a later binder's text says; {@code fn}
     * and {@code kernel} binders live on that alphabet too. Binder order is kept.
     */
    static Map<String, Domain> effective(Map<String, Domain> binders) {
        Domain.DistDomain alphabet = null;
        for (Domain d : binders.values()) {
            if (d instanceof Domain.DistDomain dd) {
                alphabet = dd;
                break;
            }
        }
        return effective(binders, alphabet);
    }

    /** The effective domains with the given shared alphabet (null: no dist binder). */
    static Map<String, Domain> effective(Map<String, Domain> binders, Domain.DistDomain alphabet) {
        Map<String, Domain> out = new LinkedHashMap<>();
        binders.forEach((n, d) -> out.put(n, d instanceof Domain.DistDomain && alphabet != null ? alphabet : d));
        return out;
    }

    /** The shared alphabet of a binder map: its first dist binder's domain, or null. */
    static Domain.DistDomain alphabet(Map<String, Domain> binders) {
        for (Domain d : binders.values()) {
            if (d instanceof Domain.DistDomain dd) {
                return dd;
            }
        }
        return null;
    }

    /**
     * Coverage of a whole theorem instance: each binder's value in its domain and, when the theorem
     * has {@code fn} or {@code kernel} binders (which live on the theorem's shared alphabet), the
     * claim's shared alphabet inside the theorem's, and every theorem {@code dist} binder bound to
     * a law on the claim's shared alphabet (a dist binder, or bon, tilt, mix of such laws), so the
     * instance's functions and laws are on one alphabet as the theorem requires.
     */
    static Optional<String> instanceProblem(Theorem t, Map<String, Expr> sigma, Context ctx) {
        for (Map.Entry<String, Domain> b : t.binders().entrySet()) {
            if (!covers(b.getValue(), sigma.get(b.getKey()), ctx)) {
                return Optional.of("the value of " + b.getKey() + " is not certainly in its domain " + ExprPrinter.print(b.getValue()));
            }
        }
        boolean functions = t.binders().values().stream()
                .anyMatch(d -> d instanceof Domain.FnDomain || d instanceof Domain.KernelDomain);
        if (!functions) {
            return Optional.empty();
        }
        Domain.DistDomain theirs = alphabet(t.binders());
        Domain.DistDomain ours = alphabet(ctx.binders);
        if (theirs != null) {
            if (ours == null || !subset(ours, theirs, ctx)) {
                return Optional.of("the claim's shared alphabet is not inside the theorem's");
            }
            for (Map.Entry<String, Domain> b : t.binders().entrySet()) {
                if (b.getValue() instanceof Domain.DistDomain && !sharedLaw(sigma.get(b.getKey()), ctx)) {
                    return Optional.of("the value of " + b.getKey() + " is not a law on the claim's shared alphabet");
                }
            }
        }
        return Optional.empty();
    }

    static boolean sharedLaw(Expr e, Context ctx) {
        if (e instanceof Expr.Var v) {
            return ctx.binders.get(v.name()) instanceof Domain.DistDomain;
        }
        if (e instanceof Expr.Call c && (c.name().equals("bon") || c.name().equals("tilt")) && !c.args().isEmpty()) {
            return sharedLaw(c.args().get(0), ctx);
        }
        return e instanceof Expr.Call c && c.name().equals("mix") && c.args().size() == 3
                && sharedLaw(c.args().get(0), ctx) && sharedLaw(c.args().get(1), ctx);
    }

    private static boolean positiveInteger(Expr n, Context ctx) {
        if (n instanceof Expr.IntLit i) {
            return i.value().signum() > 0;
        }
        return n instanceof Expr.Var v && ctx.binders.get(v.name()) instanceof Domain.IntRange r
                && Context.constant(r.lo()) && value(r.lo()).lo() >= 1;
    }

    /** True if every element of {@code inner} is in {@code outer}. */
    static boolean subset(Domain inner, Domain outer, Context ctx) {
        if (inner instanceof Domain.FiniteSet s) {
            return s.elements().stream().allMatch(x -> covers(outer, x, ctx));
        }
        if (inner instanceof Domain.Continuous) {
            return outer instanceof Domain.Continuous;
        }
        if (inner instanceof Domain.Law l) {
            return covers(outer, l.law(), ctx);
        }
        if (inner instanceof Domain.DistDomain d && outer instanceof Domain.DistDomain o) {
            boolean options = o.options().isEmpty()
                    || ExprPrinter.print(d).replaceFirst("^dist\\([^,)]*", "").equals(ExprPrinter.print(o).replaceFirst("^dist\\([^,)]*", ""));
            return options && rangeIn(d.minSize(), d.maxSize(), o.minSize(), o.maxSize());
        }
        if (inner instanceof Domain.KernelDomain k && outer instanceof Domain.KernelDomain o) {
            return rangeIn(k.minOutputs(), k.maxOutputs(), o.minOutputs(), o.maxOutputs());
        }
        if (inner instanceof Domain.FnDomain f && outer instanceof Domain.FnDomain o) {
            return rangeIn(f.lo(), f.hi(), o.lo(), o.hi());
        }
        if (inner instanceof Domain.IntRange r && outer instanceof Domain.IntRange o) {
            return rangeIn(r.lo(), r.hi(), o.lo(), o.hi());
        }
        if (inner instanceof Domain.IntRange r && outer instanceof Domain.RealInterval o) {
            return constant(r.lo(), r.hi()) && constant(o.lo(), o.hi())
                    && endsIn(value(r.lo()), EndKind.CLOSED, value(r.hi()), EndKind.CLOSED, o);
        }
        if (inner instanceof Domain.RealInterval r && outer instanceof Domain.RealInterval o) {
            return constant(r.lo(), r.hi()) && constant(o.lo(), o.hi())
                    && endsIn(value(r.lo()), r.loEnd(), value(r.hi()), r.hiEnd(), o);
        }
        return false;
    }

    private static boolean endsIn(Interval lo, EndKind loEnd, Interval hi, EndKind hiEnd, Domain.RealInterval o) {
        Interval olo = value(o.lo());
        Interval ohi = value(o.hi());
        // an open inner end may touch an open outer end; a closed inner end must be strictly inside an open one
        boolean loOk = o.loEnd() == EndKind.OPEN && loEnd == EndKind.CLOSED ? lo.lo() > olo.hi() : lo.lo() >= olo.hi();
        boolean hiOk = o.hiEnd() == EndKind.OPEN && hiEnd == EndKind.CLOSED ? hi.hi() < ohi.lo() : hi.hi() <= ohi.lo();
        return loOk && hiOk;
    }

    private static boolean numberIn(Expr e, Interval lo, EndKind loEnd, Interval hi, EndKind hiEnd, Context ctx) {
        if (!ctx.numeric(e)) {
            return false;
        }
        Interval v;
        try {
            v = Ranges.enclose(e, ctx);
        } catch (NotCertified ex) {
            return false;
        }
        boolean loOk = loEnd == EndKind.OPEN ? v.lo() > lo.hi() : v.lo() >= lo.hi();
        boolean hiOk = hiEnd == EndKind.OPEN ? v.hi() < hi.lo() : v.hi() <= hi.lo();
        return loOk && hiOk;
    }

    private static boolean rangeIn(Expr lo, Expr hi, Expr olo, Expr ohi) {
        return constant(lo, hi) && constant(olo, ohi)
                && value(lo).lo() >= value(olo).hi() && value(hi).hi() <= value(ohi).lo();
    }

    private static boolean within(Interval v, Expr lo, Expr hi) {
        return constant(lo, hi) && v.lo() >= value(lo).hi() && v.hi() <= value(hi).lo();
    }

    private static boolean constant(Expr a, Expr b) {
        return Context.constant(a) && Context.constant(b);
    }

    private static Interval value(Expr e) {
        return ResolvedGoal.constant(ExprPrinter.print(e));
    }

    /** (-inf, inf). */
    private static boolean isWholeLine(Domain.RealInterval r) {
        return r.loEnd() == EndKind.OPEN && r.hiEnd() == EndKind.OPEN && Context.constant(r.lo()) && Context.constant(r.hi())
                && value(r.lo()).hi() == Double.NEGATIVE_INFINITY && value(r.hi()).lo() == Double.POSITIVE_INFINITY;
    }

    /**
     * The named options of a bon call keep the output on p's alphabet: {@code by = g} with g an
     * fn binder of the claim, {@code ties = uniform | index}; nothing else.
     */
    private static boolean bonOptionsKeepAlphabet(Expr.Call c, Context ctx) {
        for (org.infobound.lang.ast.NamedArg a : c.named()) {
            String n = a.name().name();
            if (n.equals("by")) {
                if (!(a.value() instanceof Expr.Var v && ctx.binders.get(v.name()) instanceof Domain.FnDomain)) {
                    return false;
                }
            } else if (!n.equals("ties")) {
                return false;
            }
        }
        return true;
    }
}
