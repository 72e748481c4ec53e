package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutants of true claims of spec/ (flipped direction, wrong constant, swapped KL direction,
 * variance for the variance proxy, missing atomless hypothesis, ...), each known false by the
 * worked counterexample in its comment (values by hand or mpmath): every one must be FALSIFIED.
 * Their originals are never FALSIFIED ({@link SpecClaimsSoundnessTest}).
 */
class MutantsTest {

    private static final String LET = "let klbon(n) = log(n) - (n - 1) / n\n";

    static Stream<Arguments> mutants() {
        return Stream.of(
            // flipped direction of M-C4; n = 2, p = (1/2, 1/2): 0.1308 < 0.1931
            Arguments.of("flipped_bon_kl", "forall n in 1..64, p in dist(2..10): KL(bon(p, n) || p) >= klbon(n)"),
            // halved constant; k = 10 uniform, distinct rewards, n = 2: KL ~ 0.18 > 0.0966
            Arguments.of("half_bon_kl", "forall n in 1..64, p in dist(2..10): KL(bon(p, n) || p) <= klbon(n) / 2"),
            // strict bound also at n = 1: 0 < 0 is false
            Arguments.of("strict_at_n1", "forall n in 1..64, p in dist(1..10): KL(bon(p, n) || p) < klbon(n)"),
            // missing atomless hypothesis (F1)
            Arguments.of("atomless_missing", "forall n in 1..64, p in dist(2..10): KL(bon(p, n) || p) == klbon(n)"),
            // swapped KL direction in M-T1; p = (9/10, 1/10), q = (1/2, 1/2): 0.4 > 0.366
            Arguments.of("transport_swapped_kl", "forall p, q in dist(2..6) assuming KL(p || q) < inf:"
                    + " E(q) - E(p) <= sqrt(2 * sigma2(p) * KL(p || q))"),
            // variance for the variance proxy (M-T1-converse): p = (2/3, 1/3), q = (1/2, 1/2)
            Arguments.of("transport_variance", "forall p, q in dist(2..6) assuming KL(q || p) < inf:"
                    + " E(q) - E(p) <= sqrt(2 * var(p) * KL(q || p))"),
            // sub-gaussian definition with the variance; Bernoulli(1/10), l = 3: 0.768 > 0.405
            Arguments.of("cgf_variance", "forall p in dist(2..6, rewards in [0, 1]), l in [-10, 10]:"
                    + " cgf(p, l) <= l^2 * var(p) / 2"),
            // Hoeffding with the wrong constant; p = (1/2, 1/2) on {0, 1}: 1/4 > 1/8
            Arguments.of("hoeffding_eighth", "forall p in dist(2..6, rewards in [0, 1]): sigma2(p) <= 1 / 8"),
            // bounded-reward transport with the wrong constant; p = (1/2, 1/2), q = (0, 1): 0.5 > 0.294
            Arguments.of("bounded_eighth", "forall p, q in dist(2..6, rewards in [0, 1]): E(q) - E(p) <= sqrt(KL(q || p) / 8)"),
            // Pinsker with the wrong constant (spec/examples)
            Arguments.of("pinsker_quarter", "forall p, q in dist(2..10): TV(p, q) <= sqrt(KL(p || q) / 4)"),
            // data processing reversed; a kernel to one output makes the left side 0
            Arguments.of("dpi_reversed", "forall p, q in dist(2..6), k in kernel(1..4): KL(apply(k, p) || apply(k, q)) >= KL(p || q)"),
            // Renyi monotonicity reversed
            Arguments.of("renyi_reversed", "forall p, q in dist(2..6), a in [0, 10], b in [0, 10]:"
                    + " a <= b implies renyi(p || q, a) >= renyi(p || q, b)"),
            // win-rate bound flipped; k = 1, n = 2: 1/2 < 2/3
            Arguments.of("winrate_flipped", "forall n in 1..100, p in dist(1..8): winrate(bon(p, n), p) >= n / (n + 1)"),
            // weak win rate (F8); binary uniform, n = 2: 0.875 > 2/3
            Arguments.of("winrate_weak", "forall n in 1..100, p in dist(2..8): winrate(bon(p, n), p, ties = weak) <= n / (n + 1)"),
            // B-T3.4 with a far too small constant; one-hot p, n = 2: gap 0.193 > 0.01
            Arguments.of("gap_small_constant", "forall n in 1..100, p in dist(1..8): klbon(n) - KL(bon(p, n) || p) <= (n - 1) / 100 * collision(p)"),
            // chi2 route without the standard deviation; rewards at scale 1000
            Arguments.of("chi2_no_sd", "forall n in 1..100, p in dist(2..8): E(bon(p, n)) - E(p) <= sqrt(chi2(bon(p, n) || p))"),
            // D_inf bound halved; n = 2, p = (1/2, 1/2) distinct: log 1.5 = 0.405 > 0.347
            Arguments.of("dinf_half", "forall n in 1..100, p in dist(2..8): renyi(bon(p, n) || p, inf) <= log(n) / 2"),
            // the tilt is the maximiser, not the minimiser (M-Def2 reversed); q = p
            Arguments.of("tilt_reversed", "forall p, q in dist(2..6, rewards in [-5, 5]), beta in [0.1, 10] where t = tilt(p, beta):"
                    + " E(q) - beta * KL(q || p) >= E(t) - beta * KL(t || p)"),
            // TV bounded by 1/2; disjoint one-hot laws have TV 1
            Arguments.of("tv_half", "forall p, q in dist(2..6): TV(p, q) <= 1 / 2"),
            // JS bounded by log(2)/2; disjoint laws have JS log 2
            Arguments.of("js_half", "forall p, q in dist(2..6): JS(p, q) <= log(2) / 2"),
            // entropy bounded by log 2 on three or more outcomes; uniform k = 3: log 3
            Arguments.of("entropy_log2", "forall p in dist(3..6): entropy(p) <= log(2)"),
            // direction swap F3 (reverse KL = n - 1 - log n for atomless; 0.307 at n = 2)
            Arguments.of("reverse_kl_atomless", "forall n in 2..100: KL(uniform(0, 1) || beta(n, 1)) <= klbon(n)"));
    }

    /**
     * Every mutant through the whole pipeline, the prover with the bundled library first (the
     * per-mutant test below skips the prover): none may be PROVED, and each is still FALSIFIED.
     */
    @org.junit.jupiter.api.Test
    void noMutantIsProvedWithTheLibrary(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        StringBuilder sb = new StringBuilder(LET);
        mutants().forEach(a -> sb.append("claim ").append(a.get()[0]).append('\n').append("  ").append(a.get()[1]).append("\n\n"));
        java.nio.file.Path f = dir.resolve("mutants.claims");
        java.nio.file.Files.writeString(f, sb.toString());
        CheckReport report = CheckRun.run(java.util.List.of(f), new Settings(20240607, 300, 0, 2, 2000, true));
        assertEquals(mutants().count(), report.results().size());
        for (ClaimResult r : report.results()) {
            assertEquals(VerdictKind.FALSIFIED, r.verdict().kind(), r.name() + ": " + r.verdict());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void mutantIsFalsified(String name, String body) {
        ClaimResult r = RunTestSupport.decide(LET + "claim " + name + " " + body, RunTestSupport.settings(20240607, 300));
        assertEquals(VerdictKind.FALSIFIED, r.verdict().kind(), name + ": " + r.verdict());
    }
}
