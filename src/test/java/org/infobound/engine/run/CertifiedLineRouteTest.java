package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims about laws on the line without a closed form are decided through the certified
 * quadrature (math.line.CertifiedLineQuadrature): a false one is FALSIFIED with certainty, a true
 * one never is.
 */
class CertifiedLineRouteTest {

    @Test
    void falseLineClaimsAreFalsifiedAndTrueOnesAreNot(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("line.claims");
        // KL(N(m, 1) || N(0, 2)) = log 2 + (1 + m^2)/8 - 1/2 >= 0.318 (closed form), so "<= 0.1" is false;
        // KL(gamma(2, 1) || exponential(1)) = 1 - gamma_E = 0.4228 (mpmath), so "<= 0.4" is false too.
        Files.writeString(f, """
                claim kl_normals_small
                  forall m in [0, 1]:
                    KL(normal(m, 1) || normal(0, 2)) <= 0.1
                claim kl_gamma_small:
                    KL(gamma(2, 1) || exponential(1)) <= 0.4
                claim pinsker_normals
                  forall m in [-1, 1]:
                    TV(normal(m, 1), normal(0, 1)) <= sqrt(KL(normal(m, 1) || normal(0, 1)) / 2)
                claim gumbel_mean:
                    E(gumbel(0, 1)) >= 0.5772
                """);
        CheckReport r = CheckRun.run(List.of(f), new Settings(11, 60, 0, 1, 2000, false));
        assertEquals(VerdictKind.FALSIFIED, r.results().get(0).verdict().kind(), r.results().get(0).verdict().toString());
        assertEquals(VerdictKind.FALSIFIED, r.results().get(1).verdict().kind(), r.results().get(1).verdict().toString());
        assertNotEquals(VerdictKind.FALSIFIED, r.results().get(2).verdict().kind());
        // E(gumbel(0, 1)) = Euler's gamma = 0.57721566...: true, decided by the certified mean
        assertEquals(VerdictKind.PROVED, r.results().get(3).verdict().kind(), r.results().get(3).verdict().toString());
    }
}
