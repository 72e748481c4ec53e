package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.RelOp;
import org.infobound.lang.check.CheckedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The range reduction step (RANGE_REDUCTION, {@link JointRange}) and the self-divergence identity
 * (IDENTITY, {@link Identities}): proved targets whose certificates replay, near misses that are
 * not proved, tampered certificates the checker rejects. The claims and their independent
 * counterexamples are in src/test/resources/prove/joint_range.claims; the true ones are the
 * textbook inequalities of proofs/theorems/joint_range.md (Bretagnolle-Huber: Tsybakov 2009,
 * Lemma 2.6; TV <= sqrt(H2 (2 - H2)): Le Cam 1986, with H2 = 1 - BC), each also checked outside the
 * code with mpmath on random laws.
 */
class JointRangeTest {

    private static final CheckedFile FILE = Targets.read("src/test/resources/prove/joint_range.claims");

    private static ProofResult prove(String name) {
        return ProofFixture.prove(FILE, name);
    }

    private static ProofCertificate proved(String name) {
        return ProofFixture.proved(FILE, name);
    }

    private static ProofStep stepOf(ProofCertificate c, StepKind kind) {
        return ProofFixture.stepOf(c, kind);
    }

    private static ProofCertificate withStep(ProofCertificate c, ProofStep s) {
        return ProofFixture.withStep(c, s);
    }

