package org.infobound.math.discrete;

import org.hipparchus.fraction.BigFraction;

/** Merging of outcomes with equal rewards (the reward law, M-Def4). */
final class RewardLaws {

    private RewardLaws() {
    }

    static DiscreteLaw merge(DiscreteLaw law) {
        RewardOrder order = RewardOrder.of(law.r(), law.p());
        double[] keys = order.keys;
        int k = keys.length;
        int groups = 0;
        for (int j = 0; j < k; j++) {
            if (j == 0 || keys[j] != keys[j - 1]) {
                groups++;
            }
        }
        double[] gp = new double[groups];
        double[] gr = new double[groups];
        BigFraction[] ge = law.isExact() ? new BigFraction[groups] : null;
        int g = -1;
        for (int j = 0; j < k; j++) {
            if (j == 0 || keys[j] != keys[j - 1]) {
                g++;
                gr[g] = keys[j];
                if (ge != null) {
                    ge[g] = BigFraction.ZERO;
                }
            }
            gp[g] += order.probs[j];
            if (ge != null) {
                ge[g] = ge[g].add(law.exact()[order.at(j)]);
            }
        }
        if (ge != null) {
            for (int h = 0; h < groups; h++) {
                gp[h] = org.infobound.num.Rationals.toDouble(ge[h]);
            }
        }
        return DiscreteLaw.of(gp, gr, ge);
    }
}
