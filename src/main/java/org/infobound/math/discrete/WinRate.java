package org.infobound.math.discrete;

import java.util.Arrays;

/**
 * Win rate of r ~ p against an independent r' ~ q (only rewards matter; the two laws may have
 * different alphabets): {@code P(r > r') + c P(r = r')} with c = 1/2, 0, 1 for
 * {@link WinRateTies#HALF}, {@link WinRateTies#STRICT}, {@link WinRateTies#WEAK}.
 * Catalogue B-T5.3, F8; binary uniform, n = 2: 0.625, 0.375, 0.875 (WinRateTest).
 */
public final class WinRate {

    private WinRate() {
    }

    /**
     * The win rate of p against q under the given tie convention, in [0, 1].
     *
     * Requires: p != null && q != null && ties != null.
     * Ensures: 0 <= result && result <= 1.
     * Throws IllegalArgumentException when p == null || q == null || ties == null.
     */
    public static double winrate(DiscreteLaw p, DiscreteLaw q, WinRateTies ties) {
        Checks.nonNull(p, "p");
        Checks.nonNull(q, "q");
        Checks.nonNull(ties, "ties");
        DiscreteLaw levels = q.rewardLaw();
        double[] qr = levels.r();
        double[] qp = levels.p();
        double[] below = new double[qp.length + 1];
        for (int j = 0; j < qp.length; j++) {
            below[j + 1] = below[j] + qp[j];
        }
        double c = ties == WinRateTies.HALF ? 0.5 : ties == WinRateTies.WEAK ? 1.0 : 0.0;
        double[] pp = p.p();
        double[] pr = p.r();
        double[] t = new double[pp.length];
        for (int i = 0; i < pp.length; i++) {
            if (pp[i] == 0) {
                continue;
            }
            int j = Arrays.binarySearch(qr, pr[i]);
            double wins = j >= 0 ? below[j] + c * qp[j] : below[-j - 1];
            t[i] = pp[i] * wins;
        }
        return Math.max(0.0, Math.min(1.0, Checks.sum(t)));
    }
}
