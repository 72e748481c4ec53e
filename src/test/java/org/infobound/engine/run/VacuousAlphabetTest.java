package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared alphabets that hold no law at all must never be PROVED (adversarial round 9). Truth by
 * hand: distinct rewards on k >= 2 outcomes need k different reward values, and a one-point
 * reward interval [c, c] holds one value, so dist(k, rewards in [c, c], distinct rewards) is
 * empty for every k >= 2; a claim over it holds only vacuously (spec/LANGUAGE.md section 9: an
 * empty domain is not PROVED). The prover's instance of Pinsker does not look at the rewards,
 * and the witness search said "cannot search" (no double in [1/3, 1/3]; 3 distinct values
 * needed, 1 available), which let the replayed proof stand.
 */
class VacuousAlphabetTest {

    @TempDir
    Path dir;

    private List<ClaimResult> run(String text, boolean prove) throws Exception {
        Path f = dir.resolve("v.claims");
        Files.writeString(f, text);
        return CheckRun.run(List.of(f), new Settings(1, 300, 0, 1, 500, prove)).results();
    }

    @Test
    void distinctRewardsFromAOnePointIntervalAreAnEmptyDomain() throws Exception {
        List<ClaimResult> r = run("""
                claim a forall p, q in dist(3, rewards in [0, 0], distinct rewards): TV(p, q) <= sqrt(KL(p || q) / 2)
                claim b forall p in dist(2, rewards in [1/3, 1/3], distinct rewards): KL(p || p) == 0
                claim c forall p, q in dist(2^64, rewards in [1/3, 10/30], distinct rewards): TV(p, q) <= sqrt(KL(p || q) / 2)
                claim d forall p in dist(1, rewards in [1/3, 1/3], distinct rewards): KL(p || p) == 0
                """, true);
        for (int i = 0; i < 3; i++) {
            Verdict v = r.get(i).verdict();
            assertEquals(VerdictKind.ERROR, v.kind(), r.get(i).name() + ": " + v);
            assertTrue(v.toString().contains("E602") && v.toString().contains("one value"), v.toString());
        }
        // one outcome: its reward 1/3 is trivially distinct, the domain is not empty
        assertNotEquals(VerdictKind.ERROR, r.get(3).verdict().kind(), r.get(3).verdict().toString());
    }

    @Test
    void anAlphabetReadingEarlierBindersHasNoWitnessSoNoProof() throws Exception {
        // empty for every a (one value, three outcomes) and for every a in [1, 2] ([a, a - 1] is
        // empty): was PROVED by Pinsker's instance
        List<ClaimResult> r = run("""
                claim a forall a in {0}, p, q in dist(3, rewards in [a, a], distinct rewards): TV(p, q) <= sqrt(KL(p || q) / 2)
                claim b forall a in [1, 2], p, q in dist(2, rewards in [a, a - 1]): TV(p, q) <= sqrt(KL(p || q) / 2)
                """, true);
        for (ClaimResult c : r) {
            assertNotEquals(VerdictKind.PROVED, c.verdict().kind(), c.name() + ": " + c.verdict());
            assertEquals(VerdictKind.INCONCLUSIVE, c.verdict().kind(), c.name() + ": " + c.verdict());
        }
    }

    @Test
    void anAssumingOverADomainTheSearchCannotDrawHasNoWitness() throws Exception {
        // TV(p, q) <= 1 always (TV = sup_A |p(A) - q(A)|), so TV(p, q) > 1 excludes every
        // instance: the claims hold only vacuously; was PROVED by Pinsker's or the DPI's instance
        // (the hypothesis unused) because the probe could not draw 2^64 + 1 or 2000 outcomes, a
        // kernel with 10^12 outputs, or rewards in an interval without doubles
        List<ClaimResult> r = run("""
                claim a forall p, q in dist(2^64 + 1) assuming TV(p, q) > 1: TV(p, q) <= sqrt(KL(p || q) / 2)
                claim b forall p, q in dist(2000) assuming TV(p, q) > 1: TV(p, q) <= sqrt(KL(p || q) / 2)
                claim c forall p, q in dist(2), k in kernel(10^12) assuming TV(p, q) > 1: KL(apply(k, p) || apply(k, q)) <= KL(p || q)
                claim d forall p, q in dist(2, rewards in [1/3, 1/3 + 10^-400]) assuming TV(p, q) > 1: TV(p, q) <= sqrt(KL(p || q) / 2)
                """, true);
        for (ClaimResult c : r) {
            assertNotEquals(VerdictKind.PROVED, c.verdict().kind(), c.name() + ": " + c.verdict());
        }
    }

    @Test
    void anAssumingThatHoldsOnlyInFloatingPointIsNoWitness() throws Exception {
        // exp(x) is finite on these ranges, so exp(x) + exp(-50) > exp(x), exp(x) - exp(x) = 0 and
        // exp(1000 x) * 0 = 0: each hypothesis is false at every instance, and "x > 0" holds only
        // vacuously. Was PROVED: the float probe saw the first hypothesis true (rounding) and the
        // others never evaluated (exp overflows the doubles: "left the double range")
        List<ClaimResult> r = run("""
                claim a forall x in [1, 2] assuming exp(x) + exp(-50) <= exp(x): x > 0
                claim b forall x in [1, 2] assuming exp(x) * (1 + exp(-50)) == exp(x): x > 0
                claim c forall x in [10^200, 10^201] assuming exp(x) - exp(x) > 0: x > 0
                claim d forall x in [1000, 2000] assuming exp(x) < exp(x): x > 0
                claim e forall x in [1, 2] assuming exp(1000 * x) * 0 > 1: x > 0
                """, true);
        for (ClaimResult c : r) {
            assertNotEquals(VerdictKind.PROVED, c.verdict().kind(), c.name() + ": " + c.verdict());
        }
        // a hypothesis that certainly holds somewhere keeps the proof: KL + e^-50 <= KL exactly
        // where KL = inf (disjoint supports), and there TV = 1 <= sqrt(inf)
        List<ClaimResult> t = run("""
                claim a forall p, q in dist(2) assuming KL(p || q) + exp(-50) <= KL(p || q): TV(p, q) <= sqrt(KL(p || q) / 2)
                claim b forall p, q in dist(2), a, b in [0, 4] assuming a <= b: renyi(p || q, a) <= renyi(p || q, b)
                """, true);
        for (ClaimResult c : t) {
            assertEquals(VerdictKind.PROVED, c.verdict().kind(), c.name() + ": " + c.verdict());
        }
    }

    @Test
    void nonEmptyDomainsTheSearchCannotDrawStillProve() throws Exception {
        // 2^64 outcomes (above the search cap) and rewards in an interval with no double: both
        // non-empty by their declaration, so Pinsker's replayed proof stands
        List<ClaimResult> r = run("""
                claim a forall p, q in dist(2^64 + 1): TV(p, q) <= sqrt(KL(p || q) / 2)
                claim b forall p, q in dist(2^64, rewards in [10^-400, 2 * 10^-400], distinct rewards): TV(p, q) <= sqrt(KL(p || q) / 2)
                """, true);
        for (ClaimResult c : r) {
            assertEquals(VerdictKind.PROVED, c.verdict().kind(), c.name() + ": " + c.verdict());
        }
    }
}
