package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * KL of two Pareto laws in closed form ({@link ClosedFamilyKl} on the certified route,
 * {@link ClosedDivergences} on the float route): {@code log(a1/a2) + a2 log(x1/x2) + a2/a1 - 1}
 * for {@code x1 >= x2}, {@code +inf} for {@code x1 < x2}. References by mpmath (mp.dps = 40),
 * each cross-checked against the defining integral:
 * <pre>
 * from mpmath import *; mp.dps = 40
 * pdf = lambda x, xm, a: a*xm**a/x**(a+1)
 * klq = lambda x1,a1,x2,a2: quad(lambda x: pdf(x,x1,a1)*(log(pdf(x,x1,a1))-log(pdf(x,x2,a2))),
 *                                [x1, 2*x1, 10*x1, 1000*x1, inf])
 * klq(1,2,1,3)            = 0.09453489189183561802198688453565086342801
 * klq(2,3,1,0.5)          = 1.304999726174694322187760085776457223427
 * klq(1/3,2,1/7,5/2)      = 2.145101099653799278508973675991800559099
 * klq(5,0.5,1,4)          = 11.358310108056565570 (closed form 11.35831010805656557015134096853022085388;
 *                           the quad agrees to 19 digits on the heavy a = 1/2 tail)
 * </pre>
 */
class ParetoKlTest {

    private static void contains(String ref, Interval v, double relWidth) {
        assertNotNull(v, "no enclosure for " + ref);
        BigDecimal r = new BigDecimal(ref);
        assertTrue(new BigDecimal(v.lo()).compareTo(r) <= 0 && r.compareTo(new BigDecimal(v.hi())) <= 0,
                v + " does not contain " + ref);
        assertTrue(v.width() <= relWidth * Math.abs(r.doubleValue()), v + " wider than " + relWidth + " relative");
    }

    private static EnclosedFamilyLaw enclosed(BigFraction xm, BigFraction a) {
        BigFraction[] q = {xm, a};
        double[] near = {xm.doubleValue(), a.doubleValue()};
        Interval[] iv = {Interval.of(xm), Interval.of(a)};
        FamilyLaw nearest = LineFamily.PARETO.of(near).withExactParameters(q);
        return LineFamily.PARETO.enclosed(nearest, iv, "pareto", true);
    }

    @Test
    void certifiedClosedFormAtDoubleParameters() {
        contains("0.09453489189183561802198688453565086342802",
                ClosedFamilyKl.kl(LineFamily.PARETO.of(1, 2), LineFamily.PARETO.of(1, 3)), 1e-13);
        contains("1.304999726174694322187760085776457223427",
                ClosedFamilyKl.kl(LineFamily.PARETO.of(2, 3), LineFamily.PARETO.of(1, 0.5)), 1e-13);
        contains("11.35831010805656557015134096853022085388",
                ClosedFamilyKl.kl(LineFamily.PARETO.of(5, 0.5), LineFamily.PARETO.of(1, 4)), 1e-13);
    }

    @Test
    void floatClosedFormAgrees() {
        assertEquals(0.09453489189183561802, LineDivergences.kl(LineFamily.PARETO.of(1, 2), LineFamily.PARETO.of(1, 3))
                .value(), 1e-15);
        assertEquals(11.358310108056565570, LineDivergences.kl(LineFamily.PARETO.of(5, 0.5), LineFamily.PARETO.of(1, 4))
                .value(), 1e-13);
    }

    @Test
    void aSmallerFirstScaleIsInfinite() {
        // p = Pareto(1, 2) has mass 1 - 2^-2 on [1, 2), where q = Pareto(2, 3) has none
        Interval v = ClosedFamilyKl.kl(LineFamily.PARETO.of(1, 2), LineFamily.PARETO.of(2, 3));
        assertEquals(Interval.POSITIVE_INFINITY, v);
        assertEquals(Double.POSITIVE_INFINITY,
                LineDivergences.kl(LineFamily.PARETO.of(1, 2), LineFamily.PARETO.of(2, 3)).value());
        // one ulp apart: still infinite (p has mass on [x1, x2))
        assertEquals(Interval.POSITIVE_INFINITY,
                ClosedFamilyKl.kl(LineFamily.PARETO.of(1, 2), LineFamily.PARETO.of(Math.nextUp(1.0), 2)));
    }

    @Test
    void exactParametersThatAreNotDoubles() {
        BigFraction third = new BigFraction(1, 3);
        contains("2.145101099653799278508973675991800559099",
                ClosedFamilyKl.kl(enclosed(third, new BigFraction(2)), enclosed(new BigFraction(1, 7), new BigFraction(5, 2))),
                1e-12);
        // the same exact scale 1/3 on both sides: log(2/3) + 1/2 as for scale 1
        contains("0.09453489189183561802198688453565086342802",
                ClosedFamilyKl.kl(enclosed(third, new BigFraction(2)), enclosed(third, new BigFraction(3))), 1e-12);
    }

    @Test
    void scalesWhoseOrderTheEnclosuresDoNotDecideGiveNoValue() {
        // 1/3 against its nearest double d = 0.33333333333333331483...: 1/3 > d exactly, so the
        // truth is finite, log(2/3) + 3 log((1/3)/d) + 1/2 = 0.0945348918918357845554405783091365492 (mpmath),
        // but the enclosure of 1/3 touches d: no value (never +inf, never a wrong finite one)
        Interval v = ClosedFamilyKl.kl(enclosed(new BigFraction(1, 3), new BigFraction(2)),
                LineFamily.PARETO.of(1.0 / 3, 3));
        if (v != null) {
            contains("0.0945348918918357845554405783091365492", v, 1e-12);
        }
    }
}
