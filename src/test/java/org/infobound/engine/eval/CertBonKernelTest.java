package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hipparchus.fraction.BigFraction;
import org.infobound.math.discrete.Ties;
import org.infobound.math.kernel.BonWeights;
import org.junit.jupiter.api.Test;

/**
 * The certified best-of-n takes its exact level masses from the verified kernel BonWeights
 * (and its levels from TieGroups): the values below are F^n - F_-^n worked out by hand, and a
 * stub kernel returning wrong weights makes the certified value wrong in exactly the way the
 * stub dictates (so the kernel, not a second route, decides it). The same class serves the
 * falsifier's certified confirmation (engine.run.ClaimProperty evaluates in Mode.CERTIFIED).
 */
class CertBonKernelTest {

    private static BigFraction q(long a, long b) {
        return new BigFraction(a, b);
    }

    private static BigFraction[] exactProbs(CertLaw l) {
        BigFraction[] out = new BigFraction[l.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = l.exactProb(i);
        }
        return out;
    }

    @Test
    void exactMassesComeFromTheKernel() {
        // p = 1/4, 1/2, 1/4 on rewards 0 < 1 < 2, n = 2: F = 1/4, 3/4, 1;
        // masses 1/16, 9/16 - 1/16 = 1/2, 1 - 9/16 = 7/16
        CertLaw p = CertLaw.exact(new BigFraction[] {q(1, 4), q(1, 2), q(1, 4)}, new double[] {0, 1, 2});
        BigFraction[] got = exactProbs(CertBon.bon(p, 2, new double[] {0, 1, 2}, Ties.UNIFORM));
        assertEquals(q(1, 16), got[0]);
        assertEquals(q(1, 2), got[1]);
        assertEquals(q(7, 16), got[2]);
    }

    @Test
    void uniformTiesShareALevelAndNegativeZeroEqualsZero() {
        // rewards -1, -0.0, 0.0, 2 with p = 1/4 each: levels {-1}, {-0.0, 0.0}, {2}, F = 1/4, 3/4, 1;
        // n = 2: level masses 1/16, 8/16, 7/16; the tied level splits 8/16 in proportion 1:1
        CertLaw p = CertLaw.exact(new BigFraction[] {q(1, 4), q(1, 4), q(1, 4), q(1, 4)},
                new double[] {-1, -0.0, 0.0, 2});
        BigFraction[] got = exactProbs(CertBon.bon(p, 2, new double[] {-1, -0.0, 0.0, 2}, Ties.UNIFORM));
        assertEquals(q(1, 16), got[0]);
        assertEquals(q(1, 4), got[1]);
        assertEquals(q(1, 4), got[2]);
        assertEquals(q(7, 16), got[3]);
    }

    @Test
    void aWrongKernelMakesTheCertifiedValueWrong() {
        CertBon.WeightsKernel real = CertBon.weightsKernel;
        try {
            // the stub swaps the weights of the first two levels: 8, 1, 7 out of 16
            CertBon.weightsKernel = (cum, n) -> {
                long[] w = BonWeights.levelWeights(cum, n);
                return new long[] {w[1], w[0], w[2]};
            };
            CertLaw p = CertLaw.exact(new BigFraction[] {q(1, 4), q(1, 2), q(1, 4)}, new double[] {0, 1, 2});
            BigFraction[] got = exactProbs(CertBon.bon(p, 2, new double[] {0, 1, 2}, Ties.UNIFORM));
            assertEquals(q(1, 2), got[0]);
            assertEquals(q(1, 16), got[1]);
        } finally {
            CertBon.weightsKernel = real;
        }
    }

    @Test
    void aPowerThatDoesNotFitKeepsTheRationalRoute() {
        // p = 1/2, 1/2, n = 70: 2^70 does not fit in a long; masses 2^-70 and 1 - 2^-70 exactly
        CertBon.WeightsKernel real = CertBon.weightsKernel;
        try {
            CertBon.weightsKernel = (cum, n) -> {
                throw new AssertionError("the kernel must not be asked when D^n does not fit");
            };
            CertLaw p = CertLaw.exact(new BigFraction[] {q(1, 2), q(1, 2)}, new double[] {0, 1});
            BigFraction[] got = exactProbs(CertBon.bon(p, 70, new double[] {0, 1}, Ties.UNIFORM));
            BigFraction tiny = new BigFraction(java.math.BigInteger.ONE, java.math.BigInteger.TWO.pow(70));
            assertEquals(tiny, got[0]);
            assertEquals(BigFraction.ONE.subtract(tiny), got[1]);
        } finally {
            CertBon.weightsKernel = real;
        }
    }

    @Test
    void weightsThatDoNotSumToDnAreRefusedByTheVerifiedTotal() {
        // p = 1/4, 1/2, 1/4, n = 2: the exact masses are 1/16, 1/2, 7/16 (F^2 - F_-^2 by hand).
        // A stub that adds 1 to the last weight (1, 8, 8: sum 17 != 16 = D^n) must not be used:
        // BonWeights.total(w) != D^n sends the value to the rational route, which gives the
        // exact masses again (without the check the last mass would be 8/16).
        CertBon.WeightsKernel real = CertBon.weightsKernel;
        try {
            CertBon.weightsKernel = (cum, n) -> {
                long[] w = BonWeights.levelWeights(cum, n);
                w[w.length - 1]++;
                return w;
            };
            CertLaw p = CertLaw.exact(new BigFraction[] {q(1, 4), q(1, 2), q(1, 4)}, new double[] {0, 1, 2});
            BigFraction[] got = exactProbs(CertBon.bon(p, 2, new double[] {0, 1, 2}, Ties.UNIFORM));
            assertEquals(q(1, 16), got[0]);
            assertEquals(q(1, 2), got[1]);
            assertEquals(q(7, 16), got[2]);
        } finally {
            CertBon.weightsKernel = real;
        }
    }
}
