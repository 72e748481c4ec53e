package org.infobound.engine.falsify;

/**
 * Rewards of the shared alphabet. Free rewards: ranks 0..k-1, all tied, ties among few levels,
 * {0, 1} (edge cases, and 15% of random draws), and random values at scales from 1e-3 to 1e3 (spec/LANGUAGE.md sections 6-7: a claim
 * must hold for every reward assignment). Constrained rewards respect the {@link RewardSpec}.
 */
final class RewardGen {

    private RewardGen() {
    }

    /**
     * Rewards for k outcomes that satisfy the spec exactly, or null when none was found (the
     * caller reports it; no fallback leaves the constraint).
     */
    static double[] draw(int k, RewardSpec spec, Rng rng, boolean edge) {
        for (int attempt = 0; attempt < 50; attempt++) {
            double[] r = raw(k, spec, rng, edge && attempt < 25);
            if (spec.admits(r)) {
                return r;
            }
        }
        double[] r = spread(k, spec);
        return r != null && spec.admits(r) ? r : null;
    }

    /** A deterministic admissible choice: ranks, evenly spread interval points, set values in order. */
    private static double[] spread(int k, RewardSpec spec) {
        switch (spec.kind()) {
            case SET: {
                java.util.List<Double> vs = spec.searchedValues();
                if (spec.distinctRewards() && k > vs.size()) {
                    return null;
                }
                double[] r = new double[k];
                for (int i = 0; i < k; i++) {
                    r[i] = vs.get(i % vs.size());
                }
                return r;
            }
            case INTERVAL: {
                double[] r = new double[k];
                for (int i = 0; i < k; i++) {
                    r[i] = k == 1 ? spec.doubleLo() : spec.doubleLo() + (spec.doubleHi() - spec.doubleLo()) * i / (k - 1);
                }
                return r;
            }
            default:
                return ranks(k);
        }
    }

    private static double[] raw(int k, RewardSpec spec, Rng rng, boolean edge) {
        double[] r = new double[k];
        switch (spec.kind()) {
            case SET: {
                java.util.List<Double> vs = spec.searchedValues();
                if (spec.distinctRewards() && k <= vs.size()) {
                    // k distinct values: a partial shuffle of the set's searched values
                    java.util.List<Double> pool = new java.util.ArrayList<>(vs);
                    for (int i = 0; i < k; i++) {
                        java.util.Collections.swap(pool, i, i + rng.nextInt(pool.size() - i));
                        r[i] = pool.get(i);
                    }
                    return r;
                }
                for (int i = 0; i < k; i++) {
                    r[i] = rng.pick(vs);
                }
                return r;
            }
            case INTERVAL:
                for (int i = 0; i < k; i++) {
                    r[i] = edge ? (rng.chance(0.5) ? spec.doubleLo() : spec.doubleHi())
                            : Math.min(spec.doubleHi(), Math.max(spec.doubleLo(),
                                    rng.uniform(spec.doubleLo(), spec.doubleHi())));
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
