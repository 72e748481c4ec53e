package org.infobound.math.discrete;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** Reads and groups the samples of {@code csv} (column chosen by {@link CsvColumn#AUTO}). */
    public static EmpiricalSamples read(Path csv) throws LawFormatException {
        return read(csv, CsvColumn.AUTO);
    }

    /**
     * Reads and groups the samples of one column of {@code csv}; errors carry the 1-based line.
     * The last few files read are kept (keyed by path, column, size and modification time), so a
     * claim evaluated at many instances reads its data file once (softly held: memory wins).
     */
    public static EmpiricalSamples read(Path csv, CsvColumn column) throws LawFormatException {
        Checks.nonNull(csv, "csv");
        Checks.nonNull(column, "column");
        Key key = null;
        try {
            Path abs = csv.toAbsolutePath().normalize();
            key = new Key(abs, column, Files.size(abs), Files.getLastModifiedTime(abs));
        } catch (IOException | SecurityException e) {
            // not cached: the reader reports the problem
        }
        if (key != null) {
            synchronized (CACHE) {
                SoftReference<EmpiricalSamples> ref = CACHE.get(key);
                EmpiricalSamples hit = ref == null ? null : ref.get();
                if (hit != null) {
                    return hit;
                }
            }
        }
        EmpiricalSamples read = group(EmpiricalReader.readExact(csv, column));
        if (key != null) {
            synchronized (CACHE) {
                CACHE.put(key, new SoftReference<>(read));
            }
        }
        return read;
    }

    private record Key(Path file, CsvColumn column, long size, FileTime modified) {
    }

    private static final int CACHED = 4;
    private static final Map<Key, SoftReference<EmpiricalSamples>> CACHE = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, SoftReference<EmpiricalSamples>> eldest) {
            return size() > CACHED;
        }
    };

    private static EmpiricalSamples group(EmpiricalReader.Tally t) {
        BigFraction[] values = new BigFraction[t.values().length];
        BigFraction[] probs = new BigFraction[values.length];
        BigInteger n = BigInteger.valueOf(t.total());
        for (int g = 0; g < values.length; g++) {
            values[g] = fraction(t.values()[g]);
            probs[g] = new BigFraction(BigInteger.valueOf(t.counts()[g]), n);
        }
        return new EmpiricalSamples(values, probs);
    }

    /** The exact rational value of a decimal. */
    static BigFraction fraction(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        return scale >= 0 ? new BigFraction(unscaled, tenTo(scale))
                : new BigFraction(unscaled.multiply(tenTo(-scale)));
    }

    private static final BigInteger[] TENS = new BigInteger[64];

    static {
        TENS[0] = BigInteger.ONE;
        for (int i = 1; i < TENS.length; i++) {
            TENS[i] = TENS[i - 1].multiply(BigInteger.TEN);
        }
    }

    /** 10^k (k >= 0), from a table for the usual sample scales. */
    private static BigInteger tenTo(int k) {
        return k < TENS.length ? TENS[k] : BigInteger.TEN.pow(k);
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
