package org.infobound.math.line;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mean, variance, entropy, cdf and quantile of the nine line families at extreme parameters
 * against closed forms evaluated in mpmath (dps 150; issue 17). The expected values are mpmath's,
 * e.g. var(logistic(0, 2)) = 4 pi^2 / 3 = 13.159472534785811 (Hipparchus 4.0.2 gave pi^2 / 12).
 */
class FamilyMomentsTest {

    private record Row(LineFamily family, double[] params, String what, double arg, double expected) {
    }

    private static Row row(LineFamily f, double[] p, String what, double arg, double expected) {
        return new Row(f, p, what, arg, expected);
    }

    private static final List<Row> ROWS = List.of(
            row(LineFamily.NORMAL, new double[] {-1000000000000000.0, 9.9999999999999998e-13}, "mean", Double.NaN, -1000000000000000.0d),
            row(LineFamily.NORMAL, new double[] {-1000000000000000.0, 9.9999999999999998e-13}, "variance", Double.NaN, 9.9999999999999996e-25d),
            row(LineFamily.NORMAL, new double[] {-1000000000000000.0, 9.9999999999999998e-13}, "entropy", Double.NaN, -26.212082582723875d),
            row(LineFamily.NORMAL, new double[] {3.0, 9.9999999999999997e+199}, "mean", Double.NaN, 3.0d),
            row(LineFamily.NORMAL, new double[] {3.0, 9.9999999999999997e+199}, "variance", Double.NaN, Double.POSITIVE_INFINITY),
            row(LineFamily.NORMAL, new double[] {3.0, 9.9999999999999997e+199}, "entropy", Double.NaN, 461.93595713201381d),
            row(LineFamily.EXPONENTIAL, new double[] {1.0e-300}, "mean", Double.NaN, 9.9999999999999997e+299d),
            row(LineFamily.EXPONENTIAL, new double[] {1.0e-300}, "variance", Double.NaN, Double.POSITIVE_INFINITY),
            row(LineFamily.EXPONENTIAL, new double[] {1.0e-300}, "entropy", Double.NaN, 691.77552789821371d),
            row(LineFamily.EXPONENTIAL, new double[] {9.9999999999999998e+149}, "mean", Double.NaN, 1.0e-150d),
            row(LineFamily.EXPONENTIAL, new double[] {9.9999999999999998e+149}, "variance", Double.NaN, 1.0e-300d),
            row(LineFamily.EXPONENTIAL, new double[] {9.9999999999999998e+149}, "entropy", Double.NaN, -344.38776394910685d),
            row(LineFamily.UNIFORM, new double[] {-1.0e+100, 1.0e+100}, "mean", Double.NaN, 0.0d),
            row(LineFamily.UNIFORM, new double[] {-1.0e+100, 1.0e+100}, "variance", Double.NaN, 3.3333333333333334e+199d),
            row(LineFamily.UNIFORM, new double[] {-1.0e+100, 1.0e+100}, "entropy", Double.NaN, 230.95165647996451d),
            row(LineFamily.UNIFORM, new double[] {1.0, 1.0000009999999999}, "mean", Double.NaN, 1.0000005d),
            row(LineFamily.UNIFORM, new double[] {1.0, 1.0000009999999999}, "variance", Double.NaN, 8.3333333319622227e-14d),
            row(LineFamily.UNIFORM, new double[] {1.0, 1.0000009999999999}, "entropy", Double.NaN, -13.815510558046541d),
            row(LineFamily.BETA, new double[] {0.001, 1000000.0}, "mean", Double.NaN, 9.9999999900000002e-10d),
            row(LineFamily.BETA, new double[] {0.001, 1000000.0}, "variance", Double.NaN, 9.9999899700100403e-16d),
            row(LineFamily.BETA, new double[] {0.001, 1000000.0}, "entropy", Double.NaN, -1006.4823275339588d),
            row(LineFamily.GAMMA, new double[] {0.0001, 1.0e+100}, "mean", Double.NaN, 1.0000000000000001e+96d),
            row(LineFamily.GAMMA, new double[] {0.0001, 1.0e+100}, "variance", Double.NaN, 1.0000000000000001e+196d),
            row(LineFamily.GAMMA, new double[] {0.0001, 1.0e+100}, "entropy", Double.NaN, -9760.108101520357d),
            row(LineFamily.GAMMA, new double[] {100000000.0, 1.0e-8}, "mean", Double.NaN, 1.0d),
            row(LineFamily.GAMMA, new double[] {100000000.0, 1.0e-8}, "variance", Double.NaN, 1.0e-8d),
            row(LineFamily.GAMMA, new double[] {100000000.0, 1.0e-8}, "entropy", Double.NaN, -7.7914018421048433d),
            row(LineFamily.LAPLACE, new double[] {-7.0, 9.9999999999999998e+149}, "mean", Double.NaN, -7.0d),
            row(LineFamily.LAPLACE, new double[] {-7.0, 9.9999999999999998e+149}, "variance", Double.NaN, 1.9999999999999999e+300d),
            row(LineFamily.LAPLACE, new double[] {-7.0, 9.9999999999999998e+149}, "entropy", Double.NaN, 347.0809111296668d),
            row(LineFamily.LAPLACE, new double[] {10000000000.0, 1.0000000000000001e-9}, "mean", Double.NaN, 10000000000.0d),
            row(LineFamily.LAPLACE, new double[] {10000000000.0, 1.0000000000000001e-9}, "variance", Double.NaN, 2.0000000000000002e-18d),
            row(LineFamily.LAPLACE, new double[] {10000000000.0, 1.0000000000000001e-9}, "entropy", Double.NaN, -19.030118656386466d),
            row(LineFamily.LOGISTIC, new double[] {0.0, 2.0}, "mean", Double.NaN, 0.0d),
            row(LineFamily.LOGISTIC, new double[] {0.0, 2.0}, "variance", Double.NaN, 13.159472534785811d),
            row(LineFamily.LOGISTIC, new double[] {0.0, 2.0}, "entropy", Double.NaN, 2.6931471805599453d),
            row(LineFamily.LOGISTIC, new double[] {100000.0, 9.9999999999999998e+119}, "mean", Double.NaN, 100000.0d),
            row(LineFamily.LOGISTIC, new double[] {100000.0, 9.9999999999999998e+119}, "variance", Double.NaN, 3.2898681336964527e+240d),
            row(LineFamily.LOGISTIC, new double[] {100000.0, 9.9999999999999998e+119}, "entropy", Double.NaN, 278.31021115928548d),
            row(LineFamily.LOGISTIC, new double[] {-3.0, 9.9999999999999995e-8}, "mean", Double.NaN, -3.0d),
            row(LineFamily.LOGISTIC, new double[] {-3.0, 9.9999999999999995e-8}, "variance", Double.NaN, 3.2898681336964526e-14d),
            row(LineFamily.LOGISTIC, new double[] {-3.0, 9.9999999999999995e-8}, "entropy", Double.NaN, -14.11809565095832d),
            row(LineFamily.GUMBEL, new double[] {2.0, 1.0e+100}, "mean", Double.NaN, 5.7721566490153287e+99d),
            row(LineFamily.GUMBEL, new double[] {2.0, 1.0e+100}, "variance", Double.NaN, 1.6449340668482265e+200d),
            row(LineFamily.GUMBEL, new double[] {2.0, 1.0e+100}, "entropy", Double.NaN, 231.8357249643061d),
            row(LineFamily.GUMBEL, new double[] {-1000000.0, 9.9999999999999995e-7}, "mean", Double.NaN, -999999.99999942278d),
            row(LineFamily.GUMBEL, new double[] {-1000000.0, 9.9999999999999995e-7}, "variance", Double.NaN, 1.6449340668482263e-12d),
            row(LineFamily.GUMBEL, new double[] {-1000000.0, 9.9999999999999995e-7}, "entropy", Double.NaN, -12.238294893062741d),
            row(LineFamily.PARETO, new double[] {1.0e-100, 2.5}, "mean", Double.NaN, 1.6666666666666667e-100d),
            row(LineFamily.PARETO, new double[] {1.0e-100, 2.5}, "variance", Double.NaN, 2.2222222222222223e-200d),
            row(LineFamily.PARETO, new double[] {1.0e-100, 2.5}, "entropy", Double.NaN, -229.77480003127872d),
            row(LineFamily.PARETO, new double[] {1.0e+100, 1000000.0}, "mean", Double.NaN, 1.000001000001e+100d),
            row(LineFamily.PARETO, new double[] {1.0e+100, 1000000.0}, "variance", Double.NaN, 1.0000040000110001e+188d),
            row(LineFamily.PARETO, new double[] {1.0e+100, 1000000.0}, "entropy", Double.NaN, 217.44299974144029d),
            row(LineFamily.NORMAL, new double[] {0.0, 1.0}, "cdf", -30.0, 4.9067139271481871e-198d),
            row(LineFamily.NORMAL, new double[] {0.0, 1.0}, "quantile", 1.0e-100, -21.273453560965324d),
            row(LineFamily.NORMAL, new double[] {5.0, 0.001}, "cdf", 5.0010000000000003, 0.84134474606862375d),
            row(LineFamily.NORMAL, new double[] {5.0, 0.001}, "quantile", 0.999, 5.0030902323061678d),
            row(LineFamily.EXPONENTIAL, new double[] {1.0e-300}, "cdf", 1.0000000000000001e+290, 9.9999999995000009e-11d),
            row(LineFamily.EXPONENTIAL, new double[] {1.0e-300}, "quantile", 9.9999999999999998e-13, 1.0000000000005e+288d),
            row(LineFamily.UNIFORM, new double[] {-2.0, 6.0}, "cdf", -1.5, 0.0625d),
            row(LineFamily.UNIFORM, new double[] {-2.0, 6.0}, "quantile", 0.29999999999999999, 0.39999999999999991d),
            row(LineFamily.BETA, new double[] {0.5, 0.5}, "cdf", 9.9999999999999995e-21, 6.3661977236758133e-11d),
            row(LineFamily.BETA, new double[] {0.5, 0.5}, "quantile", 0.25, 0.14644660940672624d),
            row(LineFamily.BETA, new double[] {200.0, 3.0}, "cdf", 0.98999999999999999, 0.67123817103838889d),
            row(LineFamily.BETA, new double[] {200.0, 3.0}, "quantile", 0.5, 0.98678414079476663d),
            row(LineFamily.GAMMA, new double[] {0.01, 2.0}, "cdf", 1.0e-50, 0.31583551901403423d),
            row(LineFamily.GAMMA, new double[] {0.01, 2.0}, "quantile", 0.90000000000000002, 3.0071872461405898e-5d),
            row(LineFamily.GAMMA, new double[] {1000.0, 1.0}, "cdf", 1000.0, 0.50420524418021551d),
            row(LineFamily.GAMMA, new double[] {1000.0, 1.0}, "quantile", 0.5, 999.66668642696518d),
            row(LineFamily.LAPLACE, new double[] {1.0, 2.0}, "cdf", -600.0, 1.5612706386161424e-131d),
            row(LineFamily.LAPLACE, new double[] {1.0, 2.0}, "quantile", 9.9999999999999998e-121, -550.23412795745107d),
            row(LineFamily.LOGISTIC, new double[] {0.0, 2.0}, "cdf", -1000.0, 7.1245764067412855e-218d),
            row(LineFamily.LOGISTIC, new double[] {0.0, 2.0}, "quantile", 9.9999999999999998e-201, -921.03403719761827d),
            row(LineFamily.LOGISTIC, new double[] {1.0, 1.0000000000000001e-5}, "cdf", 1.0000199999999999, 0.88079707797692677d),
            row(LineFamily.LOGISTIC, new double[] {1.0, 1.0000000000000001e-5}, "quantile", 0.75, 1.0000109861228867d),
            row(LineFamily.GUMBEL, new double[] {0.0, 1.0}, "cdf", -5.0, 3.5073891964646231e-65d),
            row(LineFamily.GUMBEL, new double[] {0.0, 1.0}, "quantile", 1.0000000000000001e-30, -4.2352298269101112d),
            row(LineFamily.PARETO, new double[] {2.0, 3.0}, "cdf", 1.0e+100, 1.0d),
            row(LineFamily.PARETO, new double[] {2.0, 3.0}, "quantile", 0.99999899999999997, 199.99999999808296d)
    );

