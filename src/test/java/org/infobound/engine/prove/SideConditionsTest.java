package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.infobound.engine.run.Library;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Side conditions over the whole (effective) domain: every false claim below was PROVED by the
 * prover before side conditions and effective alphabets existed; each comment gives an
 * independent counterexample (exact fractions or mpmath, 30 digits, computed outside the code).
 */
class SideConditionsTest {

    private static final TheoremLibrary LIBRARY = Library.bundled();

    private static final String CLAIMS = String.join("\n",
            // ---- shared alphabet vs binder text (spec/LANGUAGE.md sections 7-8) ----
            // rewards [0, 10], p = [1, 0], q = [0, 1]: E(q) - E(p) = 10 > TV(p, q) = 1
            "claim alpha_mean_tv forall z in dist(2), p, q in dist(2, rewards in [0, 1]): E(q) - E(p) <= TV(p, q)",
            // rewards [0, 2], p = [1/2, 1/2]: var(p) = 1, and sigma2(p) >= var(p) = 1 > 1/4
            "claim alpha_hoeffding forall z in dist(2..3), p in dist(2..3, rewards in [0, 1]): sigma2(p) <= 1 / 4",
            // rewards [0, 2, 0], p = [1/2, 1/2, 0]: var(p) = 1 > 1/4
            "claim alpha_variance forall z in dist(3), p in dist(3, rewards in [0, 1]): var(p) <= 1 / 4",
            // rewards [0, 10], p = [1/2, 1/2], q = [0, 1]: E(q) - E(p) = 5 > sqrt(log(2) / 2) = 0.588705011257737345505784663230
            "claim alpha_pinsker_mean forall z in dist(2), p, q in dist(2, rewards in [0, 1]): E(q) - E(p) <= sqrt(KL(q || p) / 2)",
            // rewards [0, 2], p = [1/2, 1/2]: sigma2_right(p) >= lim_{l -> 0+} 2 log cosh(l) / l^2 = 1 > 1/4
            "claim alpha_right_proxy forall z in dist(2), p in dist(2, rewards in [0, 1]): sigma2_right(p) <= 1 / 4",
            // ---- sign facts that skipped validity ----
            // p = [1/2, 1/2], q = [2/3, 1/3]: sum q f(p/q) = (1/3) f(3/2) = -1/10 (f not convex)
            "claim sign_nonconvex forall p, q in dist(2..4): Df(p || q, t -> -max(0, min(t - 1.2, 1.8 - t))) >= 0",
            // q = [3/4, 1/4], p = [1/2, 1/2]: (3/4)(-1/9) + (1/4)(-1) = -1/3
            "claim sign_concave_closed : Df(bernoulli(1/2) || bernoulli(1/4), t -> -(t - 1)^2) >= 0",
            // p = [1/2, 1/2], q = [1/4, 3/4]: sum q log(p/q) = -0.130812035941136959129201806234
            "claim sign_log_generator forall p, q in dist(2): Df(p || q, t -> log(t)) >= 0",
            // p = [1/2, 1/2], q = [1/4, 3/4], a = -1/2: renyi = -0.0607070473538558230195762565826
            "claim sign_renyi_negative forall p, q in dist(2), a in [-1, 1]: renyi(p || q, a) >= 0",
            // same p, q, a = -1: renyi = -0.111571775657104877883147545155
            "claim sign_renyi_all_negative forall p, q in dist(2), a in [-2, -1/2]: renyi(p || q, a) >= 0",
            // ---- reflexivity on sides undefined (somewhere or everywhere) ----
            // a in [-1, 0): the order is outside [0, inf], renyi is not defined there
            "claim refl_renyi_negative forall p, q in dist(2), a in [-1, 1]: renyi(p || q, a) == renyi(p || q, a)",
            // f(t) = log(t - 2) is undefined on (0, 2], so f(1) and the divergence are undefined for every p, q
            "claim refl_undefined_generator forall p, q in dist(2): Df(p || q, t -> log(t - 2)) == Df(p || q, t -> log(t - 2))",
            // w in (1, 2]: (1 - w) p + w q has a negative mass (p = [1, 0], q = [0, 1], w = 2: [-1, 2]), not a law
            "claim refl_mix_weight forall p, q in dist(2), w in [0, 2]: E(mix(p, q, w)) <= E(mix(p, q, w))",
            // ---- parameters invalid on part of the domain ----
            // s in [-1, 0]: normal(0, s) has sigma <= 0, not a law
            "claim param_normal_sigma forall n in 1..10, s in [-1, 1]: KL(bon(normal(0, s), n) || normal(0, s)) <= log(n) - (n - 1)/n",
            // a in (1, 2]: uniform(a, 1) has a >= b, not a law
            "claim param_uniform forall n in 1..10, a in [0, 2]: KL(bon(uniform(a, 1), n) || uniform(a, 1)) <= log(n) - (n - 1)/n",
            // w in (1, 2]: mix(p, q, w) is not a law (a negative mass, see above)
            "claim param_mix forall p, q in dist(2), w in [0, 2]: KL(mix(p, q, w) || p) >= 0",
            // a in (1, 2]: bernoulli(a) is not a law
            "claim param_bernoulli forall a in [0, 2]: KL(bernoulli(a) || bernoulli(1/2)) >= 0",
            // s in [-1, 0]: normal(0, s) is not a law
            "claim param_normal_sign forall s in [-1, 1]: KL(normal(0, s) || normal(0, 1)) >= 0",
            // ---- true variants that stay PROVED ----
            "claim ok_bon_normal forall n in 1..10, s in [1/2, 1]: KL(bon(normal(0, s), n) || normal(0, s)) <= log(n) - (n - 1)/n",
            "claim ok_bon_bernoulli forall n in 1..10, a in [0, 1]: KL(bon(bernoulli(a), n) || bernoulli(a)) <= log(n) - (n - 1)/n",
            "claim ok_renyi forall p, q in dist(2), a in [0, 1]: renyi(p || q, a) >= 0",
            "claim ok_renyi_orders forall p, q in dist(2), a in {0.5, 2, inf}: renyi(p || q, a) >= 0",
            "claim ok_bernoulli forall a in [0, 1]: KL(bernoulli(a) || bernoulli(1/2)) >= 0",
            "claim ok_mix forall p, q in dist(2), w in [0, 1]: KL(mix(p, q, w) || p) >= 0",
            "claim ok_kl_generator forall p, q in dist(2..4): Df(p || q, t -> t * log(t) - t + 1) >= 0",
            "claim ok_hinge_generator forall p, q in dist(2..4): Df(p || q, t -> max(0, t - 1)) >= 0",
            "claim ok_reflexive forall x in [1, 2]: log(x) == log(x)",
            // the first dist binder carries rewards in [0, 1]: every dist binder lives on that alphabet
            "claim ok_alphabet_first forall p, q in dist(2, rewards in [0, 1]): E(q) - E(p) <= TV(p, q)",
            "claim ok_alphabet_later forall p in dist(2..3, rewards in [0, 1]), z in dist(2): sigma2(p) <= 1 / 4",
            "");

