package org.infobound.engine.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BranchAndBoundTest {

    private static NumericGoal goal(String g, GoalKind kind, NumericDim... dims) {
        return new NumericGoal(g, kind, List.of(dims));
    }

    private static NumericDim real(String name, String lo, String hi) {
        return new NumericDim(name, DimKind.REAL, lo, hi);
    }

    private static NumericDim integers(String name, String lo, String hi) {
        return new NumericDim(name, DimKind.INTEGER, lo, hi);
    }

    @Test
    void pinskerCurvatureClosesAlthoughTightAtOneHalf() {
        // 1/(t(1-t)) >= 4 on (0, 1), equality at t = 1/2: needs the monotonicity faces; the ends
        // are open (at t = 0 and t = 1 the quotient is 1 / 0, undefined, see closedEndsAtAPoleAreNotProved)
        NumericGoal g = goal("1 / (t * (1 - t)) - 4", GoalKind.NONNEGATIVE, new NumericDim("t", DimKind.REAL, "0", "1", true, true));
        Optional<NumericCertificate> cert = BranchAndBound.prove(g, 10_000);
        assertTrue(cert.isPresent());
        assertEquals(Optional.empty(), NumericChecker.check(cert.get()));
        assertTrue(cert.get().leaves().stream().anyMatch(l -> !l.faces().isEmpty()));
    }

    @Test
    void closedEndsAtAPoleAreNotProved() {
        // t = 0 is an instance of [0, 1], and 1 / (0 * 1) = 1 / 0 is undefined (claims-language
        // section 8): the one-sided limit +inf is not the value there
        NumericGoal g = goal("1 / (t * (1 - t)) - 4", GoalKind.NONNEGATIVE, real("t", "0", "1"));
        assertFalse(BranchAndBound.prove(g, 10_000).isPresent());
        // 1 / t <= -1 on [-1, 0] was proved through the limit -inf at t = 0
        assertFalse(BranchAndBound.prove(goal("-1 - 1 / t", GoalKind.NONNEGATIVE, real("t", "-1", "0")), 10_000).isPresent());
        // on [-1, 0) it is true: 1 / t <= 1 / (-1) = -1 for t in [-1, 0)
        assertTrue(BranchAndBound.prove(goal("-1 - 1 / t", GoalKind.NONNEGATIVE,
                new NumericDim("t", DimKind.REAL, "-1", "0", false, true)), 10_000).isPresent());
    }

    @Test
    void slightlyLargerCurvatureConstantIsNotProved() {
        // 1/(t(1-t)) - 4.01 is -0.01 at t = 1/2: false, so no certificate may exist
        NumericGoal g = goal("1 / (t * (1 - t)) - 4.01", GoalKind.NONNEGATIVE, real("t", "0", "1"));
        assertFalse(BranchAndBound.prove(g, 10_000).isPresent());
    }

    @Test
    void strictGoalTightAtAPointIsNotProved() {
        NumericGoal g = goal("1 / (t * (1 - t)) - 4", GoalKind.POSITIVE, real("t", "0", "1"));
        assertFalse(BranchAndBound.prove(g, 10_000).isPresent());
    }

    @Test
    void integerRangeClosesByExhaustionAndRelaxation() {
        // log(n) - (n - 1)/n >= 0 for n >= 1, equality at n = 1 (exact point evaluation)
        NumericGoal g = goal("log(n) - (n - 1) / n", GoalKind.NONNEGATIVE, integers("n", "1", "10^6"));
        Optional<NumericCertificate> cert = BranchAndBound.prove(g, 10_000);
        assertTrue(cert.isPresent());
        assertEquals(Optional.empty(), NumericChecker.check(cert.get()));
    }

    @Test
    void falseIntegerInequalityIsNotProved() {
        // log(n) - n >= 0 is false for every n >= 1
        NumericGoal g = goal("log(n) - n", GoalKind.NONNEGATIVE, integers("n", "1", "10^6"));
        assertFalse(BranchAndBound.prove(g, 10_000).isPresent());
    }

    @Test
    void twoDimensionalGoalWithMeanValueForms() {
        // x^2 + y^2 - x y >= 0 on [-1, 1]^2 (equality only at the origin)
        NumericGoal g = goal("(x - y / 2)^2 + 3 * y^2 / 4", GoalKind.NONNEGATIVE, real("x", "-1", "1"), real("y", "-1", "1"));
        Optional<NumericCertificate> cert = BranchAndBound.prove(g, 50_000);
        assertTrue(cert.isPresent());
        assertEquals(Optional.empty(), NumericChecker.check(cert.get()));
    }

    @Test
    void finitenessGoal() {
        NumericGoal g = goal("log(n) - (n - 1) / n", GoalKind.FINITE, integers("n", "1", "10^6"));
        Optional<NumericCertificate> cert = BranchAndBound.prove(g, 100);
        assertTrue(cert.isPresent());
        assertEquals(1, cert.get().leaves().size());
    }

    @Test
    void poleInsideTheBoxIsNeverCrossedByMonotonicity() {
        // 1/(x - 0.3) + 5 < 0 just left of 0.3: false, although its derivative is negative on both sides
        NumericGoal g = goal("1 / (x - 0.3) + 5", GoalKind.NONNEGATIVE, real("x", "0", "1"));
        assertFalse(BranchAndBound.prove(g, 20_000).isPresent());
        NumericGoal h = goal("1 / x + 2", GoalKind.NONNEGATIVE, real("x", "-1", "1"));
        assertFalse(BranchAndBound.prove(h, 20_000).isPresent());
    }

    @Test
    void invalidBudgetIsRejected() {
        NumericGoal g = goal("x", GoalKind.NONNEGATIVE, real("x", "0", "1"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> BranchAndBound.prove(g, 0));
    }
}
