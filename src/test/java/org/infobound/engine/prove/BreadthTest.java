package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.diag.Code;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 part B: proofs over unbounded ranges ({@code n in 1..inf}, {@code x in (0, inf)},
 * {@code dist(2..inf)}), functionals at their ranges by definition, and the classical library.
 * Truth values are from the math (stated per test), never from the prover's output.
 */
class BreadthTest {

    private static final CheckedFile FILE = Targets.read("src/test/resources/prove/breadth.claims");

    private static ProofResult prove(String name) {
        return ProofFixture.prove(FILE, name);
    }

    private static ProofCertificate proved(String name) {
        ProofResult r = prove(name);
        assertTrue(r.proved(), name + ": " + r.reason());
        ProofCertificate c = r.certificate().get();
        assertEquals(Optional.empty(), CertificateChecker.check(c, Targets.LIBRARY), name);
        assertEquals(Optional.empty(), CertificateChecker.check(CertificateJson.read(CertificateJson.write(c)), Targets.LIBRARY));
        return c;
    }

    private static void rejected(ProofCertificate c) {
        ProofFixture.rejected(c);
    }

    /** KL(Beta(n,1) || U) = log n - (n-1)/n for every n >= 1 (closed_kl) and data processing: every n. */
    @Test
    void everyNAndEveryAlphabetByTheoremChaining() {
        ProofCertificate c = proved("bon_kl_every_n");
        assertEquals("1..inf", c.binders().get("n"));
        assertTrue(c.steps().stream().anyMatch(s -> "closed_kl".equals(s.theorem())));
        // tampered: n may be 0 (bon(p, 0) is no law; closed_kl covers n >= 1 only)
        Map<String, String> b = new LinkedHashMap<>(c.binders());
        b.put("n", "0..inf");
        rejected(new ProofCertificate(c.claim(), b, c.assuming(), c.formula(), c.steps()));
    }

    /** At n = 1, p = [1]: KL = 0 and the bound is -1e-9 < 0, so the claim is false. */
    @Test
    void nearMissOverEveryNIsNotProved() {
        assertFalse(prove("bon_kl_every_n_near_miss").proved());
    }

    /** 1/n in (0, 1] for n >= 1: the enclosure over [1, inf] is [0, 1]. */
    @Test
    void enclosureOverAnUnboundedIntegerRange() {
        ProofCertificate c = proved("inverse_le_one");
        // tampered to 1/n <= 1/2 (false at n = 1): the sign step must not replay
        List<ProofStep> steps = new ArrayList<>();
        for (ProofStep s : c.steps()) {
            steps.add(new ProofStep(s.id(), s.kind(), s.fact().replace("<= 1", "<= 1 / 2"), s.premises(), s.theorem(),
                    s.substitution(), s.caseBinder(), s.numeric(), s.note()));
        }
        rejected(new ProofCertificate(c.claim(), c.binders(), c.assuming(), "1 / n <= 1 / 2", steps));
    }

    /**
     * False claims over unbounded ranges: (n - 1)/n = 1 - 1/n > 1 - 1e-18 for n = 10^19 (exact
     * fractions below); log n - (n-1)/n > 40 for n = e^42 (log n - 1 + 1/n > 41).
     */
    @Test
    void falseUnboundedClaimsAreNotProved() {
        BigFraction n = new BigFraction(BigInteger.TEN.pow(19));
        BigFraction lhs = n.subtract(1).divide(n);
        BigFraction rhs = BigFraction.ONE.subtract(new BigFraction(BigInteger.ONE, BigInteger.TEN.pow(18)));
        assertTrue(lhs.compareTo(rhs) > 0);
        assertFalse(prove("ratio_near_one").proved());
        assertFalse(prove("log_grows").proved());
    }

    /** TV in [0, 1] by definition; disjoint supports give H2 = TV = 1, so H2 + TV <= 1 is false. */
    @Test
    void functionalsAtTheirRanges() {
        ProofCertificate c = proved("tv_le_one_every");
        assertEquals("dist(2..inf)", c.binders().get("p"));
        assertFalse(prove("h2_plus_tv").proved());
        // KL(p || q) - KL(q || p) is inf - inf where both are infinite: never defined for a proof
        Context ctx = Context.parse(Map.of("p", "dist(2..inf)", "q", "dist(2..inf)"), Optional.empty());
        assertFalse(SignFacts.defined(Facts.parse("KL(p || q) - KL(q || p)"), ctx));
        assertTrue(SignFacts.defined(Facts.parse("1 - exp(-KL(p || q))"), ctx));
        assertFalse(SignFacts.nonnegative(Facts.parse("1 - 2 * exp(-KL(p || q))"), ctx));
    }

    /** Bretagnolle-Huber: the library theorem is usable once sqrt(1 - exp(-KL)) is known defined. */
    @Test
    void bretagnolleHuberOnEveryAlphabet() {
        ProofCertificate c = proved("bh_every");
        assertTrue(c.theoremsUsed().contains("bretagnolle_huber"));
    }

    /** Le Cam (classical.claims): proved; p = q makes TV = 0 and BC = 1, so the tighter form is false. */
    @Test
    void leCamAndItsNearMiss() {
        assertTrue(proved("le_cam_every").theoremsUsed().contains("le_cam"));
        assertFalse(prove("le_cam_near_miss").proved());
    }

    /** Open 0 ends: a1 / b1 is defined and log's argument positive at every instance of (0, inf). */
    @Test
    void openZeroEnds() {
        assertTrue(proved("log_sum_open").theoremsUsed().contains("log_sum_two"));
        proved("exp_neg_le_one");
        Context ctx = Context.parse(Map.of("x", "(0, inf)"), Optional.empty());
        assertTrue(SignFacts.positivePointwise(Facts.parse("x / (x + 1)"), ctx, 0));
        Context closed = Context.parse(Map.of("x", "[0, 1]"), Optional.empty());
        assertFalse(SignFacts.positivePointwise(Facts.parse("x"), closed, 0));
        assertFalse(SignFacts.defined(Facts.parse("1 / x"), closed));
    }

    /** dist(a..inf) and kernel(a..inf) are checked; inf as a start or a single size is E403. */
    @Test
    void unboundedAlphabetsInTheLanguage() {
        CheckedFile ok = Checker.parseAndCheck(SourceFile.of("t.claims",
                "claim a\n  forall p, q in dist(2..inf), k in kernel(1..inf):\n    TV(apply(k, p), apply(k, q)) <= TV(p, q)\n"));
        assertFalse(ok.hasErrors(), ok.diagnostics().toString());
        for (String bad : List.of("dist(inf)", "dist(inf..inf)", "dist(2..-inf)")) {
            CheckedFile f = Checker.parseAndCheck(SourceFile.of("t.claims", "claim a\n  forall p in " + bad + ":\n    TV(p, p) <= 1\n"));
            assertTrue(f.hasErrors(), bad);
            assertEquals(Code.E403, f.diagnostics().get(0).code(), bad + ": " + f.diagnostics());
        }
    }
}
