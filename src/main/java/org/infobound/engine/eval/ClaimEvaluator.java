package org.infobound.engine.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Binder;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.ClaimsFile;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.ast.LetDecl;
import org.infobound.lang.ast.WhereDef;
import org.infobound.lang.source.SourceFile;
import org.infobound.math.line.LineFamily;
import org.infobound.num.Interval;

/**
 * Evaluates one claim at instances of its domain, in floating point or certified: binds the
 * binders, evaluates the {@code where} definitions, the {@code assuming} filter and the formula.
 * Never throws for bad instances: failures are {@link Outcome}s.
 */
public final class ClaimEvaluator {

    /** Simulated best-of-n draws per law in {@link Mode#SAMPLED}. */
    static final int SAMPLES = 100_000;

    private final ClaimDecl claim;
    private final SourceFile source;
    private final Evaluator<Double, ?> floats;
    private final Evaluator<Interval, ?> certified;
    private final Map<String, Domain> domains = new HashMap<>();
    private final Map<String, LetDecl> lets;

    /**
     * @param source the claims file's source (for relation texts and relative paths)
     * @param file the parsed file (its {@code let}s)
     * @param claim the claim to evaluate
     */
    public ClaimEvaluator(SourceFile source, ClaimsFile file, ClaimDecl claim) {
        this.claim = claim;
        this.source = source;
        // the definitions as the checker resolved them (first one wins, none shadows a builtin)
        Map<String, LetDecl> lets = org.infobound.lang.check.Checker.lets(file);
        this.lets = lets;
        this.floats = new Evaluator<>(new FloatBackend(), source, lets);
        this.certified = new Evaluator<>(new CertBackend(), source, lets);
        for (Binder b : claim.binders()) {
            for (Ident n : b.names()) {
                domains.put(n.name(), b.domain());
            }
        }
    }

    /** The claim evaluated. */
    public ClaimDecl claim() {
        return claim;
    }

    /** The file's definitions as the checker resolved them (for the compiled batch route). */
    public Map<String, LetDecl> lets() {
        return java.util.Collections.unmodifiableMap(lets);
    }

    /** Whether a test fault is injected ({@link #injectFault}): then every instance must come here. */
    public static boolean faultInjected() {
        return fault != null;
    }

    /** Evaluates the claim at {@code x} by {@code mode}. */
    public Outcome evaluate(Instance x, Mode mode) {
        switch (mode) {
            case FLOAT:
                return run(floats, x);
            case CERTIFIED:
                return run(certified, x);
            default:
                return run(new Evaluator<>(new SampledBackend(x.hashCode() * 0x9E3779B97F4A7C15L, SAMPLES),
                        floats.source, floats.lets), x);
        }
    }

    /**
     * Evaluates the claim at {@code x} on the float route with every derived law also simulated
     * and compared (the cross-check, spec/CHECK.md, "Cross-check"); comparisons and
     * disagreements go to {@code tally}. The outcome is the float route's.
     *
     * @param seed seeds the simulations (same seed, same result)
     */
    public Outcome crossCheck(Instance x, long seed, CrossTally tally) {
        tally.at(x.render());
        return run(new Evaluator<>(new CrossCheckBackend(CrossCheckBackend.exactRoute.get(), seed, tally),
                floats.source, floats.lets), x);
    }

    /** Test hook (null: none): runs first in every evaluation, so tests can make the evaluator throw. */
    private static volatile java.util.function.Consumer<Instance> fault;

    /**
     * Test hook: {@code f} runs at the start of every evaluation of every claim (null removes
     * it). Lets tests check how exceptions thrown while evaluating are mapped (spec/CHECK.md,
     * internal errors). Never set outside tests.
     */
    public static void injectFault(java.util.function.Consumer<Instance> f) {
        fault = f;
    }

