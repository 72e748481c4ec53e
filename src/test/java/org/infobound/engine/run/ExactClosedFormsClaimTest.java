package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claim level, issue 14 (exact6): strict claims at the exact value of a rational closed form and
 * mixtures with an exact weight that is not a double. Every false_ claim has a witness and is
 * FALSIFIED; every true_ claim (its {@code <=} version or a near miss) is never FALSIFIED.
 * Before exact6 the strict equality cases SURVIVED (enclosures straddle the exact value) and the
 * mixtures with weight 1/3 had no certified route (SURVIVED or UNCONFIRMED).
 *
 * <p>Truths. Exact (Python fractions): var(U(0,2)) = 1/3; winrate(Exp(1), Exp(2)) = 2/(1+2) = 2/3;
 * var(bon(U(0,1), 4)) = 4/(25*6) = 2/75; E of (2/3) N(0,1) + (1/3) N(3,1) = 1, var = 2/3 + 1/3 +
 * (2/9) 9 = 3; E with weight 1/2 - 10^-30 = 3/2 - 3*10^-30; with weight 10^-400: 3*10^-400 > 0.
 * mpmath (mp.dps = 40) for the weight 1/3 mixture f = (2/3) npdf(x,0,1) + (1/3) npdf(x,3,1):
 * entropy mp.quad(-f log f, [-inf,-5,0,1.5,3,8,inf]) = 1.900334810423758810991655632041;
 * cdf at 1: (2/3) ncdf(1) + (1/3) ncdf(-2) = 0.568479874695088368123582576143;
 * winrate against N(1,1): (2/3) ncdf(-1/sqrt 2) + (1/3) ncdf(sqrt 2) = 0.466950172887270298995954554549;
 * median: findroot(F - 1/2) = 0.659418796106021579376064026800;
 * centred cgf at 1/2: log((2/3) e^(1/8) + (1/3) e^(3/2 + 1/8)) - 1/2 = 0.395368846733205722945310025080;
 * KL against N(1,1): mp.quad(f log(f/g)) = 0.518603722780913930788674104364.
 */
class ExactClosedFormsClaimTest {

    @Test
    void strictClaimsAtExactValuesAndExactMixtureWeights(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("exact.claims");
        Files.writeString(f, """
                claim false_var_uniform: var(uniform(0, 2)) < 1/3
                claim true_var_uniform_le: var(uniform(0, 2)) <= 1/3
                claim true_var_uniform_near: var(uniform(0, 2)) < 1/3 + 10^-30
                claim false_var_uniform_gt: var(uniform(0, 2)) > 1/3
                claim false_winrate_exponentials: winrate(exponential(1), exponential(2)) < 2/3
                claim true_winrate_exponentials_le: winrate(exponential(1), exponential(2)) <= 2/3
                claim false_bon_uniform_var: var(bon(uniform(0, 1), 4)) < 2/75
                claim true_bon_uniform_var_le: var(bon(uniform(0, 1), 4)) <= 2/75
                claim true_bon_uniform_var_near: var(bon(uniform(0, 1), 4)) > 2/75 - 10^-40
                claim false_mix_mean_le: E(mix(normal(0, 1), normal(3, 1), 1/3)) <= 0.9
                claim true_mix_mean_le: E(mix(normal(0, 1), normal(3, 1), 1/3)) <= 1
                claim false_mix_mean_lt: E(mix(normal(0, 1), normal(3, 1), 1/3)) < 1
                claim false_mix_var: var(mix(normal(0, 1), normal(3, 1), 1/3)) <= 2.99
                claim true_mix_var: var(mix(normal(0, 1), normal(3, 1), 1/3)) <= 3
                claim false_mix_entropy: entropy(mix(normal(0, 1), normal(3, 1), 1/3)) <= 1.9003
                claim true_mix_entropy: entropy(mix(normal(0, 1), normal(3, 1), 1/3)) <= 1.9004
                claim false_mix_cdf: cdf(mix(normal(0, 1), normal(3, 1), 1/3), 1) <= 0.56847
                claim true_mix_cdf: cdf(mix(normal(0, 1), normal(3, 1), 1/3), 1) <= 0.56848
                claim false_mix_winrate: winrate(mix(normal(0, 1), normal(3, 1), 1/3), normal(1, 1)) <= 0.46695
                claim true_mix_winrate: winrate(mix(normal(0, 1), normal(3, 1), 1/3), normal(1, 1)) <= 0.46696
                claim false_mix_quantile: quantile(mix(normal(0, 1), normal(3, 1), 1/3), 1/2) <= 0.65941
                claim true_mix_quantile: quantile(mix(normal(0, 1), normal(3, 1), 1/3), 1/2) <= 0.65942
                claim false_mix_cgf: cgf(mix(normal(0, 1), normal(3, 1), 1/3), 1/2) <= 0.39536
                claim true_mix_cgf: cgf(mix(normal(0, 1), normal(3, 1), 1/3), 1/2) <= 0.39537
                claim false_mix_kl: KL(mix(normal(0, 1), normal(3, 1), 1/3) || normal(1, 1)) <= 0.5186
                claim true_mix_kl: KL(mix(normal(0, 1), normal(3, 1), 1/3) || normal(1, 1)) <= 0.5187
                claim false_mix_half_minus: E(mix(normal(0, 1), normal(3, 1), 1/2 - 10^-30)) >= 3/2
                claim true_mix_half_minus: E(mix(normal(0, 1), normal(3, 1), 1/2 - 10^-30)) < 3/2
                claim false_mix_tiny_weight: E(mix(normal(0, 1), normal(3, 1), 10^-400)) <= 0
                claim true_mix_tiny_weight: E(mix(normal(0, 1), normal(3, 1), 10^-400)) > 0
                claim false_mix_nested: E(mix(mix(normal(0, 1), normal(3, 1), 1/3), uniform(0, 3), 1/7)) < 15/14
                claim false_mix_binder
                  forall w in [0, 1]:
                    E(mix(normal(0, 1), normal(3, 1), w)) < 3 * w
                claim true_mix_binder
                  forall w in [0, 1]:
                    E(mix(normal(0, 1), normal(3, 1), w)) <= 3 * w
                claim false_mix_var_binder
                  forall w in [0, 1]:
                    var(mix(normal(0, 1), normal(3, 1), w)) <= 1 + 9 * w * (1 - w) - 10^-30
                """);
        CheckReport r = CheckRun.run(List.of(f), new Settings(1, 60, 0, 1, 300, false));
        RunTestSupport.assertFalseOnesFalsified(r, 34);
    }

    /**
     * A weight outside [0, 1] by 10^-30 (or 10^-400) is refused exactly (never rounded into
     * range): the checker's E401, so the claim is ERROR.
     */
    @Test
    void weightsOutsideTheUnitIntervalAreRefusedExactly(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.claims");
        Files.writeString(f, """
                claim above: E(mix(normal(0, 1), normal(3, 1), 1 + 10^-30)) <= 100
                claim below: E(mix(normal(0, 1), normal(3, 1), -10^-400)) <= 100
                """);
        CheckReport r = CheckRun.run(List.of(f), new Settings(1, 60, 0, 1, 300, false));
        assertEquals(0, r.internalErrors());
        assertEquals(2, r.results().size());
        for (ClaimResult c : r.results()) {
            assertEquals(VerdictKind.ERROR, c.verdict().kind(), c.name() + ": " + c.verdict());
        }
    }
}