    private static void rejected(ProofCertificate c) {
        ProofFixture.rejected(c);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bh_exp", "tv_sqrt_2h2", "tv_sq_le_tv", "h2_le_two_minus", "tv_le_one_line", "h2_renyi_half"})
    void rangeReductionProvesAndReplays(String name) {
        ProofStep s = stepOf(proved(name), StepKind.RANGE_REDUCTION);
        assertTrue(s.note().startsWith("range reduction: u_0 := "), s.note());
        assertTrue(s.note().contains(" in [0, 1]"), s.note());
    }

    @Test
    void bretagnolleHuberSquareRootFormIsAnInstanceOnceItsSideConditionIsDischarged() {
        // sqrt(1 - exp(-KL)) is defined: exp(-KL) lies in [0, 1] since KL >= 0 (exp(-inf) = 0)
        ProofCertificate c = proved("bh_sqrt");
        assertEquals(List.of("bretagnolle_huber"), c.theoremsUsed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bh_exp_tight", "tv_le_one_tight", "h2_tight", "tv_sqrt_2h2_tight", "exp_of_negative",
        "bh_sqrt_undefined", "self_bon", "kl_zero", "self_renyi_negative", "tv_half_line", "renyi_two_swapped",
        "renyi_two_order_off", "h2_renyi_half_tight"})
    void nearMissesAreNotProved(String name) {
        ProofResult r = prove(name);
        assertFalse(r.proved(), name + " was proved");
    }

    @Test
    void theBoxIsNotTheJointRange() {
        // H2 <= TV is true (a theorem), but not on the box [0, 1]^2 of (H2, TV): (1, 0) violates it.
        // The range reduction must not conclude it.
        Context ctx = new Context(Prover.effectiveBinders(Targets.claim(FILE, "tv_le_one")), Optional.empty());
        Relation r = Relations.of(Facts.parse("H2(p, q) <= TV(p, q)")).orElseThrow();
        JointRange.Abstraction a = JointRange.of(r, ctx).orElseThrow();
        assertEquals(2, a.goal().dims().size());
        assertTrue(BranchAndBound.prove(a.goal(), 20000).isEmpty());
    }

    @Test
    void rangeOfAnExpOfANegativeIsNotClaimed() {
        Context ctx = new Context(Prover.effectiveBinders(Targets.claim(FILE, "tv_le_one")), Optional.empty());
        assertEquals(null, JointRange.range(Facts.parse("exp(-(KL(p || q) - 1))"), ctx));
        assertEquals(null, JointRange.range(Facts.parse("exp(KL(p || q))"), ctx));
        assertEquals(null, JointRange.range(Facts.parse("KL(p || q)"), ctx));
        assertEquals("[0, 1]", String.join(", ", List.of("[" + JointRange.range(Facts.parse("exp(-chi2(p || q))"), ctx)[0],
                JointRange.range(Facts.parse("exp(-chi2(p || q))"), ctx)[1] + "]")));
    }

    @Test
    void tamperedRangeNoteIsRejected() {
        ProofCertificate c = proved("tv_sq_le_tv");
        ProofStep s = stepOf(c, StepKind.RANGE_REDUCTION);
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), null, null, null, s.numeric(),
                s.note().replace("[0, 1]", "[0, 1/2]"))));
    }

    @Test
    void certificateForASmallerRangeIsRejected() {
        // a valid branch-and-bound certificate of 1/2 - u_0 >= 0 on u_0 in [0, 1/2] does not prove
        // TV <= 1/2 (false: p = [1, 0], q = [0, 1] gives TV = 1)
        // (TV <= 1 itself is proved by a SIGN step; the range step comes from TV^2 <= TV)
        ProofCertificate c = proved("tv_sq_le_tv");
        ProofStep s = stepOf(c, StepKind.RANGE_REDUCTION);
        NumericGoal small = new NumericGoal("1 / 2 - u_0", GoalKind.NONNEGATIVE,
                List.of(new NumericDim("u_0", DimKind.REAL, "0", "1 / 2")));
        NumericCertificate n = BranchAndBound.prove(small, 1000).orElseThrow();
        ProofStep forged = new ProofStep(s.id(), s.kind(), "TV(p, q) <= 1 / 2", List.of(), null, null, null, n, s.note());
        ProofCertificate f = new ProofCertificate(c.claim(), c.binders(), c.assuming(), "TV(p, q) <= 1 / 2", List.of(forged));
        rejected(f);
        // and the honest certificate of the true fact does not transfer to the false one
        ProofStep moved = new ProofStep(s.id(), s.kind(), "TV(p, q) <= 1 / 2", List.of(), null, null, null, s.numeric(), s.note());
        rejected(new ProofCertificate(c.claim(), c.binders(), c.assuming(), "TV(p, q) <= 1 / 2", List.of(moved)));
    }

    @Test
    void selfDivergenceIdentityProvesAndReplays() {
        for (String name : List.of("kl_self", "self_all", "self_renyi_inf", "self_line")) {
            ProofCertificate c = proved(name);
            assertEquals(Identities.SELF_NOTE, stepOf(c, StepKind.IDENTITY).note());
        }
    }

    @Test
    void canonicalFormsIdentityProvesAndReplays() {
        ProofStep s = stepOf(proved("renyi_two"), StepKind.IDENTITY);
        assertEquals("both sides rewrite to log(1 + chi2(p || q)) (transforms of one functional)", s.note());
        stepOf(proved("tv_symmetric"), StepKind.IDENTITY);
        // 2 H2 <= D_1/2 reduces to one atom, BC: 2 (1 - u) <= -2 log(u) on [0, 1]
        assertTrue(stepOf(proved("h2_renyi_half"), StepKind.RANGE_REDUCTION).note().contains("u_0 := BC(p, q) in [0, 1]"));
    }

    @Test
    void forgedCanonicalIdentityIsRejected() {
        ProofCertificate c = proved("renyi_two");
        ProofStep s = stepOf(c, StepKind.IDENTITY);
        String fact = "renyi(p || q, 2) == log(1 + chi2(q || p))";
        ProofStep forged = new ProofStep(0, StepKind.IDENTITY, fact, List.of(), null, null, null, null, s.note());
        rejected(new ProofCertificate(c.claim(), c.binders(), null, fact, List.of(forged)));
    }

    @Test
    void forgedIdentityIsRejected() {
        ProofCertificate c = proved("kl_self");
        ProofStep s = stepOf(c, StepKind.IDENTITY);
        Map<String, String> binders = new LinkedHashMap<>();
        binders.put("p", "dist(2..10)");
        binders.put("q", "dist(2..10)");
        // KL(p || q) == 0 is false (p = [1, 0], q = [0, 1]: KL = inf)
        ProofStep forged = new ProofStep(0, StepKind.IDENTITY, "KL(p || q) == 0", List.of(), null, null, null, null, s.note());
        rejected(new ProofCertificate(c.claim(), binders, null, "KL(p || q) == 0", List.of(forged)));
        // a wrong note
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), null, null, null, null, "trust me")));
        // an identity step may not be used for <=
        ProofStep le = new ProofStep(0, StepKind.IDENTITY, "KL(p || p) <= 0", List.of(), null, null, null, null, s.note());
        rejected(new ProofCertificate(c.claim(), c.binders(), null, "KL(p || p) <= 0", List.of(le)));
        assertEquals(RelOp.EQ, Relations.of(Facts.parse(s.fact())).orElseThrow().op());
    }
}
