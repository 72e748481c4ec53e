package org.infobound.math.discrete;

import org.hipparchus.fraction.BigFraction;

/** Merging of outcomes with equal rewards (the reward law, M-Def4). */
final class RewardLaws {

    private RewardLaws() {
    }

    static DiscreteLaw merge(DiscreteLaw law) {
        double[] r = law.r();
        double[] p = law.p();
        RewardOrder order = RewardOrder.of(r);
        int groups = order.groupCount();
        double[] gp = new double[groups];
        double[] gr = new double[groups];
        BigFraction[] ge = law.isExact() ? new BigFraction[groups] : null;
        for (int g = 0; g < groups; g++) {
            int from = order.groupStart(g);
            int to = order.groupStart(g + 1);
            gr[g] = r[order.at(from)];
            double s = 0.0;
            BigFraction e = BigFraction.ZERO;
            for (int j = from; j < to; j++) {
                int i = order.at(j);
                s += p[i];
                if (ge != null) {
                    e = e.add(law.exact()[i]);
                }
            }
            gp[g] = ge != null ? e.doubleValue() : s;
            if (ge != null) {
                ge[g] = e;
            }
        }
        return DiscreteLaw.of(gp, gr, ge);
    }
}
