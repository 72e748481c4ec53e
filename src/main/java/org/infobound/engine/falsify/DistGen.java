package org.infobound.engine.falsify;

import org.infobound.engine.eval.Input.DistInput;

/**
 * Probability vectors on k outcomes. Edge cases: one-hot, uniform, simple rationals (counts in
 * 0..4, so masses like 1/2, 1/3, 1/4, with zeros), near-uniform, a tiny mass (1e-12 or 1e-300).
 * Random: Dirichlet with concentration 0.1, 0.5, 1, 5 or 50, sometimes with zeros.
 */
final class DistGen {

    private static final double[] CONCENTRATIONS = {0.1, 0.5, 1, 5, 50};

    private DistGen() {
    }

    static DistInput draw(int k, Rng rng, boolean edge) {
        if (edge) {
            switch (rng.nextInt(6)) {
                case 0:
                    return Simplex.oneHot(k, rng.nextInt(k));
                case 1:
                    return Simplex.uniform(k);
                case 2:
                    return simpleRational(k, rng);
                case 3:
                    return nearUniform(k, rng);
                case 4:
                    return Simplex.withTinyMass(dirichlet(k, 1, rng), rng.nextInt(k), rng.chance(0.5) ? 1e-12 : 1e-300);
                default:
                    return Simplex.uniform(k);
            }
        }
        DistInput d = dirichlet(k, CONCENTRATIONS[rng.nextInt(CONCENTRATIONS.length)], rng);
        if (k > 1 && rng.chance(0.2)) {
            double[] w = d.approx();
            w[rng.nextInt(k)] = 0;
            if (sum(w) > 0) {
                return Simplex.fromWeights(w);
            }
        }
        return d;
    }

    static DistInput simpleRational(int k, Rng rng) {
        int[] c = new int[k];
        int total = 0;
        for (int i = 0; i < k; i++) {
            c[i] = rng.nextInt(5);
            total += c[i];
        }
        if (total == 0) {
            c[rng.nextInt(k)] = 1;
        }
        return Simplex.fromCounts(c);
    }

    static DistInput nearUniform(int k, Rng rng) {
        double[] w = new double[k];
        for (int i = 0; i < k; i++) {
            w[i] = 1 + 1e-6 * rng.uniform(-1, 1);
        }
        return Simplex.fromWeights(w);
    }

    static DistInput dirichlet(int k, double alpha, Rng rng) {
        double[] w = new double[k];
        for (int attempt = 0; attempt < 10; attempt++) {
            for (int i = 0; i < k; i++) {
                w[i] = rng.gamma(alpha);
            }
            double s = sum(w);
            if (s > 0 && Double.isFinite(s)) {
                return Simplex.fromWeights(w);
            }
        }
        return Simplex.uniform(k);
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }
}