    private static final CheckedFile FILE = Checker.parseAndCheck(SourceFile.of("side.claims", CLAIMS));

    private static CheckedClaim claim(String name) {
        return Targets.claim(FILE, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"alpha_mean_tv", "alpha_hoeffding", "alpha_variance", "alpha_pinsker_mean", "alpha_right_proxy",
        "sign_nonconvex", "sign_concave_closed", "sign_log_generator", "sign_renyi_negative", "sign_renyi_all_negative",
        "refl_renyi_negative", "refl_undefined_generator", "refl_mix_weight",
        "param_normal_sigma", "param_uniform", "param_mix", "param_bernoulli", "param_normal_sign"})
    void falseOrPartlyInvalidClaimIsNotProved(String name) {
        ProofResult r = new Prover(LIBRARY).prove(claim(name));
        assertFalse(r.proved(), name + " was proved: " + r.certificate().map(CertificateJson::write).orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok_bon_normal", "ok_bon_bernoulli", "ok_renyi", "ok_renyi_orders", "ok_bernoulli", "ok_mix",
        "ok_kl_generator", "ok_hinge_generator", "ok_reflexive", "ok_alphabet_first", "ok_alphabet_later"})
    void trueVariantStaysProved(String name) {
        CheckedClaim c = claim(name);
        ProofResult r = new Prover(LIBRARY).prove(c);
        assertTrue(r.proved(), name + ": " + r.reason());
        assertEquals(Optional.empty(), CertificateChecker.check(r.certificate().get(), LIBRARY, c));
    }

