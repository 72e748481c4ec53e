package org.infobound.engine.prove;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.check.CheckedBinder;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.check.CheckedDef;

/**
 * The prover: symbolic chaining through the theorem library, monotone contexts, certified
 * evaluation and interval branch and bound, producing a {@link ProofCertificate} that
 * {@link CertificateChecker} replays. It never returns a certificate its own checker rejects.
 *
 * <p>Typical use by the engine: {@code new Prover(TheoremLibrary.load(dir)).prove(claim)}; if the
 * result is proved, the verdict is PROVED with the certificate; otherwise the engine falsifies.
 */
public final class Prover {

    private final TheoremLibrary library;
    private final ProverOptions options;

    /** A prover with the default budgets. */
    public Prover(TheoremLibrary library) {
        this(library, ProverOptions.DEFAULT);
    }

    /** A prover with the given budgets. */
    public Prover(TheoremLibrary library, ProverOptions options) {
        if (library == null || options == null) {
            throw new IllegalArgumentException("library and options are required");
        }
        this.library = library;
        this.options = options;
    }

    /**
     * Tries to prove a checked claim ({@code where} definitions are inlined first). A library
     * theorem is never used to prove the claim of the same name.
     *
     * Requires: claim != null.
     * Ensures: result.proved() implies CertificateChecker.check(result.certificate().get(),
     *     library).isEmpty().
     */
    public ProofResult prove(CheckedClaim claim) {
        if (claim == null) {
            throw new IllegalArgumentException("claim is required");
        }
        Goal g = goal(claim);
        Optional<String> defs = definitionProblem(claim);
        if (defs.isPresent()) {
            return new ProofResult(Optional.empty(), "a side condition is not discharged over the whole domain: " + defs.get());
        }
        ProofResult r = prove(claim.name(), effectiveBinders(claim), g.assuming(), g.formula());
        if (r.proved()) {
            Optional<String> problem = CertificateChecker.check(r.certificate().get(), library, claim);
            if (problem.isPresent()) {
                return new ProofResult(Optional.empty(), "internal: the certificate did not replay: " + problem.get());
            }
        }
        return r;
    }

