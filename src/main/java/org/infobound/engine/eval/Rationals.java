package org.infobound.engine.eval;

import java.math.BigDecimal;
import java.util.StringJoiner;
import org.hipparchus.fraction.BigFraction;

/** Exact text of rationals and doubles for reports (engine-internal helper). */
public final class Rationals {

    private Rationals() {
    }

    /**
     * {@code 2}, {@code 1/2}, or for a rational with a large denominator the exact decimal
     * expansion when it terminates within 40 digits, else {@code num/den}.
     */
    public static String text(BigFraction q) {
        if (q.getDenominator().bitLength() <= 20) {
            return q.isInteger() ? q.getNumerator().toString() : q.getNumerator() + "/" + q.getDenominator();
        }
        try {
            BigDecimal d = new BigDecimal(q.getNumerator()).divide(new BigDecimal(q.getDenominator()));
            if (d.precision() <= 40) {
                return d.toPlainString();
            }
        } catch (ArithmeticException nonTerminating) {
            // fall through to num/den
        }
        return q.getNumerator() + "/" + q.getDenominator();
    }

    /**
     * The exact rational value of a finite double. (Hipparchus' {@code new BigFraction(0.0)} has a
     * non-reduced huge denominator; zero is mapped to {@link BigFraction#ZERO}.)
     */
    public static BigFraction of(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite double: " + x);
        }
        return x == 0 ? BigFraction.ZERO : new BigFraction(x);
    }

    /** A double as text: its shortest round-trip form, which denotes the double exactly. */
    public static String text(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    /** A vector of doubles as text. */
    public static String text(double[] xs) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        for (double x : xs) {
            j.add(text(x));
        }
        return j.toString();
    }
}
