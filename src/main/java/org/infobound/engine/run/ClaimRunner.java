package org.infobound.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.eval.InternalFailure;
import org.infobound.engine.eval.Mode;
import org.infobound.engine.eval.Outcome;
import org.infobound.engine.prove.ProofResult;
import org.infobound.engine.prove.Prover;
import org.infobound.engine.prove.TheoremLibrary;
import org.infobound.engine.prove.VerdictAdapter;
import org.infobound.engine.falsify.Budget;
import org.infobound.engine.falsify.ClaimSpace;
import org.infobound.engine.falsify.Falsifier;
import org.infobound.engine.verdict.Expected;
import org.infobound.engine.verdict.ReportedDiagnostic;
import org.infobound.engine.verdict.Verdict;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.ClaimKind;
import org.infobound.lang.ast.ClaimsFile;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.diag.Code;
import org.infobound.lang.source.SourceFile;

/**
 * Decides one claim: the prover, then certified exhaustion where the domain is small and finite,
 * else search. Internal errors are reported on the result, never as a verdict.
 */
public final class ClaimRunner {

    private ClaimRunner() {
    }

    /**
     * Decides {@code claim} of {@code file}.
     *
     * @param source the claims file's source
     * @param file the parsed file
     * @param claim the claim
     * @param settings seed, budget, exhaustion limit
     * @return the result; never throws for a bad claim (ERROR or INCONCLUSIVE instead)
     */
    public static ClaimResult decide(SourceFile source, ClaimsFile file, ClaimDecl claim, Settings settings) {
        return decide(source, file, claim, settings, null, null);
    }

    /**
     * Decides a checked claim without theorems of its file in the library.
     *
     * @param checked the checked claim (lets inlined), or null to skip the prover
     * @param library the theorem library for the prover, or null to skip it
     */
    public static ClaimResult decide(SourceFile source, ClaimsFile file, ClaimDecl claim, Settings settings,
            CheckedClaim checked, TheoremLibrary library) {
        return decide(source, file, claim, settings, checked, library, Map.of());
    }