    /**
     * For {@code explain} of a claim that is not proved: the closest attempts of the search (a
     * theorem whose instance was established with the subgoal left open, else a theorem that
     * matched but whose instance was not usable, and why), nearest the root first, at most
     * {@code limit} lines. Re-runs the search; nothing here is evidence, and an empty list means no
     * theorem matched any goal.
     */
    public java.util.List<String> closestAttempts(CheckedClaim claim, int limit) {
        Goal g = goal(claim);
        Context ctx;
        try {
            ctx = new Context(Domains.effective(effectiveBinders(claim)), g.assuming());
        } catch (NotCertified e) {
            return java.util.List.of();
        }
        Expr goal = Facts.consequent(g.formula(), ctx);
        if (goal == null) {
            return java.util.List.of();
        }
        Search search = new Search(library, ctx, options, claim.name());
        try {
            search.formula(goal, options.maxDepth());
        } catch (NotCertified e) {
            // the attempts so far are still informative
        }
        java.util.List<Search.Attempt> all = new java.util.ArrayList<>(search.attempts);
        // established instances with an open subgoal first, nearest the root (largest depth) first
        all.sort(java.util.Comparator.comparing((Search.Attempt a) -> a.instance() == null)
                .thenComparing(a -> -a.depth()));
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Search.Attempt a : all) {
            String line = a.instance() != null
                    ? "goal " + a.goal() + ": theorem " + a.theorem() + " gives " + a.instance() + "; open subgoal "
                            + a.open() + " (would close it: a proof of this subgoal, e.g. a library theorem or a hypothesis stating it)"
                    : "goal " + a.goal() + ": theorem " + a.theorem() + " matches, but " + a.why();
            if (seen.add(line)) {
                out.add(line);
            }
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    /** A checked claim's formula and hypothesis with its {@code where} definitions inlined. */
    record Goal(Optional<Expr> assuming, Expr formula) {
    }

    /** The formula and hypothesis that a certificate for {@code claim} must prove. */
    static Goal goal(CheckedClaim claim) {
        Map<String, Expr> defs = new LinkedHashMap<>();
        for (CheckedDef d : claim.defs()) {
            defs.put(d.name().name(), Exprs.substitute(d.value(), defs));
        }
        return new Goal(claim.assuming().map(a -> Exprs.substitute(a, defs)), Exprs.substitute(claim.formula(), defs));
    }

    /**
     * The first {@code where} definition (inlined) whose side conditions are not discharged, or
     * whose numeric value may be undefined, over the whole domain, used in the formula or not:
     * the evaluator evaluates every definition at every instance, so an invalid one makes the
     * instance undefined (spec/LANGUAGE.md section 8) even when the formula does not mention it.
     */
    static Optional<String> definitionProblem(CheckedClaim claim) {
        Context ctx;
        try {
            ctx = new Context(effectiveBinders(claim), Optional.empty());
        } catch (NotCertified e) {
            return Optional.of(e.getMessage());
        }
        Map<String, Expr> defs = new LinkedHashMap<>();
        for (CheckedDef d : claim.defs()) {
            Expr value = Exprs.substitute(d.value(), defs);
            defs.put(d.name().name(), value);
            Optional<String> p = SideConditions.problem(value, ctx);
            if (p.isPresent()) {
                return Optional.of("definition " + d.name().name() + ": " + p.get());
            }
            if (ctx.numeric(value) && SideConditions.arithmetic(value) && !SignFacts.defined(value, ctx)) {
                return Optional.of("definition " + d.name().name() + " may be undefined on part of the domain");
            }
        }
        return Optional.empty();
    }

    /**
     * The effective binder domains of a checked claim (spec/LANGUAGE.md section 5): every
     * {@code dist} binder's domain is the claim's alphabet ({@code CheckedClaim.alphabet()}, the
     * first dist binder's size range and reward options), whatever its own text says.
     */
    static Map<String, Domain> effectiveBinders(CheckedClaim claim) {
        Map<String, Domain> binders = new LinkedHashMap<>();
        for (CheckedBinder b : claim.binders()) {
            binders.put(b.name().name(), b.domain());
        }
        return Domains.effective(binders, claim.alphabet().orElse(Domains.alphabet(binders)));
    }

    /**
     * Tries to prove {@code forall binders (assuming): formula}.
     *
     * Requires: name != null && binders != null && assuming != null && formula != null.
     * Ensures: result.proved() implies CertificateChecker.check(result.certificate().get(),
     *     library).isEmpty().
     */
    public ProofResult prove(String name, Map<String, Domain> binders, Optional<Expr> assuming, Expr formula) {
        if (name == null || binders == null || assuming == null || formula == null) {
            throw new IllegalArgumentException("name, binders, assuming and formula are required");
        }
        Context ctx;
        try {
            // every dist binder on the shared alphabet of the first (spec/LANGUAGE.md section 5)
            ctx = new Context(Domains.effective(binders), assuming);
        } catch (NotCertified e) {
            return new ProofResult(Optional.empty(), e.getMessage());
        }
        // side conditions of every call (law parameters, orders, generators, sqrt/log arguments)
        // over the whole domain, before any proof; the checker repeats this on replay
        Optional<String> side = SideConditions.claimProblem(formula, ctx);
        if (side.isPresent()) {
            return new ProofResult(Optional.empty(), "a side condition is not discharged over the whole domain: " + side.get());
        }
        // A implies B: B is proved under the extra hypothesis A (A's sides defined, so the
        // implication is defined wherever A is false)
        String assumingText = ctx.assumingText().orElse(null);
        Expr goal = Facts.consequent(formula, ctx);
        if (goal == null) {
            return new ProofResult(Optional.empty(), "the premise of an implication may be undefined");
        }
        Search search = new Search(library, ctx, options, name);
        Optional<Integer> root;
        try {
            root = search.formula(goal, options.maxDepth());
        } catch (NotCertified e) {
            return new ProofResult(Optional.empty(), e.getMessage());
        }
        if (root.isEmpty()) {
            return new ProofResult(Optional.empty(), "no certified proof within depth " + options.maxDepth()
                    + " and " + options.maxCells() + " cells per numeric goal");
        }
        ProofCertificate cert = new ProofCertificate(name, ctx.binderText(), assumingText,
                ExprPrinter.print(formula), search.steps.subList(0, root.get() + 1));
        Optional<String> problem = CertificateChecker.check(cert, library);
        if (problem.isPresent()) {
            return new ProofResult(Optional.empty(), "internal: the certificate did not replay: " + problem.get());
        }
        return new ProofResult(Optional.of(cert), "");
    }
}
