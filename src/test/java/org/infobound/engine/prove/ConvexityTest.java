package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.infobound.lang.ast.Expr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The disciplined-convex recogniser for Df generators and the exact f(1) = 0 check. */
class ConvexityTest {

    private static Expr lambda(String text) {
        return ResolvedGoal.parse(text);
    }

    /** Convex on (0, inf) (second derivatives: 1/t, 1/t^2, 2, 0 off the kink, t^(-3/2)/4, ...) and f(1) = 0. */
    @ParameterizedTest
    @ValueSource(strings = {"t -> t * log(t)", "t -> -log(t)", "t -> (t - 1)^2", "t -> abs(t - 1) / 2",
        "t -> (sqrt(t) - 1)^2 / 2", "t -> t * log(t) - t + 1", "t -> max(0, t - 1)", "u -> (u - 1)^4",
        "t -> 1 / t - 1", "t -> t^3 - 1", "t -> t^(-1/2) - 1", "t -> 1 - sqrt(t)", "t -> exp(t - 1) - 1",
        "t -> 2 * (t - 1)^2 + abs(t - 1)", "t -> -(t^(1/2)) + 1", "t -> (1 - sqrt(t))^2",
        "t -> max(t * log(t), (t - 1)^2)", "t -> log(t) * t"})
    void libraryAndTextbookGeneratorsAreAccepted(String f) {
        assertTrue(Convexity.validGenerator(lambda(f)), f);
    }

    /**
     * Not convex on (0, inf): -max(0, min(t - 1.2, 1.8 - t)) has f(1.2) = 0, f(1.5) = -0.3,
     * f(1.8) = 0 (midpoint below the chord); -(t - 1)^2 has f'' = -2; log(t) has f'' = -1/t^2;
     * sqrt(t) - 1 has f'' = -t^(-3/2)/4; abs(t - 1) - abs(t - 2) + 1 takes 0, 0, 2, 2 at t = 1/2, 1, 2,
     * 3 (slopes 0, 2, 0: not convex); t^(1/2) - 1 is concave; (t - 1)^3 has f'' = 6 (t - 1) < 0 on
     * (0, 1); min(t - 1, 0) is concave and not affine; max(0, min(t - 1, 1)) takes 0, 1, 1 at t = 1, 2,
     * 3 (slopes 1, 0); log(t - 2) is undefined on (0, 2].
     */
    @ParameterizedTest
    @ValueSource(strings = {"t -> -max(0, min(t - 1.2, 1.8 - t))", "t -> -(t - 1)^2", "t -> log(t)", "t -> sqrt(t) - 1",
        "t -> abs(t - 1) - abs(t - 2) + 1", "t -> t^(1/2) - 1", "t -> log(t - 2)", "t -> (t - 1)^3",
        "t -> min(t - 1, 0)", "t -> max(0, min(t - 1, 1))"})
    void nonConvexGeneratorsAreRejected(String f) {
        assertFalse(Convexity.validGenerator(lambda(f)), f);
    }

    @Test
    void generatorMustVanishAtOneExactly() {
        // convex but f(1) = 1, 1/2, e - 1
        assertFalse(Convexity.validGenerator(lambda("t -> t^2")));
        assertFalse(Convexity.validGenerator(lambda("t -> (t - 1)^2 + 1/2")));
        assertFalse(Convexity.validGenerator(lambda("t -> exp(t) - 1")));
        // f(1) = 1 * log(1) - 1 + 1 = 0 exactly
        assertTrue(Convexity.atOneIsZero((Expr.Lambda) lambda("t -> t * log(t) - t + 1")));
    }

    @Test
    void curvatureClasses() {
        assertEquals(Convexity.Curvature.CONCAVE, Convexity.curvature((Expr.Lambda) lambda("t -> -(t - 1)^2")));
        assertEquals(Convexity.Curvature.AFFINE, Convexity.curvature((Expr.Lambda) lambda("t -> 3 * t - 2")));
        assertEquals(Convexity.Curvature.CONVEX, Convexity.curvature((Expr.Lambda) lambda("t -> t * log(t)")));
        assertEquals(Convexity.Curvature.UNKNOWN, Convexity.curvature((Expr.Lambda) lambda("t -> -max(0, min(t - 1.2, 1.8 - t))")));
    }
}
