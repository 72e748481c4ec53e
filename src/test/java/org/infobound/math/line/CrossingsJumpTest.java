package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * adv7: the float route's TV splits |p - q| at the sign changes of p - q; against a uniform law
 * the difference jumps (no root) at the uniform's ends, and at x = 0 Brent's method could not
 * meet its absolute accuracy within 200 evaluations: TV(normal(0, 1), uniform(0, 1)) threw
 * "maximal count (200) exceeded", so `infobound eval` failed (exit 3) and claims over
 * {@code continuous} pairs were INCONCLUSIVE at such instances. Reference values by mpmath at
 * 30 digits: {@code 0.5*(quad(npdf,[-inf,0]) + quad(lambda x: 1-npdf(x),[0,1]) + quad(npdf,[1,inf]))}.
 */
class CrossingsJumpTest {

    @Test
    void tvAcrossTheJumpsOfAUniformDensity() {
        LineValue v = NumericDivergences.tv(LineFamily.NORMAL.of(0, 1), LineFamily.UNIFORM.of(0, 1));
        assertEquals(0.658655253931457051414767454368, v.value(), 1e-12);
        // jumps away from 0 as well: uniform(-1, 2) against normal(0, 1), density 1/3 on [-1, 2]
        // mpmath, split at the crossings c = sqrt(-2 log(sqrt(2 pi)/3)) = 0.5994560125:
        // 0.5*(quad(npdf,[-inf,-1]) + quad(lambda x: abs(npdf(x)-mpf(1)/3),[-1,-c,0,c,1,2]) + quad(npdf,[2,inf]))
        LineValue w = NumericDivergences.tv(LineFamily.UNIFORM.of(-1, 2), LineFamily.NORMAL.of(0, 1));
        assertEquals(REF_UNIFORM_M1_2, w.value(), 1e-9);
    }

    private static final double REF_UNIFORM_M1_2 = 0.232899209521764106494340533725;
}