    /**
     * Decides a checked claim: the prover first, then certified exhaustion, then search. A
     * {@code theorem} is proved with {@code library} minus itself (the caller passes the bundled
     * library: spec/CHECK.md). A proof whose certificate uses theorems of the file that are not
     * PROVED outright ({@code fileTheorems}) gives PROVED assuming them, after the claim's own
     * search (a certified counterexample still gives FALSIFIED).
     *
     * <p>An exception that is not a diagnosed user problem ({@link InternalFailure#isInternal})
     * is an internal error: the result carries it, the verdict is only a placeholder, and
     * {@code check} exits 70.
     *
     * @param fileTheorems the file's own theorems in {@code library} (not bundled ones), name to
     *                     their verdict
     */
    public static ClaimResult decide(SourceFile source, ClaimsFile file, ClaimDecl claim, Settings settings,
            CheckedClaim checked, TheoremLibrary library, Map<String, Verdict> fileTheorems) {
        long start = System.nanoTime();
        Verdict v;
        String internal = null;
        try {
            v = null;
            if (checked != null && library != null) {
                TheoremLibrary lib = claim.kind() == ClaimKind.THEOREM ? library.without(claim.name().name()) : library;
                Proof p = prove(checked, lib);
                if (p != null) {
                    List<String> unproved = new ArrayList<>();
                    for (String t : p.used()) {
                        Verdict tv = fileTheorems.get(t);
                        if (tv != null && !(tv instanceof Verdict.Proved tp && !tp.assuming())) {
                            unproved.add(t);
                        }
                    }
                    if (unproved.isEmpty()) {
                        v = witnessed(p.proved(), source, file, claim, settings);
                    } else {
                        Verdict searched = verdict(source, file, claim, settings);
                        // a certified counterexample, or a proof by certified exhaustion, needs no premise
                        v = searched instanceof Verdict.Falsified || searched instanceof Verdict.Error
                                || searched instanceof Verdict.Proved ? searched
                                : new Verdict.Proved(p.proved().certificate(), unproved);
                    }
                }
            }
            if (v == null) {
                v = verdict(source, file, claim, settings);
            }
        } catch (IllegalArgumentException e) {
            if (InternalFailure.isInternal(e)) {
                internal = e.toString();
                v = new Verdict.Inconclusive("internal error: " + e, Map.of(), 0, settings.seed());
            } else {
                v = new Verdict.Error(List.of(ReportedDiagnostic.at(source, claim.span(), Code.E602,
                        String.valueOf(e.getMessage()))));
            }
        } catch (org.infobound.engine.eval.OutOfRange e) {
            // a finite value of the claim (a domain end such as 10^400) beyond what the search can
            // represent: said in the verdict, not an internal error and never rounded
            v = new Verdict.Inconclusive("cannot search: " + e.getMessage(), Map.of(), 0, settings.seed());
        } catch (RuntimeException | StackOverflowError e) {
            internal = describe(e);
            v = new Verdict.Inconclusive("internal error: " + internal, Map.of(), 0, settings.seed());
        }
        Expected exp = claim.expect().map(x -> Expected.valueOf(x.expectation().name())).orElse(Expected.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        CrossCheckResult cross = null;
        if (settings.crossCheck() && !(v instanceof Verdict.Error) && internal == null) {
            try {
                cross = CrossCheck.run(source, file, claim, settings.seed(), settings.crossCheckInstances());
            } catch (RuntimeException | StackOverflowError e) {
                internal = "during the cross-check: " + describe(e);
            }
        }
        return new ClaimResult(source.name(), claim.name().name(), claim.span().line(),
                claim.kind() == ClaimKind.THEOREM, v, exp, seconds, cross, internal);
    }

    /** The exception and, for a wrapped one, its cause; with the top frame (where it was thrown). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String s = e instanceof InternalFailure ? "internal failure: " + e.getMessage()
                : e == root ? e.toString() : e + " (caused by " + root + ")";
        StackTraceElement[] st = root.getStackTrace();
        return st.length > 0 ? s + " at " + st[0] : s;
    }

    /** The ERROR result of a claim the checker rejected. */
    public static ClaimResult invalid(SourceFile source, ClaimDecl claim, List<ReportedDiagnostic> diagnostics) {
        Expected exp = claim.expect().map(x -> Expected.valueOf(x.expectation().name())).orElse(Expected.NONE);
        return new ClaimResult(source.name(), claim.name().name(), claim.span().line(),
                claim.kind() == ClaimKind.THEOREM, new Verdict.Error(diagnostics), exp, 0);
    }

    private record Proof(Verdict.Proved proved, List<String> used) {
    }

    /**
     * PROVED with a replayed certificate and the theorems it uses, or null (not proved says
     * nothing: search follows). A certificate that does not replay is not a proof (null); an
     * exception inside the prover is an internal error.
     */
    private static Proof prove(CheckedClaim checked, TheoremLibrary library) {
        ProofResult r;
        try {
            r = new Prover(library).prove(checked);
        } catch (RuntimeException | StackOverflowError e) {
            // the prover reports what it cannot prove as "not proved"; anything thrown is a bug
            throw new InternalFailure("in the prover: " + describe(e), e);
        }
        if (!r.proved()) {
            return null;
        }
        try {
            // the independent replay, against the checked claim itself
            return new Proof(VerdictAdapter.proved(r.certificate().get(), library, checked),
                    r.certificate().get().theoremsUsed());
        } catch (IllegalStateException | IllegalArgumentException e) {
            // the prover returned a certificate that the checker rejects: a bug, never a verdict
            throw new InternalFailure("the prover's certificate does not replay: " + e.getMessage(), e);
        }
    }

    /** Tries of the witness probe that every proof passes ({@link #witnessed}). */
    static final long PROBE_TRIES = 64;

    /**
     * A replayed proof stands only next to a witness: a short search of the claim's own domain
     * (the admission rule, {@code assuming}, certified evaluation; {@value #PROBE_TRIES} tries at
     * most) must not find the domain empty. A domain that turns out empty, or wholly excluded by
     * {@code assuming}, gets the full search's verdict instead of a vacuous PROVED
     * (spec/LANGUAGE.md section 1); so does a shared alphabet whose size or rewards read earlier
     * binders (the search cannot draw it, and it may be empty for every value of them), and any
     * domain the search cannot draw from when the claim has an {@code assuming} (which may
     * exclude every instance). Other domains the search cannot draw from are non-empty by their
     * declaration (alphabets above
     * the search cap, reward intervals or fn ranges without doubles, kernels with many outputs;
     * {@link SpaceBuilder} rejects distinct rewards from too few values as an empty domain). A
     * certified counterexample next to a replayed proof is a contradiction between two routes: an
     * internal error, never a verdict.
     */
    private static Verdict witnessed(Verdict.Proved proved, SourceFile source, ClaimsFile file, ClaimDecl claim,
            Settings s) {
        Settings probe = new Settings(s.seed(), Math.min(s.tries(), PROBE_TRIES), 0, 1, s.exhaustionLimit(), false);
        Verdict w = verdict(source, file, claim, probe);
        if (w instanceof Verdict.Falsified f) {
            throw new InternalFailure("a certified counterexample " + f.counterexample().inputs()
                    + " contradicts the replayed proof");
        }
        if (w instanceof Verdict.Inconclusive i && (i.reason().startsWith("empty domain")
                || i.reason().startsWith("every instance was excluded by assuming")
                || i.reason().startsWith("cannot search: " + SpaceBuilder.ALPHABET_FROM_BINDERS)
                || i.reason().startsWith("cannot search") && claim.assuming().isPresent())) {
            // the last two: an alphabet whose size or rewards read earlier binders may be empty
            // for every value of them (rewards in [a, a] with distinct rewards), and an
            // `assuming` may exclude every instance (TV(p, q) > 1 on dist(2^64)); the search
            // cannot draw the domain, so no witness shows the proof is not vacuous
            return verdict(source, file, claim, s);
        }
        if (claim.assuming().isPresent() && !assumptionWitnessed(source, file, claim, s.seed())) {
            // the float probe may count an instance whose `assuming` holds only in floating point
            // (exp(x) + exp(-50) <= exp(x)) or was never evaluated (out of the double range):
            // no instance certainly satisfies the hypothesis, so the proof may be vacuous
            return verdict(source, file, claim, s);
        }
        return proved;
    }

    /**
     * Whether some instance of the claim's domain certainly satisfies its {@code assuming}: the
     * certified route evaluates up to {@value #PROBE_TRIES} instances drawn as the cross-check
     * draws them ({@code Draws}, seeded from the run's seed); an outcome HOLDS, UNKNOWN or
     * VIOLATED means the hypothesis was certainly true there (spec/CHECK.md, step 0, witness).
     */
    private static boolean assumptionWitnessed(SourceFile source, ClaimsFile file, ClaimDecl claim, long seed) {
        ClaimEvaluator ce = new ClaimEvaluator(source, file, claim);
        ClaimSpace space;
        try {
            space = SpaceBuilder.build(source, ce);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (Instance x : org.infobound.engine.falsify.Draws.draw(space, seed, (int) PROBE_TRIES)) {
            Outcome.Kind k = ce.evaluate(x, Mode.CERTIFIED).kind();
            if (k == Outcome.Kind.HOLDS || k == Outcome.Kind.UNKNOWN || k == Outcome.Kind.VIOLATED) {
                return true;
            }
        }
        return false;
    }

    private static Verdict verdict(SourceFile source, ClaimsFile file, ClaimDecl claim, Settings s) {
        ClaimEvaluator ce = new ClaimEvaluator(source, file, claim);
        ClaimSpace space = SpaceBuilder.build(source, ce);
        Verdict ex = Exhaustion.run(space, ce, s.exhaustionLimit(), s.seed());
        if (ex != null) {
            return ex;
        }
        Budget budget = new Budget(s.tries(), s.timeCapMillis(), 30, 400);
        Verdict v = Falsifier.run(space, () -> new ClaimProperty(new ClaimEvaluator(source, file, claim)), budget,
                s.seed(), s.threads());
        if (v instanceof Verdict.Survived sv && space.binders().isEmpty() && !space.hasAlphabet()) {
            // a closed claim has one instance; certified evaluation did not decide it (else
            // exhaustion gave the verdict): say so, its float margin may be float noise
            Outcome o = ce.evaluate(new Instance(new double[0], Map.of()), Mode.CERTIFIED);
            String r = o.reason() == null || o.reason().isEmpty() ? "" : ": " + o.reason();
            String why = switch (o.kind()) {
                case UNKNOWN -> "the certified enclosures of its sides overlap";
                case UNCERTIFIED -> "no certified method" + r;
                case UNDEFINED -> "the certified route found a side undefined" + r;
                case FAILED -> "the certified route could not evaluate it" + r;
                default -> "certified outcome " + o.kind().name().toLowerCase(java.util.Locale.ROOT) + r;
            };
            List<String> notes = new ArrayList<>(sv.notes());
            notes.add("closed claim not decided by certified evaluation (" + why
                    + "); SURVIVED rests on floating point only, which cannot see a difference below float noise");
            return new Verdict.Survived(sv.tries(), sv.seed(), sv.smallestMargin(), sv.skipped(), sv.outOfRange(),
                    sv.outOfRangeAt(), notes, sv.floatNoise());
        }
        return v;
    }
}