    /** Relative tolerance: mean and variance 1e-14, entropy, cdf and quantile 1e-11. */
    @Test
    void againstMpmath() {
        List<String> bad = new ArrayList<>();
        for (Row r : ROWS) {
            FamilyLaw law = r.family().of(r.params());
            double got = switch (r.what()) {
                case "mean" -> law.mean();
                case "variance" -> law.variance();
                case "entropy" -> LineMoments.entropy(law).value();
                case "cdf" -> law.cdf(r.arg());
                case "quantile" -> law.quantile(r.arg());
                default -> throw new AssertionError(r.what());
            };
            double tol = r.what().equals("mean") || r.what().equals("variance") ? 1e-14 : 1e-11;
            if (Double.isInfinite(r.expected()) ? got != r.expected() : !(Math.abs(got - r.expected()) <= tol * Math.abs(r.expected()) + 1e-300)) {
                bad.add(r.family() + java.util.Arrays.toString(r.params()) + " " + r.what()
                        + (Double.isNaN(r.arg()) ? "" : "(" + r.arg() + ")") + ": got " + got + ", mpmath " + r.expected());
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /** The regression: var(logistic(0, 2)) = 4 pi^2 / 3 (mpmath 13.159472534785811). */
    @Test
    void logisticVarianceIsPiSquaredSSquaredOverThree() {
        double v = LineFamily.LOGISTIC.of(0, 2).variance();
        assertTrue(Math.abs(v - 13.159472534785811) <= 1e-14 * 13.16, () -> "var(logistic(0, 2)) = " + v);
    }

    /** The large-shape gamma entropy series at its switch point and above (mpmath, dps 60). */
    @Test
    void gammaEntropySeries() {
        double[][] cases = {{100, 3.71818194850474615638}, {1000, 4.87248275601797182812}, {1e5, 7.17539793234812027405}};
        for (double[] c : cases) {
            double got = LineMoments.gammaEntropyLarge(c[0]);
            assertTrue(Math.abs(got - c[1]) <= 1e-14 * c[1], () -> "a = " + c[0] + ": " + got);
        }
    }
}
