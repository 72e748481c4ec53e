package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 part B: false claims on certified scalars are FALSIFIED (before: SURVIVED, or
 * UNCONFIRMED for want of an enclosure); true ones are not. Truth values (mpmath, dps 50, see
 * engine/eval/CertScalarsTest for the sources): lgamma(1/2) = 0.5723649; digamma(1) = -0.5772157;
 * H_2 = 1.5 != log 2; sigma2_left(Ber(1/100)) = 0.0099 (the variance), so at p = Ber(1/100),
 * q = Ber(1/2) the gain 0.49 exceeds sqrt(2 * 0.0099 * KL) = 0.1788 (KL = 1.6145); renyi at
 * 1 + 1e-12 = 0.056633012265186; cgf(Ber(1/2), 1e6) = 499999.3068528; KL(Ber(1e-320) ||
 * Ber(1e-330)) = 2.2026e-319; (1 + 1e-16)^(10^16) = 2.71828182845904510; sup of x(1 - x) on [0, 1]
 * is 1/4.
 */
class ScalarClaimsTest {

    @TempDir
    Path dir;

    private CheckReport run(String text) throws Exception {
        Path f = dir.resolve("x.claims");
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), new Settings(1, 300, 0, 1, 500, false));
    }

    @Test
    void falseScalarClaimsAreFalsified() throws Exception {
        CheckReport r = run("""
                claim lg: lgamma(1/2) <= 0.5
                claim dg: digamma(1) >= -0.5
                claim hn
                  forall n in 2..100000: harmonic(n) == log(n)
                claim hbig: harmonic(10^30) <= 69.65
                claim transport_left
                  forall p, q in dist(2): E(q) - E(p) <= sqrt(2 * sigma2_left(p) * KL(q || p))
                claim transport_left_witness
                  forall p in {bernoulli(1/100)}, q in {bernoulli(1/2)}:
                    E(q) - E(p) <= sqrt(2 * sigma2_left(p) * KL(q || p))
                claim ren: renyi(bernoulli(1/3) || bernoulli(1/2), 1 + 1e-12) <= 0.0566330122651
                claim cgfl: cgf(bernoulli(1/2), 1e6) <= 499999.3
                claim kltiny: KL(bernoulli(1e-320) || bernoulli(1e-330)) <= 2.2e-319
                claim pw: (1 + 1e-16)^(10^16) <= 2.718281828459
                claim sp: sup(x in [0, 1], x * (1 - x)) >= 0.26
                """);
        assertEquals(11, r.results().size());
        for (ClaimResult c : r.results()) {
            assertEquals(VerdictKind.FALSIFIED, c.verdict().kind(), c.name() + ": " + c.verdict());
        }
    }

    @Test
    void trueNeighboursAreNotFalsified() throws Exception {
        CheckReport r = run("""
                claim lg: lgamma(1/2) <= 0.5723649429248
                claim transport_right
                  forall p, q in dist(2) assuming KL(q || p) < inf:
                    E(q) - E(p) <= sqrt(2 * sigma2_right(p) * KL(q || p))
                claim ren: renyi(bernoulli(1/3) || bernoulli(1/2), 1 + 1e-12) <= 0.0566330122652
                claim pw: (1 + 1e-16)^(10^16) <= 2.71828182846
                claim sp: sup(x in [0, 1], x * (1 - x)) >= 0.25
                """);
        for (ClaimResult c : r.results()) {
            assertNotEquals(VerdictKind.FALSIFIED, c.verdict().kind(), c.name() + ": " + c.verdict());
        }
    }
}
