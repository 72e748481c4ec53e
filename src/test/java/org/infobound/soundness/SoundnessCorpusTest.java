package org.infobound.soundness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.infobound.engine.run.CheckReport;
import org.infobound.engine.run.CheckRun;
import org.infobound.engine.run.ClaimResult;
import org.infobound.engine.run.Settings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The soundness corpus ({@code src/test/resources/soundness}, one file per class of wrong
 * verdict): claims named {@code true_...} hold on their whole domain and must never be
 * FALSIFIED; claims named {@code false_...} do not, and must never be (plainly) PROVED. Each
 * truth value was checked independently of infobound (the comments in the files, and
 * {@code verify.py} there). Every file runs with and without the prover, under two seeds, with a
 * budget large enough to reach the adversarial instances.
 */
class SoundnessCorpusTest {

    static final Path DIR = Path.of("src/test/resources/soundness");

    static Stream<Arguments> runs() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".claims")).sorted().toList()) {
                for (boolean prove : new boolean[] {true, false}) {
                    for (long seed : new long[] {1, 20240607}) {
                        out.add(Arguments.of(f.getFileName().toString(), prove, seed));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} prove={1} seed={2}")
    @MethodSource("runs")
    void noFalseClaimIsProvedAndNoTrueClaimIsFalsified(String file, boolean prove, long seed) {
        CheckReport report = CheckRun.run(List.of(DIR.resolve(file)), new Settings(seed, 1000, 0, 2, 2000, prove));
        assertTrue(report.problems().stream().noneMatch(p -> p.fatal()), "the corpus file checks: " + report.problems());
        assertTrue(report.internalErrors() == 0, "no internal error: " + report.results());
        int named = 0;
        List<String> wrong = new ArrayList<>();
        for (ClaimResult r : report.results()) {
            if (r.name().startsWith("true_")) {
                named++;
                if (Verdicts.falsified(r)) {
                    wrong.add(r.name() + " is true but " + r.verdict());
                }
            } else if (r.name().startsWith("false_")) {
                named++;
                if (Verdicts.plainlyProved(r)) {
                    wrong.add(r.name() + " is false but " + r.verdict());
                }
            }
        }
        assertTrue(named >= 3, file + " has at least three labelled claims");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
