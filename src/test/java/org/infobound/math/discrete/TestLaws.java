package org.infobound.math.discrete;

import java.util.SplittableRandom;

/** Seeded random laws for property tests (Dirichlet-like weights, optional reward ties, zeros). */
public final class TestLaws {

    private TestLaws() {
    }

    public static DiscreteLaw random(SplittableRandom rng, int k, boolean ties) {
        double[] w = new double[k];
        double[] r = new double[k];
        double s = 0;
        for (int i = 0; i < k; i++) {
            w[i] = rng.nextInt(6) == 0 ? 0.0 : -Math.log(rng.nextDouble());
            r[i] = ties ? rng.nextInt(Math.max(2, k / 2)) : rng.nextDouble();
            s += w[i];
        }
        if (s == 0) {
            w[0] = 1;
            s = 1;
        }
        for (int i = 0; i < k; i++) {
            w[i] /= s;
        }
        double rest = 1.0;
        for (int i = 0; i < k; i++) {
            rest -= w[i];
        }
        int top = 0;
        for (int i = 0; i < k; i++) {
            if (w[i] > w[top]) {
                top = i;
            }
        }
        w[top] += rest;
        return DiscreteLaw.categorical(w, r);
    }

    static DiscreteLaw withRewards(DiscreteLaw p, double[] r) {
        return DiscreteLaw.categorical(p.probabilities(), r);
    }
}
