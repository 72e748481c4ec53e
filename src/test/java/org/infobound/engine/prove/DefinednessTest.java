package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.infobound.engine.run.Library;
import org.infobound.lang.check.CheckedClaim;
import org.infobound.lang.check.CheckedFile;
import org.infobound.lang.check.Checker;
import org.infobound.lang.source.SourceFile;
import org.infobound.num.Dual;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Definedness over the whole domain (claims-language section 8: x / 0, 0 / 0, inf - inf,
 * 0 * inf are undefined, and an instance where a side is undefined is never covered by a
 * proof). Every {@code false_} claim below was PROVED by the prover before these rules; each
 * comment gives the independent undefinedness argument or counterexample (by hand, exact
 * fractions, or mpmath at 30 digits). The {@code ok_} claims are true and stay PROVED.
 */
class DefinednessTest {

    private static final TheoremLibrary LIBRARY = Library.bundled();

    private static final String CLAIMS = String.join("\n",
            // ---- F3: division at 0 ----
            // t = 0 is in the domain and 1 / 0 is undefined (the certified evaluator encloses it
            // by [-inf, inf]); the prover also proved the mirror 1 / t >= 1 on [0, 1], i.e. it gave
            // 1 / 0 both <= -1 and >= 1
            "claim false_recip_left forall t in [-1, 0]: 1 / t <= -1",
            "claim false_recip_right forall t in [0, 1]: 1 / t >= 1",
            // t ^ (-1) at t = 0 is 1 / 0 as well
            "claim false_negative_power forall t in [0, 1]: t ^ (-1) >= 1",
            // true: for t in [1/2, 1], 1 / t in [1, 2]; for t in [-1, -1/2], 1 / t in [-2, -1]
            "claim ok_recip_right forall t in [1/2, 1]: 1 / t >= 1",
            "claim ok_recip_left forall t in [-1, -1/2]: 1 / t <= -1",
            // true: the open end excludes t = 0, and 1 / t >= 1 for t in (0, 1]
            "claim ok_recip_open forall t in (0, 1]: 1 / t >= 1",
            // ---- F4: tilt needs E exp(X / beta) finite ----
            // exponential(1) tilted by beta = 1/2: E exp(2 X) = int_0^inf e^{2x} e^{-x} dx = inf,
            // the tilted density is not normalisable
            "claim false_tilt_exponential : var(tilt(exponential(1), 1/2)) >= 0",
            // pareto(1, 2) has polynomial tails: E exp(X / beta) = inf for every beta > 0
            "claim false_tilt_pareto forall n in 1..5: KL(bon(tilt(pareto(1, 2), 1), n) || tilt(pareto(1, 2), 1)) <= log(n)",
            // gamma(2, 1) (scale 1) by beta = 1: E exp(X) = int_0^inf x e^{-x} e^{x} dx = inf
            "claim false_tilt_gamma : var(tilt(gamma(2, 1), 1)) >= 0",
            // laplace(0, b), b in [2, 3], beta = 1: the mgf is finite only for |t| < 1/b <= 1/2 < 1
            "claim false_tilt_laplace forall b in [2, 3]: H2(bon(tilt(laplace(0, b), 1), 3), tilt(laplace(0, b), 1))"
                    + " == (sqrt(3) - 1)^2 / 4",
            // p = exponential(1) is a `continuous` law and beta = 1/2 is in the range: as above
            "claim false_tilt_continuous forall p in continuous, n in 1..3, beta in [1/10, 1/2]:"
                    + " KL(bon(tilt(p, beta), n) || tilt(p, beta)) == log(n) - (n - 1) / n",
            // true: exponential(3) by beta = 1: E exp(X) = 3 / (3 - 1) = 3/2 (mpmath quad agrees);
            // gamma(2, 1/2) by beta = 1: 1 < 2 = 1 / scale; laplace(0, b) with b <= 3/4 < 1 = beta;
            // normal laws tilt at every beta
            "claim ok_tilt_exponential : var(tilt(exponential(3), 1)) >= 0",
            "claim ok_tilt_gamma : var(tilt(gamma(2, 1/2), 1)) >= 0",
            "claim ok_tilt_laplace forall b in [1/2, 3/4]: H2(bon(tilt(laplace(0, b), 1), 3), tilt(laplace(0, b), 1))"
                    + " == (sqrt(3) - 1)^2 / 4",
            "claim ok_tilt_normal forall n in 1..5: KL(bon(tilt(normal(0, 1), 1/2), n) || tilt(normal(0, 1), 1/2))"
                    + " == log(n) - (n - 1) / n",
            // ---- F5: the hypothesis must be defined ----
            // x = 0: the hypothesis 0 / 0 >= 2 is undefined, so it does not exclude x = 0, where
            // the formula is 0 / 0 as well; x = 1 is excluded (1 >= 2 is false)
            "claim false_assuming_undefined forall x in {0, 1} assuming x / x >= 2: x / x >= 2",
            "claim false_assuming_undefined_real forall x in [-1, 1] assuming x / x >= 1: x / x >= 1",
            // true: x in [1, 2], x / x = 1
            "claim ok_assuming_defined forall x in [1, 2] assuming x / x >= 1: x / x >= 1",
            // ---- F7: E(p, X) needs X defined and finite at every outcome ----
            // rewards [0, 1], p = [1/2, 1/2]: r / r is 0 / 0 at the outcome of reward 0
            "claim false_E_reward_ratio forall p in dist(2): E(p, r / r) == E(p, r / r)",
            // p = [1/2, 1/2], q = [0, 1]: prob(q) / prob(q) is 0 / 0 at outcome 0 (mass 1/2 under p)
            "claim false_E_mass_ratio forall p, q in dist(2): E(p, prob(q) / prob(q)) <= E(p, prob(q) / prob(q))",
            // same p, q: E(p, 1 / prob(q)) = inf, each side is inf - inf
            "claim false_E_inf_minus_inf forall p, q in dist(2): TV(p, q) - E(p, 1 / prob(q))"
                    + " <= sqrt(KL(p || q) / 2) - E(p, 1 / prob(q))",
            // true: r * r and prob(q) + r are finite at every outcome
            "claim ok_E_square forall p in dist(2): E(p, r * r) == E(p, r * r)",
            "claim ok_E_mass_plus_reward forall p, q in dist(2): E(p, prob(q) + r) == E(p, prob(q) + r)",
            // ---- F8: congruence through an undefined context ----
            // p = [1/2, 1/2], q = [0, 1]: KL = inf, each side is inf - inf
            "claim false_congruence_minus forall p, q in dist(2): KL(p || q) - KL(p || q) == Df(p || q, t -> t * log(t)) - KL(p || q)",
            // p = q: KL = 0, each side is 0 / 0
            "claim false_congruence_div forall p, q in dist(2): KL(p || q) / KL(p || q) == Df(p || q, t -> t * log(t)) / KL(p || q)",
            // same p, q as in false_congruence_minus: chi2 = KL = inf
            "claim false_congruence_chi2 forall p, q in dist(2): chi2(p || q) - KL(p || q) == chi2(p || q) - Df(p || q, t -> t * log(t))",
            // true: KL + 1 is defined (inf + 1 = inf), and with KL < inf assumed, KL - KL = 0
            "claim ok_congruence_plus forall p, q in dist(2): KL(p || q) + 1 == Df(p || q, t -> t * log(t)) + 1",
            "claim ok_congruence_assumed_finite forall p, q in dist(2) assuming KL(p || q) < inf:"
                    + " KL(p || q) - KL(p || q) == Df(p || q, t -> t * log(t)) - KL(p || q)",
            // the Gaussian tilt (spec/examples/continuous.claims): E of normal laws and their tilts is finite
            "claim ok_gaussian_tilt forall m in [-2, 2], s in [0.1, 3], beta in [0.2, 5]"
                    + " where p = normal(m, s), t = tilt(p, beta): E(t) - E(p) ~= sqrt(2 * s^2 * KL(t || p)) within 1e-9",
            // ---- F9: lgamma and digamma have poles at 0, -1, ... ----
            // Gamma has a pole at 0; the evaluator rejects lgamma at non-positive arguments
            "claim false_lgamma_zero forall x in {0}: lgamma(x) >= 0",
            // ---- F13: every where definition, used or not ----
            // x in (1, 2]: bernoulli(x) is not a law; x in [0, 1): log(x - 1) is log of a negative
            "claim false_where_law forall x in [0, 2] where b = bernoulli(x): x >= 0",
            "claim false_where_log forall x in [0, 2] where y = log(x - 1): x >= 0",
            // true: x in [0, 1], bernoulli(x) is a law
            "claim ok_where_law forall x in [0, 1] where b = bernoulli(x): x >= 0",
            "");