    @Test
    void certificateBindersAreTheEffectiveDomains() {
        ProofResult r = new Prover(LIBRARY).prove(claim("ok_alphabet_later"));
        assertTrue(r.proved(), r.reason());
        // z's own text is dist(2), but it lives on p's alphabet
        assertEquals("dist(2..3, rewards in [0, 1])", r.certificate().get().binders().get("z"));
    }

    /**
     * Certificates the old prover emitted for the false claims above (kept verbatim in
     * src/test/resources/prove/forged): the checker alone must reject each of them now.
     */
    @ParameterizedTest
    @ValueSource(strings = {"a1", "s1", "s2", "s3", "v1", "r1", "m1", "m2", "m4"})
    void oldCertificatesOfFalseClaimsDoNotReplay(String name) throws IOException {
        ProofCertificate cert = CertificateJson.read(Files.readString(Path.of("src/test/resources/prove/forged/" + name + ".json")));
        Optional<String> problem = CertificateChecker.check(cert, LIBRARY);
        assertTrue(problem.isPresent(), name + " replayed");
    }

    @Test
    void aCertificateWithABinderTextOtherThanTheAlphabetIsRejected() {
        CheckedClaim c = claim("ok_alphabet_later");
        ProofCertificate good = new Prover(LIBRARY).prove(c).certificate().orElseThrow();
        Map<String, String> binders = new LinkedHashMap<>(good.binders());
        binders.put("z", "dist(2)");
        ProofCertificate forged = new ProofCertificate(good.claim(), binders, good.assuming(), good.formula(), good.steps());
        assertTrue(CertificateChecker.check(forged, LIBRARY).isPresent());
        assertTrue(CertificateChecker.check(forged, LIBRARY, c).isPresent());
    }

    private static Context ctx(String... nameDomain) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameDomain.length; i += 2) {
            m.put(nameDomain[i], nameDomain[i + 1]);
        }
        return Context.parse(m, Optional.empty());
    }

    @Test
    void signFactsNeedTheSideConditions() {
        // renyi of order -1/2 is negative (-0.0607... above): not a sign fact over a in [-1, 1]
        Context neg = ctx("p", "dist(2)", "q", "dist(2)", "a", "[-1, 1]");
        assertFalse(SignFacts.nonnegative(Facts.parse("renyi(p || q, a)"), neg));
        assertFalse(SignFacts.defined(Facts.parse("renyi(p || q, a)"), neg));
        Context pos = ctx("p", "dist(2)", "q", "dist(2)", "a", "[0, 1]");
        assertTrue(SignFacts.nonnegative(Facts.parse("renyi(p || q, a)"), pos));
        // a non-convex generator: -1/10 above
        assertFalse(SignFacts.nonnegative(Facts.parse("Df(p || q, t -> -max(0, min(t - 1.2, 1.8 - t)))"), pos));
        assertTrue(SignFacts.nonnegative(Facts.parse("Df(p || q, t -> (t - 1)^2)"), pos));
        // a law with invalid parameters on part of the domain is no law there
        Context w = ctx("p", "dist(2)", "q", "dist(2)", "w", "[0, 2]");
        assertFalse(SignFacts.nonnegative(Facts.parse("KL(mix(p, q, w) || p)"), w));
        assertFalse(SignFacts.defined(Facts.parse("E(mix(p, q, w))"), w));
    }

    @Test
    void lineLawCoversContinuousOnlyWithValidParameters() {
        org.infobound.lang.ast.Domain continuous = ResolvedGoalDomains.continuous();
        assertFalse(Domains.covers(continuous, Facts.parse("normal(0, s)"), ctx("s", "[-1, 1]")));
        assertTrue(Domains.covers(continuous, Facts.parse("normal(0, s)"), ctx("s", "[1/2, 1]")));
        assertFalse(Domains.covers(continuous, Facts.parse("uniform(a, 1)"), ctx("a", "[0, 2]")));
        assertTrue(Domains.covers(continuous, Facts.parse("uniform(a, a + 1)"), ctx("a", "[0, 2]")));
    }

    /** The domain {@code continuous}, parsed. */
    private static final class ResolvedGoalDomains {
        static org.infobound.lang.ast.Domain continuous() {
            return ctx("x", "continuous").binders.get("x");
        }
    }
}
