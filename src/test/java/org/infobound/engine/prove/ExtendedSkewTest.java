package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.EndKind;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.check.CheckedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The THEOREM_AT_INF step ({@link ExtendedInstance}) and the Renyi skew-symmetry identity
 * ({@link Identities#skew}): proved targets whose certificates replay, near misses that are not
 * proved, tampered certificates the checker rejects. Claims and their closed-form
 * counterexamples: src/test/resources/prove/extended_skew.claims. The true ones are textbook
 * facts (log(1 + x) <= x; KL <= log(1 + chi2); van Erven and Harremoes 2014, Proposition 2),
 * checked outside the code with mpmath (40 digits) on 2000 random laws.
 */
class ExtendedSkewTest {

    private static final CheckedFile FILE = Targets.read("src/test/resources/prove/extended_skew.claims");

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

    private static Context context(String claim) {
        return new Context(Prover.effectiveBinders(Targets.claim(FILE, claim)), Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"log_chi2", "kl_chi2", "kl_chi2_every", "log_kl"})
    void theoremAtInfProvesAndReplays(String name) {
        ProofStep s = stepOf(proved(name), StepKind.THEOREM_AT_INF);
        assertEquals("log_one_plus_le", s.theorem());
        // the value's definitional range is [0, inf], inf included, and the relation at inf is
        // inf <= inf (log(1 + inf) = inf, spec/LANGUAGE.md section 8)
        assertTrue(s.note().contains(" in [0, inf]"), s.note());
        assertTrue(s.note().contains("log(1 + inf) <= inf holds"), s.note());
    }

    @Test
    void klBelowChi2ChainsThroughTheLibrary() {
        ProofCertificate c = proved("kl_chi2");
        assertEquals(List.of("kl_le_log_one_plus_chi2", "log_one_plus_le").stream().sorted().toList(),
                c.theoremsUsed().stream().sorted().toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"skew_product", "skew_quotient"})
    void skewIdentityProvesAndReplays(String name) {
        ProofStep s = stepOf(proved(name), StepKind.IDENTITY);
        assertTrue(s.note().startsWith(Identities.SKEW_NOTE), s.note());
        // (1 - a) * a and a * (1 - a) (product form), or a * (1 - a) both ways (quotient form)
        assertTrue(s.note().endsWith("normalise to a - a^2"), s.note());
    }

    @Test
    void vajdaIsALibraryInstanceUnderItsHypothesis() {
        assertEquals(List.of("vajda_pinsker"), proved("vajda_with_hypothesis").theoremsUsed());
    }

    @Test
    void orderOneHalfIsSymmetric() {
        proved("skew_half");
    }

    @ParameterizedTest
    @ValueSource(strings = {"log_chi2_strict", "log_chi2_tight", "exp_kl_positive", "skew_off", "skew_same_order",
        "skew_closed_end", "skew_wrong_order", "vajda_no_hypothesis", "js_upper_tight", "js_lower_too_strong",
        "tv_chi2_tight", "tv_chi2_constant", "h2_chi2_constant"})
    void nearMissesAreNotProved(String name) {
        ProofResult r = prove(name);
        assertFalse(r.proved(), name + " was proved");
    }

    @Test
    void aTheoremFalseAtInfIsNotExtended() {
        // 0 < exp(-x) holds for every finite x >= 0, but exp(-inf) = 0: at x := KL(p || q)
        // (p = [1, 0], q = [0, 1] gives KL = inf) the instance is false, so no extended instance
        Map<String, Domain> binders = new LinkedHashMap<>();
        Expr zero = Facts.parse("0");
        Expr inf = Facts.parse("inf");
        binders.put("x", new Domain.RealInterval(zero.span(), EndKind.CLOSED, zero, inf, EndKind.OPEN));
        Theorem t = new Theorem("positive_exp", "", binders, Optional.empty(), Facts.parse("0 < exp(-x)"));
        assertEquals(Optional.of("x"), ExtendedInstance.binder(t));
        Context ctx = context("log_chi2");
        assertTrue(ExtendedInstance.of(t, Facts.parse("KL(p || q)"), ctx).isEmpty());
        // the value must lie in the domain's closure: -chi2 may be negative
        Theorem u = new Theorem("log_le", "", Targets.LIBRARY.get("log_one_plus_le").orElseThrow().binders(), Optional.empty(),
                Facts.parse("log(1 + x) <= x"));
        assertTrue(ExtendedInstance.of(u, Facts.parse("-chi2(p || q)"), ctx).isEmpty());
        assertTrue(ExtendedInstance.of(u, Facts.parse("chi2(p || q) - 2"), ctx).isEmpty());
        assertTrue(ExtendedInstance.of(u, Facts.parse("chi2(p || q)"), ctx).isPresent());
    }

    @Test
    void chi2BoundsAreLibraryInstances() {
        assertEquals(List.of("tv_squared_le_chi2"), proved("tv_chi2_squared").theoremsUsed());
        assertEquals(List.of("tv_le_half_sqrt_chi2", "tv_squared_le_chi2"),
                proved("tv_chi2_sqrt").theoremsUsed().stream().sorted().toList());
        assertEquals(List.of("h2_le_half_chi2"), proved("h2_chi2_twice").theoremsUsed());
    }

    @Test
    void tamperedChi2InstancesAreRejected() {
        ProofCertificate c = proved("h2_chi2_twice");
        ProofStep s = c.steps().stream().filter(t -> "h2_le_half_chi2".equals(t.theorem())).findFirst().orElseThrow();
        // a fact that is not the instance: 3 H2 <= chi2 is false (closed form in the claims file)
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), "3 * H2(p, q) <= chi2(p || q)", s.premises(), s.theorem(),
                s.substitution(), s.caseBinder(), s.numeric(), s.note())));
        // the H2 bound does not give the TV bound
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), "tv_squared_le_chi2",
                s.substitution(), s.caseBinder(), s.numeric(), s.note())));
    }

    @Test
    void tamperedExtendedInstancesAreRejected() {
        ProofCertificate c = proved("log_chi2");
        ProofStep s = stepOf(c, StepKind.THEOREM_AT_INF);
        // another value: the fact is then not the instance
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), s.theorem(),
                Map.of("x", "KL(p || q)"), null, null, s.note())));
        // another theorem (two binders would be needed) or a theorem whose domain does not end at inf
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), "log_le_x_minus_one",
                s.substitution(), null, null, s.note())));
        // altered evidence
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), s.theorem(), s.substitution(), null,
                null, s.note().replace("[0, inf]", "[0, 1]"))));
        // a fact that is not the instance: log(1 + chi2) <= chi2 - 10^-9 (false at p = q)
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), "log(1 + chi2(p || q)) <= chi2(p || q) - 10^-9", s.premises(),
                s.theorem(), s.substitution(), null, null, s.note())));
        // the plain THEOREM rule does not accept the value chi2 (not certainly finite)
        rejected(withStep(c, new ProofStep(s.id(), StepKind.THEOREM, s.fact(), s.premises(), s.theorem(), s.substitution(),
                null, null, null)));
    }

    @Test
    void tamperedSkewIdentitiesAreRejected() {
        ProofCertificate c = proved("skew_product");
        ProofStep s = stepOf(c, StepKind.IDENTITY);
        // same note for a false relation (coefficient 10^-9 off; closed form in the claims file)
        rejected(new ProofCertificate(c.claim(), c.binders(), c.assuming(),
                "(1 - a) * renyi(p || q, a) == (a + 10^-9) * renyi(q || p, 1 - a)",
                List.of(new ProofStep(0, StepKind.IDENTITY, "(1 - a) * renyi(p || q, a) == (a + 10^-9) * renyi(q || p, 1 - a)",
                        List.of(), null, null, null, null, s.note()))));
        // laws not swapped: (3/4) log 2 != (1/4) log 2 at p = [1, 0], q = [1/2, 1/2], a = 1/4
        rejected(new ProofCertificate(c.claim(), c.binders(), c.assuming(), "(1 - a) * renyi(p || q, a) == a * renyi(p || q, 1 - a)",
                List.of(new ProofStep(0, StepKind.IDENTITY, "(1 - a) * renyi(p || q, a) == a * renyi(p || q, 1 - a)",
                        List.of(), null, null, null, null, s.note()))));
        // altered note
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), null, null, null, null,
                s.note().replace("a - a^2", "a"))));
    }
}
