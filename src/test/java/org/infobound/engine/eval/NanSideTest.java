package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.lang.ast.RelOp;
import org.junit.jupiter.api.Test;

/**
 * A side that reaches a relation as NaN out of a float routine is a failed float evaluation, not
 * an undefined value (issue 14, item 3; spec/CHECK.md, INCONCLUSIVE reasons): its reason starts
 * with "could not evaluate", which the falsifier reports as is (never "undefined at instance").
 * An operation's own undefined case keeps its name.
 */
class NanSideTest {

    @Test
    void aNanSideIsAFailedFloatEvaluation() {
        for (Double[] sides : new Double[][] {{Double.NaN, 1.0}, {1.0, Double.NaN}}) {
            Undefined u = assertThrows(Undefined.class, () -> FloatRelations.relate(sides[0], RelOp.LE, sides[1], "t"));
            assertTrue(u.getMessage().startsWith("could not evaluate: a side is NaN in floating point"), u.getMessage());
        }
    }

    @Test
    void anOperationsUndefinedCaseKeepsItsName() {
        Undefined u = assertThrows(Undefined.class, () -> FloatBackend.check(0.0 * Double.POSITIVE_INFINITY, "0 * inf"));
        assertEquals("0 * inf", u.getMessage());
    }
}
