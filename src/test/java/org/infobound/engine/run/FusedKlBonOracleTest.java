package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search with the compiled float route (and its fused {@code KL(bon(p, n) || p)} node) against
 * the search with every instance on the interpreter ({@code infobound.batch=off}): the same
 * verdict, with every field (tries, smallest margin, counterexample, float noise, notes), on claims
 * around the bench claim and its edges (n = 1 only, k = 2 only, n in 1..10^30 beyond the longs,
 * a false bound, an equality, zero masses from the generators), for several seeds and both
 * thread counts. The verdicts themselves are checked against closed forms where they are known:
 * KL(bon(p, n) || p) <= log(n) - (n - 1)/n holds (B-T3.6), so the search must not falsify it,
 * and KL(bon(p, n) || p) >= 0 with equality at n = 1.
 */
class FusedKlBonOracleTest {

    private static final String CLAIMS = String.join("\n",
            "let klbon(n) = log(n) - (n - 1) / n",
            "claim bound forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n)",
            "claim n_one forall n in 1..1, p in dist(2..20): KL(bon(p, n) || p) <= 0",
            "claim k_two forall n in 1..50, p in dist(2..2): KL(bon(p, n) || p) <= klbon(n)",
            "claim huge_n forall n in 1..10^30, p in dist(2..6): KL(bon(p, n) || p) <= log(n)",
            "claim false_bound forall n in 1..1000, p in dist(2..20): KL(bon(p, n) || p) <= klbon(n) / 2",
            "claim eq forall n in 1..64, p in dist(2..10): KL(bon(p, n) || p) == klbon(n)",
            "claim positive forall n in 2..100, p in dist(1..8): KL(bon(p, n) || p) > 0");

    private static List<String> run(long seed, long tries, int threads, boolean compiled) {
        String prev = System.getProperty("infobound.batch");
        if (!compiled) {
            System.setProperty("infobound.batch", "off");
        }
        try {
            return RunTestSupport.decideAll(CLAIMS, new Settings(seed, tries, 0, threads, 2000, false, 0)).stream()
                    .map(r -> r.name() + ": " + r.verdict()).toList();
        } finally {
            if (prev == null) {
                System.clearProperty("infobound.batch");
            } else {
                System.setProperty("infobound.batch", prev);
            }
        }
    }

    @Test
    void compiledAndInterpretedSearchesGiveTheSameReports() {
        for (long seed : new long[] {1, 20261206}) {
            for (long tries : new long[] {500, 9_000}) {
                List<String> off = run(seed, tries, 1, false);
                assertEquals(off, run(seed, tries, 1, true), "seed " + seed + ", tries " + tries);
                if (tries > 1000) {
                    assertEquals(off, run(seed, tries, 2, true), "seed " + seed + ", tries " + tries + ", 2 threads");
                }
                // independent truths: the bound (B-T3.6) and n = 1 (KL(p || p) = 0) are never falsified;
                // half the bound is false: n = 2, p = (1/2, 1/2), distinct rewards, bon = (1/4, 3/4),
                // KL = 0.1308120359411369591... > (log 2 - 1/2)/2 = 0.0965735902799726547... (mpmath, 30 digits)
                assertTrue(!off.get(0).toLowerCase().contains("falsified"), off.get(0));
                assertTrue(!off.get(1).toLowerCase().contains("falsified"), off.get(1));
                assertTrue(!off.get(2).toLowerCase().contains("falsified"), off.get(2));
                assertTrue(off.get(4).toLowerCase().contains("falsified"), off.get(4));
            }
        }
    }
}
