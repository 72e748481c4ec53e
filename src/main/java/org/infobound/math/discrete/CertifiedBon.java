package org.infobound.math.discrete;

import org.hipparchus.fraction.BigFraction;
import org.infobound.math.kernel.TieGroups;
import org.infobound.num.Interval;
import org.infobound.num.Rationals;

/** Exact and interval best-of-n pmfs (see CertifiedDiscrete#bonPmf). */
final class CertifiedBon {

    private CertifiedBon() {
    }

    /** Exact pmf, n <= CertifiedDiscrete.MAX_EXACT_N. */
    static BigFraction[] exact(BigFraction[] e, double[] keys, int n, Ties ties) {
        RewardOrder order = RewardOrder.of(keys, new double[keys.length]);
        BigFraction[] out = new BigFraction[e.length];
        BigFraction below = BigFraction.ZERO;
        BigFraction belowPow = BigFraction.ZERO;
        int[] starts = groupStarts(order, ties);
        for (int g = 0; g < starts.length; g++) {
            int from = starts[g];
            int to = g + 1 < starts.length ? starts[g + 1] : e.length;
            BigFraction mass = BigFraction.ZERO;
            for (int j = from; j < to; j++) {
                mass = mass.add(e[order.at(j)]);
            }
            BigFraction f = below.add(mass);
            BigFraction fPow = Rationals.pow(f, n);
            BigFraction w = fPow.subtract(belowPow);
            for (int j = from; j < to; j++) {
                int i = order.at(j);
                out[i] = mass.signum() == 0 ? BigFraction.ZERO : e[i].multiply(w).divide(mass);
            }
            below = f;
            belowPow = fPow;
        }
        return out;
    }

    /**
     * Interval pmf for any n: per group, with exact rational F, m and tail, the enclosure of
     * {@code exp(n log F) * (-expm1(n log1p(-m/F)))}, log F taken as {@code log1p(-tail)} above
     * F = 1/2.
     */
    static Interval[] interval(BigFraction[] e, double[] keys, long n, Ties ties) {
        RewardOrder order = RewardOrder.of(keys, new double[keys.length]);
        Interval[] out = new Interval[e.length];
        Interval nI = Interval.of((double) n);
        BigFraction below = BigFraction.ZERO;
        BigFraction half = new BigFraction(1, 2);
        int[] starts = groupStarts(order, ties);
        for (int g = 0; g < starts.length; g++) {
            int from = starts[g];
            int to = g + 1 < starts.length ? starts[g + 1] : e.length;
            BigFraction mass = BigFraction.ZERO;
            for (int j = from; j < to; j++) {
                mass = mass.add(e[order.at(j)]);
            }
            BigFraction f = below.add(mass);
            if (mass.signum() == 0) {
                for (int j = from; j < to; j++) {
                    out[order.at(j)] = Interval.ZERO;
                }
            } else {
                Interval logF = f.compareTo(half) <= 0 ? Interval.of(f).log()
                        : Interval.of(BigFraction.ONE.subtract(f)).neg().log1p();
                Interval ratio = Interval.of(mass.divide(f));
                Interval w = nI.mul(logF).exp()
                        .mul(nI.mul(ratio.neg().log1p()).expm1().neg())
                        .intersect(Interval.of(0, 1));
                for (int j = from; j < to; j++) {
                    int i = order.at(j);
                    out[i] = e[i].signum() == 0 ? Interval.ZERO
                            : w.mul(Interval.of(e[i].divide(mass))).intersect(Interval.of(0, 1));
                }
            }
            below = f;
        }
        return out;
    }

    /**
     * Start positions (in the sorted order) of the selection levels: runs of equal keys for
     * uniform ties, from the kernel {@code TieGroups.groupStarts} over the monotone long images
     * of the keys (its JML contract: maximal runs, in order; KeY closes its exceptional contract,
     * the normal one is still open, proofs/manifest.txt); every outcome on its own for index ties.
     */
    private static int[] groupStarts(RewardOrder order, Ties ties) {
        if (ties == Ties.UNIFORM) {
            return TieGroups.groupStarts(OrderKeys.keys(order.keys));
        }
        int[] starts = new int[order.keys.length];
        for (int j = 0; j < starts.length; j++) {
            starts[j] = j;
        }
        return starts;
    }
}
