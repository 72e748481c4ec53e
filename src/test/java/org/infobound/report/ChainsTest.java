package org.infobound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.infobound.lang.parse.ParseResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.junit.jupiter.api.Test;

/** Finding the violated relation of a counterexample in its claim (for the sweep plot). */
class ChainsTest {

    private static List<Chains.Relation> relations(String formula) {
        SourceFile src = SourceFile.of("t.claims", "claim c forall n in 1..5, x in [0, 1]:\n  " + formula + "\n");
        ParseResult pr = Parser.parse(src);
        return Chains.relations(src, pr.file().claims().get(0).formula());
    }

    @Test
    void chainsSplitIntoAdjacentPairsThroughConnectives() {
        List<Chains.Relation> rs = relations("0 <= x <= 1 and not (x == n / (n + 1))");
        assertEquals(3, rs.size());
        assertTrue(Chains.same(rs.get(1).text(), "x <= 1"), rs.get(1).text());
        assertTrue(Chains.same(rs.get(2).text(), "x == n / (n + 1)"), rs.get(2).text());
    }

    @Test
    void approximateEqualityIsOneRelationWithItsTolerance() {
        List<Chains.Relation> rs = relations("x ~= n within 1e-9");
        assertEquals(1, rs.size());
        assertTrue(Chains.same(rs.get(0).text(), "x ~= n within 1e-9"));
    }

    @Test
    void sameIgnoresWhitespaceAndParenthesesOnly() {
        assertTrue(Chains.same("n / (n + 1", "n / (n + 1)"));
        assertFalse(Chains.same("x <= 1", "x < 1"));
    }
}
