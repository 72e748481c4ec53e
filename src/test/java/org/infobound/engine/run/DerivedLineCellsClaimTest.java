package org.infobound.engine.run;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claim level, issue 14 (the "Unc." cells filled in spec/NUMERICS.md, "Coverage: derived laws on
 * the line"): each false claim has a witness and is FALSIFIED, its true neighbour is not. Before
 * this change every false claim here was UNCONFIRMED (no certified route). Truths (mpmath, dps 40):
 * entropy of U(0,1)/2 + U(1,2)/2 = log 2 = 0.693147...; of 3/4 N(0,1) + 1/4 N(2,1)
 * 1.6845918404635866654 (mp.quad of -f log f); var(tilt(gumbel(0,1), b)) = psi'(1 - 1/b)
 * (mp.psi(1, 0.5) = 4.9348022005446793094 at b = 2, >= psi'(3/4) = 2.5418796476716064984 on
 * [2, 4]); E(tilt(logistic(0,1), 2)) = psi(3/2) - psi(1/2) = 2; E(tilt(uniform(0,1), 1)) =
 * 1/(e-1) = 0.58197670686932642439; cdf(tilt(laplace(0,1), 2), 1) = 0.54510200521552493230
 * (mp.quad of the tilted density); cdf(tilt(gumbel(0,1), 2), 1) = Q(1/2, 1/e) =
 * 0.39102285565848610647 (mp.gammainc); sigma2 of a law on [0, 1] is at most 1/4 (Hoeffding).
 */
class DerivedLineCellsClaimTest {

    @Test
    void falseClaimsAreFalsifiedAndTrueNeighboursAreNot(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("cells.claims");
        Files.writeString(f, """
                claim false_mix_uniform_entropy: entropy(mix(uniform(0, 1), uniform(1, 2), 1/2)) <= 0.69
                claim true_mix_uniform_entropy: entropy(mix(uniform(0, 1), uniform(1, 2), 1/2)) <= 0.6932
                claim false_mix_normal_entropy: entropy(mix(normal(0, 1), normal(2, 1), 1/4)) <= 1.6845
                claim true_mix_normal_entropy: entropy(mix(normal(0, 1), normal(2, 1), 1/4)) <= 1.6847
                claim false_mix_scaled
                  forall s in [1, 2]:
                    entropy(mix(uniform(0, s), uniform(s, 2 * s), 1/2)) <= log(s)
                claim false_var_tilt_gumbel
                  forall b in [2, 4]:
                    var(tilt(gumbel(0, 1), b)) <= 1.6
                claim true_var_tilt_gumbel
                  forall b in [2, 4]:
                    var(tilt(gumbel(0, 1), b)) >= 2.54
                claim false_E_tilt_logistic: E(tilt(logistic(0, 1), 2)) <= 1.9999
                claim true_E_tilt_logistic: E(tilt(logistic(0, 1), 2)) <= 2.0001
                claim false_E_tilt_uniform: E(tilt(uniform(0, 1), 1)) <= 0.58197
                claim true_E_tilt_uniform: E(tilt(uniform(0, 1), 1)) <= 0.58198
                claim false_cdf_tilt_laplace: cdf(tilt(laplace(0, 1), 2), 1) <= 0.5451
                claim true_cdf_tilt_laplace: cdf(tilt(laplace(0, 1), 2), 1) <= 0.54511
                claim false_cdf_tilt_gumbel: cdf(tilt(gumbel(0, 1), 2), 1) >= 0.3911
                claim true_cdf_tilt_gumbel: cdf(tilt(gumbel(0, 1), 2), 1) >= 0.391
                claim false_sigma2_bounded: sigma2_right(tilt(uniform(0, 1), 1)) >= 1000
                claim true_sigma2_bounded: sigma2_right(tilt(uniform(0, 1), 1)) >= 0.0793
                """);
        CheckReport r = CheckRun.run(List.of(f), new Settings(1, 60, 0, 1, 300, false));
        RunTestSupport.assertFalseOnesFalsified(r, 17);
    }
}