    private static final CheckedFile FILE = Checker.parseAndCheck(SourceFile.of("definedness.claims", CLAIMS));

    private static CheckedClaim claim(String name) {
        return Targets.claim(FILE, name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"false_recip_left", "false_recip_right", "false_negative_power",
        "false_tilt_exponential", "false_tilt_pareto", "false_tilt_gamma", "false_tilt_laplace", "false_tilt_continuous",
        "false_assuming_undefined", "false_assuming_undefined_real",
        "false_E_reward_ratio", "false_E_mass_ratio", "false_E_inf_minus_inf",
        "false_congruence_minus", "false_congruence_div", "false_congruence_chi2",
        "false_lgamma_zero", "false_where_law", "false_where_log"})
    void undefinedClaimIsNotProved(String name) {
        ProofResult r = new Prover(LIBRARY).prove(claim(name));
        assertFalse(r.proved(), name + " was proved: " + r.certificate().map(CertificateJson::write).orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok_recip_right", "ok_recip_left", "ok_recip_open", "ok_tilt_exponential", "ok_tilt_gamma", "ok_tilt_laplace",
        "ok_tilt_normal", "ok_assuming_defined", "ok_E_square", "ok_E_mass_plus_reward", "ok_congruence_plus",
        "ok_congruence_assumed_finite", "ok_gaussian_tilt", "ok_where_law"})
    void definedVariantStaysProved(String name) {
        CheckedClaim c = claim(name);
        ProofResult r = new Prover(LIBRARY).prove(c);
        assertTrue(r.proved(), name + ": " + r.reason());
        assertEquals(Optional.empty(), CertificateChecker.check(r.certificate().get(), LIBRARY, c));
    }

