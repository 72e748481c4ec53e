package org.infobound.engine.falsify;

/**
 * Rewards of the shared alphabet. Free rewards: ranks 0..k-1, all tied, ties among few levels,
 * {0, 1} (edge cases, and 15% of random draws), and random values at scales from 1e-3 to 1e3 (claims-language.md section 4: a claim
 * must hold for every reward assignment). Constrained rewards respect the {@link RewardSpec}.
 */
final class RewardGen {

    private RewardGen() {
    }

    static double[] draw(int k, RewardSpec spec, Rng rng, boolean edge) {
        for (int attempt = 0; attempt < 50; attempt++) {
            double[] r = raw(k, spec, rng, edge);
            if (spec.admits(r)) {
                return r;
            }
        }
        return ranks(k);
    }

    private static double[] raw(int k, RewardSpec spec, Rng rng, boolean edge) {
        double[] r = new double[k];
        switch (spec.kind()) {
            case SET:
                for (int i = 0; i < k; i++) {
                    r[i] = rng.pick(spec.values());
                }
                return r;
            case INTERVAL:
                for (int i = 0; i < k; i++) {
                    r[i] = edge ? (rng.chance(0.5) ? spec.lo() : spec.hi()) : rng.uniform(spec.lo(), spec.hi());
                }
                return r;
            case DISTINCT:
                return edge ? ranks(k) : scaled(k, rng, false);
            case FREE:
                // tie structures (all tied, few levels, {0, 1}) also in the random phase, where
                // they meet random masses: several bounds fail only with ties and spread masses
                return edge || rng.chance(0.15) ? freeEdge(k, rng) : scaled(k, rng, rng.chance(0.3));
            default:
                throw new AssertionError(spec.kind());
        }
    }

    static double[] ranks(int k) {
        double[] r = new double[k];
        for (int i = 0; i < k; i++) {
            r[i] = i;
        }
        return r;
    }

    private static double[] freeEdge(int k, Rng rng) {
        double[] r = new double[k];
        switch (rng.nextInt(4)) {
            case 0:
                return ranks(k);
            case 1:
                return r;
            case 2:
                int levels = Math.max(1, k / 2);
                for (int i = 0; i < k; i++) {
                    r[i] = rng.nextInt(levels);
                }
                return r;
            default:
                for (int i = 0; i < k; i++) {
                    r[i] = rng.nextInt(2);
                }
                return r;
        }
    }

    private static double[] scaled(int k, Rng rng, boolean ties) {
        double scale = Math.pow(10, rng.uniform(-3, 3));
        double[] r = new double[k];
        for (int i = 0; i < k; i++) {
            r[i] = ties && i > 0 && rng.chance(0.4) ? r[rng.nextInt(i)] : scale * rng.gaussian();
        }
        return r;
    }
}
