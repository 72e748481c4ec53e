package org.infobound.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.verdict.Verdict;
import org.infobound.engine.verdict.VerdictKind;
import org.infobound.math.line.CertifiedLineLaws;
import org.infobound.math.line.LineFamily;
import org.infobound.num.Interval;
import org.junit.jupiter.api.Test;

/**
 * {@code 1 - cdf(p, x)} on the certified route is the certified upper tail (issue 14, item 5):
 * {@code 1 - [F]} with F within 1e-16 of 1 lost every digit. References by mpmath, mp.dps = 30:
 * {@code ncdf(-10) = 7.6198530241605260659733432516e-24}, {@code exp(-60) = 8.75651076269652033848873280074e-27},
 * {@code 1 - ncdf(mpf(1)/3) = 0.36944134018176363827279228207}.
 */
class UpperTailTest {

    private static Verdict decide(String claim) {
        return RunTestSupport.decide(claim, RunTestSupport.settings(20240607L, 200)).verdict();
    }

    private static void contains(String ref, Interval v, double relWidth) {
        assertNotNull(v, "no enclosure for " + ref);
        BigDecimal r = new BigDecimal(ref);
        assertTrue(new BigDecimal(v.lo()).compareTo(r) <= 0 && r.compareTo(new BigDecimal(v.hi())) <= 0,
                v + " does not contain " + ref);
        assertTrue(v.width() <= relWidth * Math.abs(r.doubleValue()), v + " wider than " + relWidth + " relative");
    }

    @Test
    void survivalEnclosuresContainTheTails() {
        contains("7.6198530241605260659733432516e-24", CertifiedLineLaws.survival(LineFamily.NORMAL.of(0, 1), Interval.of(10)),
                1e-12);
        contains("8.75651076269652033848873280074e-27",
                CertifiedLineLaws.survival(LineFamily.EXPONENTIAL.of(1), Interval.of(60)), 1e-12);
        contains("0.36944134018176363827279228207",
                CertifiedLineLaws.survival(LineFamily.NORMAL.of(0, 1), Interval.of(new BigFraction(1, 3))), 1e-12);
    }

    @Test
    void aFarTailClaimIsDecided() {
        // false: the tail is 7.61985e-24 < 7.62e-24 (was SURVIVED)
        assertEquals(VerdictKind.FALSIFIED, decide("claim c : 1 - cdf(normal(0, 1), 10) >= 7.62 * 10^-24").kind());
        assertEquals(VerdictKind.FALSIFIED, decide("claim c : 1 - cdf(exponential(1), 60) >= 8.7566 * 10^-27").kind());
        // true, 1.5e-28 from the bound: never FALSIFIED
        Verdict t = decide("claim c : 1 - cdf(normal(0, 1), 10) >= 7.6198 * 10^-24");
        assertNotEquals(VerdictKind.FALSIFIED, t.kind(), t.toString());
        Verdict u = decide("claim c : 1 - cdf(normal(0, 1), 10) <= 7.6199 * 10^-24");
        assertNotEquals(VerdictKind.FALSIFIED, u.kind(), u.toString());
    }
}