    private static Context ctx(String... nameDomain) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameDomain.length; i += 2) {
            m.put(nameDomain[i], nameDomain[i + 1]);
        }
        return Context.parse(m, Optional.empty());
    }

    @Test
    void divisionByAnEnclosureContainingZeroIsNotCertified() {
        // 1 / [-1, 0] is not [-inf, -1]: the point 0 has no value (section 8)
        NumericEval at = new NumericEval(Map.of("t", Dual.variable(Interval.of(-1, 0))));
        assertThrows(NotCertified.class, () -> at.eval(Facts.parse("1 / t")));
        assertThrows(NotCertified.class, () -> at.eval(Facts.parse("t ^ (-2)")));
        // away from 0: 1 / [1/2, 1] = [1, 2]
        NumericEval away = new NumericEval(Map.of("t", Dual.variable(Interval.of(0.5, 1))));
        Interval v = away.eval(Facts.parse("1 / t")).value();
        assertTrue(v.lo() <= 1 && v.hi() >= 2 && v.hi() <= 2.000001, v.toString());
    }

    @Test
    void tiltIsALawOnlyWhereTheExponentialMomentIsFinite() {
        Context beta = ctx("beta", "[1/10, 1/2]");
        // exponential(rate) needs rate * beta > 1: rate 3 and beta >= 1/2 only meets it for beta > 1/3
        assertFalse(SideConditions.holds(Facts.parse("tilt(exponential(3), beta)"), beta));
        assertTrue(SideConditions.holds(Facts.parse("tilt(exponential(30), beta)"), beta));
        assertTrue(SideConditions.holds(Facts.parse("tilt(normal(0, 1), beta)"), beta));
        assertTrue(SideConditions.holds(Facts.parse("tilt(uniform(0, 1), beta)"), beta));
        assertFalse(SideConditions.holds(Facts.parse("tilt(pareto(1, 2), beta)"), beta));
        // scale < beta for gamma, laplace, logistic, gumbel: scale 1/20 < 1/10 <= beta
        for (String law : new String[] {"gamma(2, 1/20)", "laplace(0, 1/20)", "logistic(0, 1/20)", "gumbel(0, 1/20)"}) {
            assertTrue(SideConditions.holds(Facts.parse("tilt(" + law + ", beta)"), beta), law);
        }
        for (String law : new String[] {"gamma(2, 1/5)", "laplace(0, 1/5)", "logistic(0, 1/5)", "gumbel(0, 1/5)"}) {
            assertFalse(SideConditions.holds(Facts.parse("tilt(" + law + ", beta)"), beta), law);
        }
        // a `continuous` binder is of unknown family: never; it does not cover the tilt either
        Context cont = ctx("p", "continuous", "beta", "[1, 2]");
        assertFalse(SideConditions.holds(Facts.parse("tilt(p, beta)"), cont));
        assertFalse(Domains.covers(cont.binders.get("p"), Facts.parse("tilt(p, beta)"), cont));
        // a finite alphabet: always
        Context disc = ctx("p", "dist(2)", "beta", "[1/10, 1/2]");
        assertTrue(SideConditions.holds(Facts.parse("tilt(p, beta)"), disc));
    }

    @Test
    void lgammaAndDigammaNeedPositiveArguments() {
        Context zero = ctx("x", "[0, 1]");
        assertFalse(SideConditions.holds(Facts.parse("lgamma(x)"), zero));
        assertFalse(SideConditions.holds(Facts.parse("digamma(x)"), zero));
        Context pos = ctx("x", "[1/2, 1]");
        assertTrue(SideConditions.holds(Facts.parse("lgamma(x)"), pos));
        assertTrue(SideConditions.holds(Facts.parse("digamma(x)"), pos));
    }

    @Test
    void expectationOfAnOutcomeExpressionIsDefinedOnlyWhenEveryOutcomeIsFinite() {
        Context c = ctx("p", "dist(2)", "q", "dist(2)");
        assertFalse(SignFacts.defined(Facts.parse("E(p, r / r)"), c));
        assertFalse(SignFacts.finite(Facts.parse("E(p, 1 / prob(q))"), c));
        assertFalse(SignFacts.defined(Facts.parse("E(p, log(prob(q)))"), c));
        assertTrue(SignFacts.defined(Facts.parse("E(p, r * r + prob(q))"), c));
        assertTrue(SignFacts.finite(Facts.parse("E(p, r / 2)"), c));
    }
}
