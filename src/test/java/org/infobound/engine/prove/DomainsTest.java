package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.infobound.lang.ast.Domain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainsTest {

    private static Domain domain(String text) {
        return Context.parse(Map.of("x", text), Optional.empty()).binders.get("x");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "(1, 20]; (1, inf); true",
        "[1, 20]; (1, inf); false",
        "(0, 1); [0, 1]; true",
        "[0, 1]; (0, 1); false",
        "[0.5, 1); [0, 1]; true",
        "2..1000; 1..10^9; true",
        "0..1000; 1..10^9; false",
        "2..10; (1, inf); true",
        "1..10; (1, inf); false",
        "{0.5, 2, 3}; [0, inf); true",
        "{0.5, 2, inf}; [0, inf); false",
        "dist(2..12); dist(1..10^4); true",
        "dist(1..20000); dist(1..10^4); false",
        "dist(2..10, rewards in [0, 1]); dist(1..10^4); true",
        "dist(2..10); dist(1..10^4, rewards in [0, 1]); false",
        "dist(2..10, rewards in [0, 1]); dist(1..10^4, rewards in [0, 1]); true",
        "continuous; continuous; true",
        "continuous; dist(1..10^4); false",
        "fn(-5, 5); fn(-inf, inf); true",
        "kernel(1..6); kernel(1..10^4); true"})
    void subsetJudgements(String inner, String outer, boolean expected) {
        Context ctx = Context.parse(Map.of("x", inner), Optional.empty());
        assertEquals(expected, Domains.subset(domain(inner), domain(outer), ctx), inner + " in " + outer);
    }
}
