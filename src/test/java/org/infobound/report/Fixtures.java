package org.infobound.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.FileProblem;
import org.infobound.engine.run.Settings;
import org.infobound.engine.verdict.Certificate;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.engine.verdict.Enclosure;
import org.infobound.engine.verdict.Expected;
import org.infobound.engine.verdict.ReportedDiagnostic;
import org.infobound.engine.verdict.Verdict;
import org.infobound.lang.diag.Code;
import org.infobound.lang.diag.Severity;

/** Result models built by hand and by a real run, shared by the report tests. */
final class Fixtures {

    /**
     * Reference values, spec/CATALOGUE.md (B-Ex, binary counterexample, n = 2):
     * KL(bon || p) = (1/4) log(1/2) + (3/4) log(3/2) = 0.130812..., log 2 - 1/2 = 0.193147...
     */
    static final double KL_BINARY_N2 = 0.13081203594113694;
    static final double KLBON_2 = 0.19314718055994531;

    /** The claims file of the end-to-end tests: the equality claim's lines are 6 to 9. */
    static final String CLAIMS = "# the headline pair\n"
            + "let klbon(n) = log(n) - (n - 1) / n\n"
            + "claim bound forall n in 1..30, p in dist(1..4):\n"
            + "    KL(bon(p, n) || p) <= klbon(n)\n"
            + "  expect holds\n"
            + "claim equality \"stated as an equality\"\n"
            + "  forall n in 1..30, p in dist(2..4):\n"
            + "    KL(bon(p, n) || p) == klbon(n)\n"
            + "  expect holds\n";

    private Fixtures() {
    }

    static Settings settings() {
        // prover off: these tests are about reports of searched verdicts, not about the prover
        return new Settings(7, 40, 5000, 1, 2000, false);
    }

    static Verdict.Falsified binaryCounterexample() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("n", "2");
        in.put("p", "[1/2, 1/2]");
        in.put("rewards", "[0, 1]");
        Counterexample cx = new Counterexample(in, "KL(bon(p, n) || p) == klbon(n)",
                new Enclosure(Math.nextDown(KL_BINARY_N2), Math.nextUp(KL_BINARY_N2), KL_BINARY_N2),
                new Enclosure(Math.nextDown(KLBON_2), Math.nextUp(KLBON_2), KLBON_2),
                KLBON_2 - KL_BINARY_N2, 7, 14);
        return new Verdict.Falsified(cx, 3, List.of());
    }

    static ClaimResult result(String name, int line, Verdict v, Expected e) {
        return new ClaimResult("claims/a.claims", name, line, false, v, e, 0.25);
    }

    /** One claim per verdict kind; only {@code eq} (FALSIFIED, expect holds) fails the gate. */
    static CheckReport mixed() {
        return new CheckReport(List.of(
                result("eq", 3, binaryCounterexample(), Expected.HOLDS),
                result("eq_expected", 9, binaryCounterexample(), Expected.FALSIFIED),
                result("proved", 12, new Verdict.Proved(new Certificate("certified exhaustion",
                        List.of("n = 1: [0, 0] <= [0, 0]"), 1)), Expected.PROVED),
                result("survived", 15, new Verdict.Survived(300, 7, 1e-3, 0), Expected.HOLDS),
                result("open", 18, new Verdict.Inconclusive("undefined at instance: 0 * inf", Map.of("a", "0"), 5, 7),
                        Expected.OPEN)),
                List.of(), settings(), 1.5);
    }

    /** Adds an ERROR claim with its file diagnostic. */
    static CheckReport withError() {
        ReportedDiagnostic diag = new ReportedDiagnostic("claims/b.claims", 2, 31, 2, 33, Severity.ERROR, Code.E101,
                "unknown name 'nn'", "", "claims/b.claims:2:31: error[E101]: unknown name 'nn'\n 2 | ...\n   ^^");
        return new CheckReport(List.of(result("broken", 2, new Verdict.Error(List.of(diag)), Expected.NONE)),
                List.of(new FileProblem("claims/b.claims", List.of(diag), true)), settings(), 0.1);
    }

    /** A real run over {@link #CLAIMS} written to {@code dir/name}. */
    static CheckReport run(Path dir, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), settings());
    }

    static String render(ReportListener l, CheckReport r) {
        StringWriter w = new StringWriter();
        l.write(r, new PrintWriter(w));
        return w.toString();
    }
}
