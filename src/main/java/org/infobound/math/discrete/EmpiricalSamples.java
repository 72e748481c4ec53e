package org.infobound.math.discrete;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import org.hipparchus.fraction.BigFraction;

/**
 * The reward samples of a CSV file taken exactly (spec/LANGUAGE.md, {@code empirical}): the
 * distinct sample values as exact rationals in increasing order, each with exact probability
 * count / N. Two samples are one outcome only when they are equal as rationals ({@code 0.1} and
 * {@code 0.10}); {@code 0.1} and {@code 0.10000000000000000001} are two outcomes even though they
 * round to the same double.
 *
 * @param values the distinct exact sample values, increasing
 * @param probs their exact probabilities (count / N), summing to 1
 */
public record EmpiricalSamples(BigFraction[] values, BigFraction[] probs) {

    /** Reads and groups the samples of {@code csv}; errors carry the 1-based line. */
    public static EmpiricalSamples read(Path csv) throws LawFormatException {
        Checks.nonNull(csv, "csv");
        BigDecimal[] s = EmpiricalReader.readExact(csv);
        Arrays.sort(s, BigDecimal::compareTo);
        int groups = 0;
        BigFraction[] values = new BigFraction[s.length];
        long[] counts = new long[s.length];
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || s[i].compareTo(s[i - 1]) != 0) {
                values[groups++] = fraction(s[i]);
            }
            counts[groups - 1]++;
        }
        BigFraction[] probs = new BigFraction[groups];
        for (int g = 0; g < groups; g++) {
            probs[g] = new BigFraction(BigInteger.valueOf(counts[g]), BigInteger.valueOf(s.length));
        }
        return new EmpiricalSamples(Arrays.copyOf(values, groups), probs);
    }

    /** The exact rational value of a decimal. */
    static BigFraction fraction(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        return scale >= 0 ? new BigFraction(unscaled, BigInteger.TEN.pow(scale))
                : new BigFraction(unscaled.multiply(BigInteger.TEN.pow(-scale)));
    }

    /** The values rounded to the nearest double (distinct values may share a double). */
    public double[] nearest() {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = org.infobound.num.Rationals.toDouble(values[i]) + 0.0;
        }
        return out;
    }

    /**
     * The law for the float route: one outcome per distinct exact value, reward the nearest
     * double, exact probabilities.
     */
    public DiscreteLaw law() {
        return DiscreteLaw.categorical(probs, nearest());
    }
}
