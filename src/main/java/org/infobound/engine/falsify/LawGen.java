package org.infobound.engine.falsify;

import org.infobound.engine.eval.Input.LawInput;

/**
 * Atomless laws for {@code continuous}: a built-in family with random parameters (rounded to 3
 * decimals so reports are readable; the rounded double is the exact parameter). Edge cases are
 * the standard members: normal(0, 1), exponential(1), uniform(0, 1), ...
 */
final class LawGen {

    private static final String[] FAMILIES = {"normal", "exponential", "uniform", "beta", "gamma",
        "laplace", "logistic", "gumbel", "pareto"};

    private LawGen() {
    }

    static LawInput draw(Rng rng, boolean edge) {
        String f = FAMILIES[rng.nextInt(FAMILIES.length)];
        if (edge) {
            return standard(f);
        }
        switch (f) {
            case "normal":
            case "laplace":
            case "logistic":
            case "gumbel":
                return new LawInput(f, new double[] {r3(rng.uniform(-3, 3)), r3(rng.uniform(0.1, 3))});
            case "exponential":
                return new LawInput(f, new double[] {r3(rng.uniform(0.2, 5))});
            case "uniform":
                double a = r3(rng.uniform(-3, 3));
                return new LawInput(f, new double[] {a, a + r3(rng.uniform(0.1, 5))});
            case "beta":
                return new LawInput(f, new double[] {r3(rng.uniform(0.5, 5)), r3(rng.uniform(0.5, 5))});
            case "gamma":
                return new LawInput(f, new double[] {r3(rng.uniform(0.5, 5)), r3(rng.uniform(0.2, 3))});
            case "pareto":
                return new LawInput(f, new double[] {r3(rng.uniform(0.5, 3)), r3(rng.uniform(2.5, 6))});
            default:
                throw new AssertionError(f);
        }
    }

    static LawInput standard(String f) {
        switch (f) {
            case "exponential":
                return new LawInput(f, new double[] {1});
            case "uniform":
                return new LawInput(f, new double[] {0, 1});
            case "beta":
                return new LawInput(f, new double[] {2, 2});
            case "gamma":
                return new LawInput(f, new double[] {2, 1});
            case "pareto":
                return new LawInput(f, new double[] {1, 3});
            default:
                return new LawInput(f, new double[] {0, 1});
        }
    }

    private static double r3(double x) {
        return Math.rint(x * 1000) / 1000;
    }
}
