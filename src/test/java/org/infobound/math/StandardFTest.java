package org.infobound.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The standard generators: f(1) = 0, closed-form values, and the limits (catalogue 0.3). */
class StandardFTest {

    @Test
    void everyGeneratorVanishesAtOneAndIsConvexOnAGrid() {
        for (StandardF f : StandardF.values()) {
            assertEquals(0.0, f.value(1.0), 1e-16, f.name());
            for (double t = 0.01; t < 20; t *= 1.3) {
                double mid = f.value(t * 1.1);
                assertEquals(true, mid <= (f.value(t) + f.value(t * 1.2)) / 2 + 1e-12, f + " at " + t);
            }
        }
    }

    @Test
    void valuesMatchClosedForms() {
        assertEquals(2 * Math.log(2), StandardF.KL.value(2), 1e-15);
        assertEquals(-Math.log(2), StandardF.REVERSE_KL.value(2), 1e-15);
        assertEquals(4.0, StandardF.CHI2.value(3), 0.0);
        assertEquals(1.0, StandardF.TV.value(3), 0.0);
        assertEquals(0.5, StandardF.HELLINGER2.value(4), 1e-16);
        // JS generator at t = 3: [3 log(6/4) + log(2/4)] / 2, mpmath 50 digits
        assertEquals(0.261624071882273918258403612467, StandardF.JS.value(3), 1e-16);
    }

    @Test
    void numericLimitsAgreeWithTheStandardOnes() {
        for (StandardF f : StandardF.values()) {
            FGenerator g = FGenerators.of("numeric " + f, f::value);
            assertEquals(f.atZero(), g.atZero(), 1e-9, f + " at zero");
            assertEquals(f.slopeAtInfinity(), g.slopeAtInfinity(), 1e-9, f + " slope");
        }
    }

    @Test
    void numericGeneratorRejectsBadFunctions() {
        assertThrows(IllegalArgumentException.class, () -> FGenerators.of("shifted", t -> t));
        assertThrows(IllegalArgumentException.class, () -> FGenerators.of("nan", t -> t == 1 ? 0 : Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> FGenerators.of(null, t -> 0));
    }
}
