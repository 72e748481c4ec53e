package org.infobound.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.math.discrete.DiscreteLaw;
import org.infobound.math.discrete.Mixture;
import org.infobound.math.discrete.Ties;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.math.line.LineFamily;
import org.infobound.math.line.LineLaw;
import org.infobound.math.line.MaxLaw;
import org.junit.jupiter.api.Test;

/**
 * The cross-check accepts correct exact laws (closed forms worked by hand) and flags wrong ones
 * served by deliberately broken exact routes.
 */
class CrossCheckBackendTest {

    private static final DiscreteLaw P = DiscreteLaw.categorical(new double[] {0.2, 0.5, 0.3}, new double[] {1, 2, 3});
    private static final DiscreteLaw P_TIED = DiscreteLaw.categorical(new double[] {0.2, 0.5, 0.3},
            new double[] {1, 2, 2});
    /** p = (0.2, 0.5, 0.3), n = 4, rewards 1, 2, 3 (or 1, 2, 2 with the index rule): (0.2^4, 0.7^4 - 0.2^4, 1 - 0.7^4). */
    private static final double[] BON4 = {0.0016, 0.2385, 0.7599};
    /** Rewards 1, 2, 2 with uniform ties: the top level (1 - 0.2^4 = 0.9984) split 5 : 3. */
    private static final double[] BON4_UNIFORM = {0.0016, 0.9984 * 5 / 8, 0.9984 * 3 / 8};

    /** An exact route whose best-of-n answers {@code pmf} for the given tie rule, else the real law. */
    private static FloatBackend bonAnswers(double[] pmf, Ties when) {
        return new FloatBackend() {
            @Override
            public DiscreteLaw bon(DiscreteLaw p, long n, Ties ties) {
                return ties == when ? DiscreteLaw.categorical(pmf, p.rewards()) : super.bon(p, n, ties);
            }
        };
    }

    private static CrossTally bon(FloatBackend exact, DiscreteLaw p, long n, Ties ties, long seed) {
        CrossTally t = new CrossTally(Long.MAX_VALUE);
        new CrossCheckBackend(exact, seed, t).bon(p, n, ties);
        return t;
    }

    @Test
    void theWorkedBestOfNPmfIsAccepted() {
        for (long seed = 1; seed <= 3; seed++) {
            CrossTally t = bon(bonAnswers(BON4, Ties.UNIFORM), P, 4, Ties.UNIFORM, seed);
            assertEquals(3, t.comparisons());
            assertEquals(List.of(), t.disagreements());
            assertTrue(t.worst() <= 1, "worst " + t.worst());
        }
    }

    @Test
    void theReferenceLawServedAsBestOfNIsFlagged() {
        CrossTally t = bon(bonAnswers(new double[] {0.2, 0.5, 0.3}, Ties.UNIFORM), P, 4, Ties.UNIFORM, 1);
        assertFalse(t.disagreements().isEmpty());
        assertTrue(t.worst() > 1);
        Disagreement d = t.disagreements().get(0);
        assertTrue(d.law().startsWith("bon(n = 4, ties = uniform)"), d.law());
        assertEquals(CrossCheckBackend.M_TARGET, d.samples());
        assertTrue(d.exact() < d.lo() || d.exact() > d.hi(), d.describe());
        assertTrue(d.test().startsWith("Clopper-Pearson"), d.test());
    }

    @Test
    void tiesBrokenWronglyAreFlagged() {
        assertEquals(List.of(), bon(bonAnswers(BON4, Ties.INDEX), P_TIED, 4, Ties.INDEX, 2).disagreements());
        assertEquals(List.of(), bon(bonAnswers(BON4_UNIFORM, Ties.UNIFORM), P_TIED, 4, Ties.UNIFORM, 2).disagreements());
        assertFalse(bon(bonAnswers(BON4_UNIFORM, Ties.INDEX), P_TIED, 4, Ties.INDEX, 2).disagreements().isEmpty());
        assertFalse(bon(bonAnswers(BON4, Ties.UNIFORM), P_TIED, 4, Ties.UNIFORM, 2).disagreements().isEmpty());
    }

    @Test
    void theRealFloatRouteAgreesWithItsSimulation() {
        CrossTally t = new CrossTally(Long.MAX_VALUE);
        CrossCheckBackend b = new CrossCheckBackend(new FloatBackend(), 5, t);
        DiscreteLaw skewed = DiscreteLaw.categorical(new double[] {0.001, 0.009, 0.09, 0.4, 0.5},
                new double[] {0, 1, 1, 2, -1});
        for (long n : new long[] {1, 2, 7, 50, 300}) {
            for (Ties ties : Ties.values()) {
                b.bon(P_TIED, n, ties);
                b.bon(skewed, n, ties);
                b.bonBy(skewed, n, new double[] {3, 0, 3, 1, 2}, ties);
            }
        }
        assertEquals(0, t.notCheckedCount());
        assertEquals(5 * 2 * (3 + 5 + 5), t.comparisons());
        assertEquals(List.of(), t.disagreements());
    }

