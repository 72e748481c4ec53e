package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.check.CheckedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The MONOTONE_TRANSFORM step ({@link MonotoneTransform}): squared forms of Pinsker's inequality
 * (Tsybakov 2009, Lemma 2.5(i): TV <= sqrt(KL / 2), so 2 TV^2 <= KL on [0, inf]) proved with
 * replaying certificates, near misses not proved, tampered certificates rejected. Claims and their
 * closed-form counterexamples: src/test/resources/prove/monotone_transform.claims.
 */
class MonotoneTransformTest {

    private static final CheckedFile FILE = Targets.read("src/test/resources/prove/monotone_transform.claims");

    private static ProofResult prove(String name) {
        return ProofFixture.prove(FILE, name);
    }

    private static ProofCertificate proved(String name) {
        return ProofFixture.proved(FILE, name);
    }

    private static ProofStep transformStep(ProofCertificate c) {
        return c.steps().stream().filter(s -> s.kind() == StepKind.MONOTONE_TRANSFORM).findFirst()
                .orElseThrow(() -> new AssertionError("no transform step in " + c.steps()));
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

    private static Relation rel(String text) {
        return Relations.of(Facts.parse(text)).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sq_pinsker", "sq_pinsker_every", "sq_pinsker_div", "sq_pinsker_right_factor", "sq_pinsker_ge"})
    void squaredPinskerIsPinskerUnderTheTransform(String name) {
        ProofCertificate c = proved(name);
        ProofStep s = transformStep(c);
        assertEquals(List.of("pinsker"), c.theoremsUsed());
        // the premise is Pinsker's instance itself: TV <= sqrt(KL / 2) (c = 2 in every spelling)
        Relation premise = Relations.of(Facts.parse(c.steps().get(s.premises().get(0)).fact())).orElseThrow();
        assertTrue(Exprs.same(premise.lhs(), Facts.parse("TV(p, q)")), premise.text());
        assertTrue(Exprs.same(premise.rhs(), Facts.parse("sqrt(KL(p || q) / 2)"))
                || Exprs.same(premise.rhs(), Facts.parse("sqrt((KL(p || q) / 2))")), premise.text());
    }

    @Test
    void theSquaredSideMayBeOnTheRight() {
        Optional<MonotoneTransform.Reduction> t = MonotoneTransform.of(rel("x <= 3 * y^2"), context("sq_mirror"));
        assertTrue(t.isPresent());
        assertTrue(Exprs.same(t.get().premise().lhs(), Facts.parse("sqrt(x / 3)")), t.get().premise().text());
        assertTrue(Exprs.same(t.get().premise().rhs(), Facts.parse("y")), t.get().premise().text());
        proved("sq_mirror");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2_kl", "h2_kl_every", "h2_kl_plain"})
    void hellingerBelowKlChainsThroughTheRenyiOrderOneHalf(String name) {
        ProofCertificate c = proved(name);
        assertTrue(c.theoremsUsed().containsAll(List.of("renyi_monotone_in_order", "renyi_order_one")), c.theoremsUsed().toString());
        // the middle term is D_1/2: the monotonicity instance has a = 1/2, b = 1 (its hypothesis 1/2 <= 1)
        ProofStep mono = c.steps().stream().filter(s -> "renyi_monotone_in_order".equals(s.theorem())).findFirst().orElseThrow();
        assertEquals(new org.hipparchus.fraction.BigFraction(1, 2), Exprs.rational(Facts.parse(mono.substitution().get("a"))));
        assertEquals(org.hipparchus.fraction.BigFraction.ONE, Exprs.rational(Facts.parse(mono.substitution().get("b"))));
    }

    @Test
    void aFreeBinderIsCompletedOnlyWhenItIsARenyiOrder() {
        Theorem mono = Targets.LIBRARY.get("renyi_monotone_in_order").orElseThrow();
        assertEquals(Optional.of("a"), Orders.freeOrder(mono, java.util.Map.of("p", Facts.parse("p"), "q", Facts.parse("q"),
                "b", Facts.parse("1"))));
        // two binders free, or a free law: no completion
        assertTrue(Orders.freeOrder(mono, java.util.Map.of("p", Facts.parse("p"), "q", Facts.parse("q"))).isEmpty());
        assertTrue(Orders.freeOrder(mono, java.util.Map.of("p", Facts.parse("p"), "a", Facts.parse("1 / 2"),
                "b", Facts.parse("1"))).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2_kl_tight", "h2_kl_three", "sq_pinsker_tight", "sq_negative_base", "sq_negative_side", "sq_pinsker_strict"})
    void nearMissesAreNotProved(String name) {
        assertFalse(prove(name).proved(), name + " was proved");
    }

    @Test
    void noTransformWhereASideMayBeNegative() {
        // x in [-2, 1]: x^2 <= 1 is false at x = -2 while x <= 1 holds, so the base must be >= 0
        assertTrue(MonotoneTransform.of(rel("x^2 <= 1"), context("sq_negative_base")).isEmpty());
        // KL - 10^-9 < 0 at p = q: sqrt of it is undefined, and c X^2 <= B fails there
        assertTrue(MonotoneTransform.of(rel("2 * TV(p, q)^2 <= KL(p || q) - 10^-9"), context("sq_pinsker")).isEmpty());
        // a nonpositive or symbolic factor: -2 TV^2 is decreasing in TV; x is not a constant
        assertTrue(MonotoneTransform.of(rel("-2 * TV(p, q)^2 <= KL(p || q)"), context("sq_pinsker")).isEmpty());
        assertTrue(MonotoneTransform.of(rel("0 * TV(p, q)^2 <= KL(p || q)"), context("sq_pinsker")).isEmpty());
        assertTrue(MonotoneTransform.of(rel("x * y^2 <= 1"), context("sq_mirror")).isEmpty());
        // an exponent other than 2
        assertTrue(MonotoneTransform.of(rel("2 * TV(p, q)^3 <= KL(p || q)"), context("sq_pinsker")).isEmpty());
    }

    @Test
    void theCheckerRefusesATransformOnARangeWithNegatives() {
        // the false x^2 <= 1 on [-2, 1] from the true x <= 1: refused by the replay itself
        Context ctx = context("sq_negative_base");
        String why = MonotoneTransform.check(Facts.parse("x^2 <= 1"), List.of(Facts.parse("x <= sqrt(1)")),
                "x -> 1 * x^2 is strictly increasing on [0, inf] with inverse y -> sqrt(y / 1); the left side squared,"
                        + " both sides certainly in [0, inf]", ctx);
        assertNotNull(why);
    }

    @Test
    void tamperedTransformsAreRejected() {
        ProofCertificate c = proved("sq_pinsker");
        ProofStep s = transformStep(c);
        // a constant 10^-9 too large: the premise TV <= sqrt(KL / 2) is not its transform
        String tight = "(2 + 10^-9) * TV(p, q)^2 <= KL(p || q)";
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), tight, s.premises(), null, null, null, null, s.note())));
        // an altered note (another constant)
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), s.fact(), s.premises(), null, null, null, null,
                s.note().replace("x -> 2 * x^2", "x -> 3 * x^2"))));
        // no premise
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), s.fact(), List.of(), null, null, null, null, s.note())));
        // the strict relation from a non-strict premise
        rejected(withStep(c, new ProofStep(s.id(), s.kind(), "2 * TV(p, q)^2 < KL(p || q)", s.premises(), null, null, null,
                null, s.note())));
        // the replay itself, step by step (not only the certificate's last fact)
        Context ctx = context("sq_pinsker");
        Expr premise = Facts.parse(c.steps().get(s.premises().get(0)).fact());
        assertEquals(null, MonotoneTransform.check(Facts.parse(s.fact()), List.of(premise), s.note(), ctx));
        assertNotNull(MonotoneTransform.check(Facts.parse(tight), List.of(premise), s.note(), ctx));
        assertNotNull(MonotoneTransform.check(Facts.parse("2 * TV(p, q)^2 < KL(p || q)"), List.of(premise), s.note(), ctx));
        assertNotNull(MonotoneTransform.check(Facts.parse(s.fact()), List.of(Facts.parse("TV(p, q) <= sqrt(KL(p || q) / 3)")),
                s.note(), ctx));
    }
}