    private <N, D> Outcome run(Evaluator<N, D> ev, Instance x) {
        try {
            java.util.function.Consumer<Instance> f = fault;
            if (f != null) {
                f.accept(x);
            }
            Env env = bind(ev, x);
            if (claim.assuming().isPresent()) {
                Truth a = ev.truth(ev.eval(claim.assuming().get(), env), claim.assuming().get());
                if (a.truth() != Tri.TRUE) {
                    return new Outcome(Outcome.Kind.SKIPPED, a,
                            a.truth() == Tri.FALSE ? "assuming is false" : "assuming is not certainly true");
                }
            }
            Truth t = ev.formula(claim, env);
            Outcome.Kind k = t.truth() == Tri.TRUE ? Outcome.Kind.HOLDS
                    : t.truth() == Tri.FALSE ? Outcome.Kind.VIOLATED : Outcome.Kind.UNKNOWN;
            return new Outcome(k, t, "");
        } catch (Undefined u) {
            return new Outcome(Outcome.Kind.UNDEFINED, null, u.getMessage());
        } catch (OutOfRange r) {
            return new Outcome(Outcome.Kind.OUT_OF_RANGE, null, r.getMessage());
        } catch (Uncertified u) {
            return new Outcome(Outcome.Kind.UNCERTIFIED, null, u.getMessage());
        } catch (EvalFailure f) {
            return new Outcome(Outcome.Kind.FAILED, null, f.getMessage());
        } catch (org.hipparchus.exception.MathRuntimeException e) {
            return new Outcome(Outcome.Kind.FAILED, null, "numerical routine failed: " + e.getMessage());
        } catch (ArithmeticException | IllegalArgumentException e) {
            // invalid parameters at this instance, exact numbers beyond the supported size: the
            // user's problem, reported as "could not evaluate"; disjoint enclosures are a bug
            if (InternalFailure.isInternal(e)) {
                throw new InternalFailure(e.toString(), e);
            }
            return new Outcome(Outcome.Kind.FAILED, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (StackOverflowError e) {
            // IllegalStateException, IndexOutOfBounds, ClassCast, NullPointer and stack overflows
            // are bugs (spec/CHECK.md, internal errors): they propagate, never a verdict
            throw new InternalFailure("stack overflow during evaluation", e);
        }
    }

    private <N, D> Env bind(Evaluator<N, D> ev, Instance x) {
        Env env = Env.root();
        for (Map.Entry<String, Input> e : x.inputs().entrySet()) {
            env.put(e.getKey(), value(ev, e.getKey(), e.getValue(), x, env));
        }
        for (WhereDef d : claim.defs()) {
            env.put(d.name().name(), ev.eval(d.value(), env));
        }
        return env;
    }

    private <N, D> Object value(Evaluator<N, D> ev, String name, Input v, Instance x, Env env) {
        if (v instanceof Input.IntInput i) {
            return i.exact();
        } else if (v instanceof Input.RealInput r) {
            return Exact.simplify(r.value());
        } else if (v instanceof Input.DistInput d) {
            return ev.backend.law(d, x.rewards());
        } else if (v instanceof Input.FnInput f) {
            return new Values.FnVal(f.values());
        } else if (v instanceof Input.KernelInput k) {
            return k;
        } else if (v instanceof Input.LawInput l) {
            return LineFamily.valueOf(l.family().toUpperCase(java.util.Locale.ROOT)).of(l.params());
        } else if (v instanceof Input.ChoiceInput c) {
            Domain d = domains.get(name);
            if (d instanceof Domain.Law law) {
                return ev.eval(law.law(), env);
            }
            if (!(d instanceof Domain.FiniteSet s)) {
                throw new EvalFailure(name + " is not bound to a finite set");
            }
            return ev.eval(s.elements().get(c.index()), env);
        }
        throw new EvalFailure("unknown input " + v);
    }

    /**
     * Exact value of a domain bound given the earlier binders: a {@link BigFraction}, or
     * {@code Double.POSITIVE_INFINITY} / {@code NEGATIVE_INFINITY} for {@code inf} / {@code -inf}.
     *
     * @throws IllegalArgumentException when the bound is not an exact number
     */
    public Object bound(Expr e, Map<String, Input> earlier) {
        if (e instanceof Expr.Var v && v.name().equals("inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (e instanceof Expr.Unary u && u.operand() instanceof Expr.Var v && v.name().equals("inf")) {
            return Double.NEGATIVE_INFINITY;
        }
        Env env = Env.root();
        earlier.forEach((k, v) -> {
            if (v instanceof Input.IntInput i) {
                env.put(k, i.exact());
            } else if (v instanceof Input.RealInput r) {
                env.put(k, Exact.simplify(r.value()));
            }
        });
        try {
            BigFraction q = Evaluator.exact(floats.eval(e, env));
            if (q == null) {
                // a rational bound whose exact form the evaluator gave up on (10^-300: its exact
                // path stops at exponent 256, and the value is no double) is formed exactly here
                Map<String, BigFraction> exactVars = new HashMap<>();
                earlier.forEach((k, v) -> {
                    if (v instanceof Input.IntInput i) {
                        exactVars.put(k, new BigFraction(i.value()));
                    } else if (v instanceof Input.RealInput r) {
                        exactVars.put(k, r.value());
                    }
                });
                q = ExactForm.value(e, exactVars);
            }
            if (q == null) {
                throw new IllegalArgumentException("bound is not an exact number");
            }
            return q;
        } catch (EvalFailure | Undefined | Uncertified f) {
            throw new IllegalArgumentException(f.getMessage());
        }
    }

    /**
     * The exact truth of a closed claim (no binders, no {@code where}, no {@code assuming}) whose
     * formula is a relation chain between rational expressions ({@code 10^-400 <= 0}), or null.
     * Exact rationals decide what the certified enclosures cannot (a value below the smallest
     * double).
     */
    public Truth closedExact() {
        if (!claim.binders().isEmpty() || !claim.defs().isEmpty() || claim.assuming().isPresent()) {
            return null;
        }
        return ExactForm.chain(claim.formula(), Map.of(), source.text(claim.formula().span()));
    }

    /** Source text of the finite-set elements of a binder's domain (for reports). */
    public static List<String> elementTexts(SourceFile source, Domain.FiniteSet s) {
        return s.elements().stream().map(x -> source.text(x.span())).toList();
    }
}