    @Test
    void aLawBuiltTwiceAtAnInstanceIsSimulatedOnce() {
        CrossTally t = new CrossTally(Long.MAX_VALUE);
        CrossCheckBackend b = new CrossCheckBackend(new FloatBackend(), 5, t);
        b.bon(P, 3, Ties.UNIFORM);
        b.bon(P, 3, Ties.UNIFORM);
        assertEquals(3, t.comparisons());
    }

    @Test
    void aMixtureWithItsWeightOnTheWrongSideIsFlagged() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.9, 0.1}, new double[] {0, 1});
        DiscreteLaw q = DiscreteLaw.categorical(new double[] {0.1, 0.9}, new double[] {0, 1});
        CrossTally ok = new CrossTally(Long.MAX_VALUE);
        DiscreteLaw m = new CrossCheckBackend(new FloatBackend(), 3, ok).mix(p, q, 0.25);
        // (1 - w) p + w q = 0.75 (0.9, 0.1) + 0.25 (0.1, 0.9) = (0.7, 0.3)
        assertEquals(0.7, m.probability(0), 1e-15);
        assertEquals(2, ok.comparisons());
        assertEquals(List.of(), ok.disagreements());
        CrossTally bad = new CrossTally(Long.MAX_VALUE);
        new CrossCheckBackend(new FloatBackend() {
            @Override
            public DiscreteLaw mix(DiscreteLaw a, DiscreteLaw b, Double w) {
                return Mixture.mix(a, b, 1 - w);
            }
        }, 3, bad).mix(p, q, 0.25);
        assertFalse(bad.disagreements().isEmpty());
    }

    @Test
    void aKernelImageIsCheckedByDrawingTheRow() {
        Input.KernelInput k = new Input.KernelInput(List.of(dist("1/2", "1/2"), dist("1/4", "3/4"), dist("1", "0")));
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, new double[] {0, 1, 2});
        CrossTally ok = new CrossTally(Long.MAX_VALUE);
        DiscreteLaw image = new CrossCheckBackend(new FloatBackend(), 4, ok).apply(k, p);
        // pK = ((1/2 + 1/4 + 1) / 3, (1/2 + 3/4) / 3) = (7/12, 5/12)
        assertEquals(7.0 / 12, image.probability(0), 1e-15);
        assertEquals(List.of(), ok.disagreements());
        assertEquals(2, ok.comparisons());
        CrossTally bad = new CrossTally(Long.MAX_VALUE);
        new CrossCheckBackend(new FloatBackend() {
            @Override
            public DiscreteLaw apply(Input.KernelInput kernel, DiscreteLaw law) {
                return DiscreteLaw.categorical(new double[] {5.0 / 12, 7.0 / 12}, new double[] {0, 1});
            }
        }, 4, bad).apply(k, p);
        assertFalse(bad.disagreements().isEmpty());
    }

    @Test
    void aWinRateOfTheWrongSideIsFlagged() {
        DiscreteLaw p = DiscreteLaw.categorical(new double[] {0.2, 0.8}, new double[] {0, 1});
        DiscreteLaw q = DiscreteLaw.categorical(new double[] {0.5, 0.5}, new double[] {0, 1});
        CrossTally ok = new CrossTally(Long.MAX_VALUE);
        // P(r > r') + P(r = r') / 2 = 0.8 * 0.5 + (0.2 * 0.5 + 0.8 * 0.5) / 2 = 0.65
        assertEquals(0.65, new CrossCheckBackend(new FloatBackend(), 6, ok).winrate(p, q, WinRateTies.HALF), 1e-15);
        assertEquals(1, ok.comparisons());
        assertEquals(List.of(), ok.disagreements());
        CrossTally bad = new CrossTally(Long.MAX_VALUE);
        new CrossCheckBackend(new FloatBackend() {
            @Override
            public Double winrate(DiscreteLaw a, DiscreteLaw b, WinRateTies ties) {
                return 1 - super.winrate(a, b, ties);
            }
        }, 6, bad).winrate(p, q, WinRateTies.HALF);
        assertEquals(1, bad.disagreements().size());
        assertTrue(bad.disagreements().get(0).test().startsWith("Hoeffding"));
    }

    @Test
    void theMaxOfNormalsHasCdfPhiToTheN() {
        LineLaw normal = LineFamily.NORMAL.of(0, 1);
        CrossTally ok = new CrossTally(Long.MAX_VALUE);
        LineLaw max = new CrossCheckBackend(new FloatBackend(), 7, ok).lineOp("bon", normal, null, 5);
        // Phi(0)^5 = 1/32
        assertEquals(1.0 / 32, max.cdf(0), 1e-15);
        assertEquals(1, ok.comparisons());
        assertEquals(List.of(), ok.disagreements());
        CrossTally bad = new CrossTally(Long.MAX_VALUE);
        new CrossCheckBackend(new FloatBackend() {
            @Override
            public LineLaw lineOp(String name, LineLaw p, Object second, double x) {
                return new MaxLaw(p, x - 1);
            }
        }, 7, bad).lineOp("bon", normal, null, 5);
        assertEquals(1, bad.disagreements().size());
        assertTrue(bad.disagreements().get(0).test().startsWith("DKW"));
    }

    /**
     * Mixtures on the line and best-of-n of derived laws on the line are simulated literally (a
     * coin, then the component; the max of n draws) and compared with DKW. Closed forms: the cdf
     * of 3/4 N(0,1) + 1/4 N(3,1) at 0 is 3/4 * 1/2 + 1/4 Phi(-3) = 0.375337497475..., of the max
     * of 2 draws of it that value squared. A mixture whose weight is swapped (w -> 1 - w)
     * differs by 1/2 (Phi(x) - Phi(x - 3)), up to 0.43, and is flagged.
     */
    @Test
    void mixturesAndBestOfNOfDerivedLawsOnTheLineAreSimulated() {
        LineLaw a = LineFamily.NORMAL.of(0, 1);
        LineLaw b = LineFamily.NORMAL.of(3, 1);
        CrossTally ok = new CrossTally(Long.MAX_VALUE);
        CrossCheckBackend cb = new CrossCheckBackend(new FloatBackend(), 11, ok);
        LineLaw mix = cb.lineOp("mix", a, b, 0.25);
        assertEquals(0.375 + 0.25 * 0.0013498980316300945, mix.cdf(0), 1e-12);
        LineLaw max = cb.lineOp("bon", mix, null, 2);
        double f0 = 0.375 + 0.25 * 0.0013498980316300945;
        assertEquals(f0 * f0, max.cdf(0), 1e-12);
        cb.lineOp("bon", max, null, 3);
        assertEquals(3, ok.comparisons());
        assertEquals(List.of(), ok.disagreements());
        assertEquals(0, ok.notCheckedCount());
        CrossTally bad = new CrossTally(Long.MAX_VALUE);
        new CrossCheckBackend(new FloatBackend() {
            @Override
            public LineLaw lineOp(String name, LineLaw p, Object second, double x) {
                return super.lineOp(name, p, second, 1 - x);
            }
        }, 12, bad).lineOp("mix", a, b, 0.25);
        assertEquals(1, bad.disagreements().size());
        assertTrue(bad.disagreements().get(0).test().startsWith("DKW"));
        // a tilt on the line and best-of-n of it have no literal sampler: not checked
        CrossTally t = new CrossTally(Long.MAX_VALUE);
        CrossCheckBackend tb = new CrossCheckBackend(new FloatBackend(), 13, t);
        LineLaw tilt = tb.lineOp("tilt", LineFamily.LOGISTIC.of(0, 1), null, 4);
        tb.lineOp("bon", tilt, null, 2);
        assertEquals(2, t.notCheckedCount());
    }

    @Test
    void tiltRewardlawAndHugeNAreCountedAsNotChecked() {
        CrossTally t = new CrossTally(Long.MAX_VALUE);
        CrossCheckBackend b = new CrossCheckBackend(new FloatBackend(), 8, t);
        b.tilt(P, 1.0);
        b.rewardLaw(P_TIED);
        b.bon(P, 1_000_000_000L, Ties.UNIFORM);
        b.lineOp("tilt", LineFamily.NORMAL.of(0, 1), null, 1);
        assertEquals(4, t.notCheckedCount());
        assertEquals(0, t.comparisons());
    }

    @Test
    void aSpentBudgetLeavesLawsUnchecked() {
        CrossTally t = new CrossTally(10);
        new CrossCheckBackend(new FloatBackend(), 9, t).bon(P, 4, Ties.UNIFORM);
        assertEquals(1, t.notCheckedCount());
        assertEquals(0, t.comparisons());
    }

    private static Input.DistInput dist(String... probs) {
        return new Input.DistInput(java.util.Arrays.stream(probs).map(s -> {
            String[] f = s.split("/");
            return f.length == 1 ? new BigFraction(Integer.parseInt(f[0]))
                    : new BigFraction(Integer.parseInt(f[0]), Integer.parseInt(f[1]));
        }).toList());
    }
}
