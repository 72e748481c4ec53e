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
 * Issue 14, derived laws on the line: false claims on best-of-n and tilts of laws on the line are
 * FALSIFIED through certified values (math.line.CertifiedLineLaws, CertifiedTilt), true ones
 * (and exact identities whose closed form uses a non-double parameter) are not.
 */
class DerivedLineLawsTest {

    private static CheckReport run(Path dir, String text) throws IOException {
        Path f = dir.resolve("derived.claims");
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), new Settings(1, 60, 0, 1, 2000, false));
    }

    @Test
    void falseClaimsOnDerivedLawsAreFalsified(@TempDir Path dir) throws IOException {
        // E(bon(exponential(1), n)) = H_n (Renyi representation) and H_n - log n > 0.5772;
        // E(bon(normal(0, 1), n)) > sqrt(log n) at n = 10: 1.5387527308351 (mpmath quad of
        // x 10 phi Phi^9) against 1.5174271293851;
        // E(tilt(exponential(1), 1/l)) = 1/(1 - l) > 1 + l for l in (0, 1);
        // KL(tilt(exponential(1), 1/l) || exponential(1)) = l/(1 - l) + log(1 - l), at l = 1/2
        // 0.30685 > 1/8 (mpmath: 1 - log 2);
        // KL(bon(P, n) || P) = log n - (n - 1)/n for continuous P: at n = 2, 0.193 > log 2 - 1
        CheckReport r = run(dir, """
                claim bon_exponential_is_log
                  forall n in 2..100000: E(bon(exponential(1), n)) == log(n)
                claim bon_normal_sqrt_log
                  forall n in 1..10000: E(bon(normal(0, 1), n)) <= sqrt(log(n))
                claim tilt_exponential_mean
                  forall l in (0, 1): E(tilt(exponential(1), 1/l)) <= 1 + l
                claim tilt_exponential_kl
                  forall l in (0, 1): KL(tilt(exponential(1), 1/l) || exponential(1)) <= l^2 / 2
                claim bon_normal_kl
                  forall n in 2..10000: KL(bon(normal(0, 1), n) || normal(0, 1)) <= log(n) - 1
                claim normal_cdf_line
                  forall x in [0, 3]: cdf(normal(0, 1), x) <= 1/2 + x / 4
                """);
        for (int i = 0; i < r.results().size(); i++) {
            assertEquals(VerdictKind.FALSIFIED, r.results().get(i).verdict().kind(),
                    i + ": " + r.results().get(i).verdict());
        }
    }

    @Test
    void trueClaimsAndExactIdentitiesAreNotFalsified(@TempDir Path dir) throws IOException {
        // tilt(exponential(1), 3) is exponential(2/3): mean 3/2, variance 9/4 exactly (2/3 is not
        // a double, so a closed form with a rounded rate would contradict them);
        // KL(bon(P, n) || P) = log n - (n - 1)/n exactly for continuous P;
        // E(bon(uniform(0, 1), n)) = n/(n + 1); E(bon(gumbel(0, 1), n)) = log n + Euler's gamma > log n;
        // E(bon(normal(0, 1), n)) <= sqrt(2 log n) for n >= 2 (the classical bound on the expected max)
        CheckReport r = run(dir, """
                claim tilt_var_exact:
                  var(tilt(exponential(1), 3)) == 9/4
                claim tilt_mean_exact:
                  E(tilt(exponential(1), 3)) == 3/2
                claim bon_kl_identity
                  forall n in 1..10000: KL(bon(normal(0, 1), n) || normal(0, 1)) == log(n) - (n - 1) / n
                claim bon_uniform_mean
                  forall n in 1..1000: E(bon(uniform(0, 1), n)) == n / (n + 1)
                claim bon_gumbel_mean
                  forall n in 1..1000: E(bon(gumbel(0, 1), n)) >= log(n)
                claim bon_normal_below_sqrt_2log
                  forall n in 2..12: E(bon(normal(0, 1), n)) <= sqrt(2 * log(n))
                """);
        for (int i = 0; i < r.results().size(); i++) {
            assertNotEquals(VerdictKind.FALSIFIED, r.results().get(i).verdict().kind(),
                    i + ": " + r.results().get(i).verdict());
        }
    }
}
