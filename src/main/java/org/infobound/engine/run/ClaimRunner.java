package org.infobound.engine.run;

import java.util.List;
import java.util.Map;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.falsify.Budget;
import org.infobound.engine.falsify.ClaimSpace;
import org.infobound.engine.falsify.Falsifier;
import org.infobound.engine.verdict.Expected;
import org.infobound.engine.verdict.Verdict;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.ClaimKind;
import org.infobound.lang.ast.ClaimsFile;
import org.infobound.lang.source.SourceFile;

/** Decides one claim: certified exhaustion where the domain is small and finite, else search. */
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
        long start = System.nanoTime();
        Verdict v;
        try {
            v = verdict(source, file, claim, settings);
        } catch (IllegalArgumentException e) {
            v = new Verdict.Error(List.of(source.name() + ":" + claim.span().line() + ":" + claim.span().column()
                    + ": error: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            v = new Verdict.Inconclusive("internal error: " + e, Map.of(), 0, settings.seed());
        }
        Expected exp = claim.expect().map(x -> Expected.valueOf(x.expectation().name())).orElse(Expected.NONE);
        return new ClaimResult(source.name(), claim.name().name(), claim.span().line(),
                claim.kind() == ClaimKind.THEOREM, v, exp, (System.nanoTime() - start) / 1e9);
    }

    /** The ERROR result of a claim the checker rejected. */
    public static ClaimResult invalid(SourceFile source, ClaimDecl claim, List<String> diagnostics) {
        Expected exp = claim.expect().map(x -> Expected.valueOf(x.expectation().name())).orElse(Expected.NONE);
        return new ClaimResult(source.name(), claim.name().name(), claim.span().line(),
                claim.kind() == ClaimKind.THEOREM, new Verdict.Error(diagnostics), exp, 0);
    }

    private static Verdict verdict(SourceFile source, ClaimsFile file, ClaimDecl claim, Settings s) {
        ClaimEvaluator ce = new ClaimEvaluator(source, file, claim);
        ClaimSpace space = SpaceBuilder.build(source, ce);
        Verdict ex = Exhaustion.run(space, ce, s.exhaustionLimit(), s.seed());
        if (ex != null) {
            return ex;
        }
        Budget budget = new Budget(s.tries(), s.timeCapMillis(), 30, 400);
        return Falsifier.run(space, new ClaimProperty(ce), budget, s.seed());
    }
}
