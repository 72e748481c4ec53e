package org.infobound.engine.run;

import java.util.List;
import java.util.Map;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.prove.ProofResult;
import org.infobound.engine.prove.Prover;
import org.infobound.engine.prove.TheoremLibrary;
import org.infobound.engine.prove.VerdictAdapter;
import org.infobound.engine.falsify.Budget;
import org.infobound.engine.falsify.ClaimSpace;
import org.infobound.engine.falsify.Falsifier;
import org.infobound.engine.verdict.Expected;
import org.infobound.engine.verdict.Verdict;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.ClaimKind;
import org.infobound.lang.ast.ClaimsFile;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.source.SourceFile;

/** Decides one claim: the prover, then certified exhaustion where the domain is small and finite, else search. */
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
     * Decides a checked claim: the prover first (claims only; theorems are trusted and only
     * falsified), then certified exhaustion, then search.
     *
     * @param checked the checked claim (lets inlined), or null to skip the prover
     * @param library the theorem library for the prover, or null to skip it
     */
    public static ClaimResult decide(SourceFile source, ClaimsFile file, ClaimDecl claim, Settings settings,
            CheckedClaim checked, TheoremLibrary library) {
        long start = System.nanoTime();
        Verdict v;
        try {
            Verdict proved = checked != null && library != null && claim.kind() == ClaimKind.CLAIM
                    ? prove(checked, library) : null;
            v = proved != null ? proved : verdict(source, file, claim, settings);
        } catch (org.infobound.engine.falsify.Admission.Violation e) {
            // a counterexample outside the domain is a bug of the tool: exit 70, never a verdict
            throw e;
        } catch (IllegalArgumentException e) {
            v = new Verdict.Error(List.of(source.name() + ":" + claim.span().line() + ":" + claim.span().column()
                    + ": error: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            v = new Verdict.Inconclusive("internal error: " + e, Map.of(), 0, settings.seed());
        }
        Expected exp = claim.expect().map(x -> Expected.valueOf(x.expectation().name())).orElse(Expected.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        CrossCheckResult cross = settings.crossCheck() && !(v instanceof Verdict.Error)
                ? CrossCheck.run(source, file, claim, settings.seed(), settings.crossCheckInstances()) : null;
        return new ClaimResult(source.name(), claim.name().name(), claim.span().line(),
                claim.kind() == ClaimKind.THEOREM, v, exp, seconds, cross);
    }

    /** The ERROR result of a claim the checker rejected. */
    public static ClaimResult invalid(SourceFile source, ClaimDecl claim, List<String> diagnostics) {
        Expected exp = claim.expect().map(x -> Expected.valueOf(x.expectation().name())).orElse(Expected.NONE);
        return new ClaimResult(source.name(), claim.name().name(), claim.span().line(),
                claim.kind() == ClaimKind.THEOREM, new Verdict.Error(diagnostics), exp, 0);
    }

    /** PROVED with a replayed certificate, or null (not proved says nothing: search follows). */
    private static Verdict prove(CheckedClaim checked, TheoremLibrary library) {
        ProofResult r = new Prover(library).prove(checked);
        if (!r.proved()) {
            return null;
        }
        try {
            return VerdictAdapter.proved(r.certificate().get(), library);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Verdict verdict(SourceFile source, ClaimsFile file, ClaimDecl claim, Settings s) {
        ClaimEvaluator ce = new ClaimEvaluator(source, file, claim);
        ClaimSpace space = SpaceBuilder.build(source, ce);
        Verdict ex = Exhaustion.run(space, ce, s.exhaustionLimit(), s.seed());
        if (ex != null) {
            return ex;
        }
        Budget budget = new Budget(s.tries(), s.timeCapMillis(), 30, 400);
        return Falsifier.run(space, () -> new ClaimProperty(new ClaimEvaluator(source, file, claim)), budget,
                s.seed(), s.threads());
    }
}
