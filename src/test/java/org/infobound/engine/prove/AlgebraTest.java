package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.check.CheckedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AlgebraTest {

    private static final CheckedFile FILE = Targets.read("src/test/resources/prove/algebra.claims");

    private static ProofResult prove(String name) {
        return new Prover(Targets.LIBRARY).prove(FILE.claims().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
    }

    private static Context context(String binders) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String b : binders.split(";")) {
            String[] kv = b.split(" in ", 2);
            m.put(kv[0].trim(), kv[1].trim());
        }
        return Context.parse(m, Optional.empty());
    }

    private static Optional<String> form(String expr, String binders) {
        return Algebra.normalForm(Facts.parse(expr), context(binders));
    }

    @ParameterizedTest
    @ValueSource(strings = {"residual_positive_beta", "residual_negative_beta_with_abs", "sqrt_of_square_nonnegative",
        "partial_fractions", "decimals_are_exact", "binomial_square", "atoms_compare_by_normal_form"})
    void identityIsProvedByExactAlgebraAndReplays(String name) {
        ProofResult r = prove(name);
        assertTrue(r.proved(), name + ": " + r.reason());
        ProofCertificate c = r.certificate().get();
        assertTrue(c.steps().stream().anyMatch(s -> s.kind() == StepKind.ALGEBRA), Explain.render(c));
        assertEquals(Optional.empty(), CertificateChecker.check(c, Targets.LIBRARY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"residual_negative_beta", "residual_beta_through_zero", "sqrt_of_square_sign_unknown",
        "decimals_are_not_doubles", "atoms_differ"})
    void falseOrUndefinedIdentityIsNotProved(String name) {
        assertFalse(prove(name).proved(), name);
    }

    @Test
    void monomialDenominatorsGiveCanonicalLaurentForms() {
        // by hand: m + s^2/beta - m = s^2 beta^-1; 2 s^2 (s^2 / (2 beta^2)) = s^4 beta^-2
        assertEquals(Optional.of("beta^(-1) * s^2"), form("m + s^2 / beta - m", "m in [-2, 2]; s in [0.1, 3]; beta in [0.2, 5]"));
        assertEquals(Optional.of("beta^(-2) * s^4"), form("2 * s^2 * (s^2 / (2 * beta^2))", "s in [0.1, 3]; beta in [0.2, 5]"));
        assertEquals(Optional.of("(3/10) * x"), form("x * 0.1 + x * 0.2", "x in [0, 1]"));
    }

    @Test
    void squareRootOfAnEvenMonomialUsesTheSignOfTheRange() {
        // sqrt(9/4 * beta^-2) = (3/2) / |beta|
        assertEquals(Optional.of("(3/2) * beta^(-1)"), form("sqrt(9 / (4 * beta^2))", "beta in [0.2, 5]"));
        assertEquals(Optional.of("-(3/2) * beta^(-1)"), form("sqrt(9 / (4 * beta^2))", "beta in [-5, -0.2]"));
        // 2 is not the square of a rational: an atom
        assertEquals(Optional.of("sqrt(2 * beta^2)"), form("sqrt(2 * beta^2)", "beta in [0.2, 5]"));
        // the sign of beta is unknown on [-1, 1]: |beta| stays an atom
        assertEquals(Optional.of("sqrt(beta^2)"), form("sqrt(beta^2)", "beta in [-1, 1]"));
    }

    @Test
    void possiblyUndefinedOrInfiniteSidesAreRefused() {
        assertEquals(Optional.empty(), form("1 / beta", "beta in [-1, 1]"));
        assertEquals(Optional.empty(), form("sqrt(x - 1)", "x in [0, 2]"));
        assertEquals(Optional.empty(), form("log(x)", "x in [0, 2]"));
        assertEquals(Optional.empty(), form("x + inf", "x in [0, 2]"));
    }

    @Test
    void hugePowersStayAtomsNotExpanded() {
        // exponents beyond 64 are not expanded: the power is an atom keyed by its normalised base
        assertEquals(Optional.of("pow(a + b; 100)"), form("(b + a)^100", "a in [0, 1]; b in [0, 1]"));
        assertTrue(form("(a + b + c + d)^12", "a in [0, 1]; b in [0, 1]; c in [0, 1]; d in [0, 1]").isPresent());
    }

    @Test
    void contextBindersAreNumeric() {
        Context ctx = context("x in [0, 1]");
        assertTrue(ctx.binders.get("x") instanceof Domain.RealInterval);
    }
}
