package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.infobound.lang.check.CheckedClaim;
import org.junit.jupiter.api.Test;

class ExprPrinterTest {

    @Test
    void printingIsStableUnderReparsing() {
        for (CheckedClaim c : Targets.FILE.claims()) {
            String once = ExprPrinter.print(c.formula());
            assertEquals(once, ExprPrinter.print(ResolvedGoal.parse(once)), c.name());
        }
        for (Theorem t : Targets.LIBRARY.theorems()) {
            String once = ExprPrinter.print(t.formula());
            assertEquals(once, ExprPrinter.print(ResolvedGoal.parse(once)), t.name());
        }
    }

    @Test
    void precedenceNeedsOnlyNecessaryParentheses() {
        assertEquals("-x^2 + (a - b) * c", ExprPrinter.print(ResolvedGoal.parse("(-(x^2)) + ((a - b) * c)")));
        assertEquals("a - (b - c)", ExprPrinter.print(ResolvedGoal.parse("a - (b - c)")));
        assertEquals("2^3^2", ExprPrinter.print(ResolvedGoal.parse("2^(3^2)")));
        assertEquals("(2^3)^2", ExprPrinter.print(ResolvedGoal.parse("(2^3)^2")));
    }
}
