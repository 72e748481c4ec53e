package org.infobound.num;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link Jet} coefficients against the closed-form Taylor coefficients f^(k)(x)/k! at x = 1/2:
 * log x: (-1)^(k+1)/(k x^k); exp x: e^x/k!; x^y: binom(y, k) x^(y-k); 1/(1+x): (-1)^k/(1+x)^(k+1).
 */
class JetTest {

    private static final int K = 8;
    private static final double X = 0.5;

    private static void close(Interval c, double truth, String what) {
        assertTrue(c.contains(truth) || Math.abs(c.mid() - truth) <= 1e-14 * Math.abs(truth),
                what + ": " + c + " vs " + truth);
        assertTrue(c.width() <= 1e-12 * Math.max(1, Math.abs(truth)), what + " too wide: " + c);
    }

    private static double binom(double y, int k) {
        double b = 1;
        for (int i = 0; i < k; i++) {
            b *= (y - i) / (i + 1);
        }
        return b;
    }

    @Test
    void coefficientsMatchClosedForms() {
        Jet x = Jet.variable(Interval.of(X), K);
        Jet log = x.log();
        Jet exp = x.exp();
        Jet pow = x.pow(Interval.of(2.5));
        Jet sqrt = x.sqrt();
        Jet inv = Jet.constant(Interval.ONE, K).div(x.add(Jet.constant(Interval.ONE, K)));
        Jet log1p = x.log1p();
        Jet cube = x.pow(3);
        double fact = 1;
        for (int k = 0; k <= K; k++) {
            fact *= Math.max(1, k);
            close(exp.coefficient(k), Math.exp(X) / fact, "exp " + k);
            close(pow.coefficient(k), binom(2.5, k) * Math.pow(X, 2.5 - k), "pow " + k);
            close(sqrt.coefficient(k), binom(0.5, k) * Math.pow(X, 0.5 - k), "sqrt " + k);
            close(inv.coefficient(k), Math.pow(-1, k) / Math.pow(1 + X, k + 1), "inv " + k);
            close(cube.coefficient(k), binom(3, k) * Math.pow(X, 3 - k), "cube " + k);
            if (k >= 1) {
                close(log.coefficient(k), Math.pow(-1, k + 1) / (k * Math.pow(X, k)), "log " + k);
                close(log1p.coefficient(k), Math.pow(-1, k + 1) / (k * Math.pow(1 + X, k)), "log1p " + k);
            }
        }
    }

    @Test
    void noJetWhereNotSmooth() {
        Jet x = Jet.variable(Interval.of(-0.5, 0.5), K);
        assertThrows(UndefinedValueException.class, x::abs);
        assertThrows(UndefinedValueException.class, x::log);
        assertThrows(UndefinedValueException.class, x::sqrt);
        assertThrows(UndefinedValueException.class, () -> Jet.constant(Interval.ONE, K).div(x));
    }
}
