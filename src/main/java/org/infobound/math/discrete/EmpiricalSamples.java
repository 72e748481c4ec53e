package org.infobound.math.discrete;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
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
 * <p>The samples are held in the reader's compact exact form (an unscaled integer and a decimal
 * scale per distinct value, spec/LANGUAGE.md section 7.1); the fractions of {@link #values} and
 * {@link #probs} are made on first use, and equal probabilities share one fraction.
 */
public final class EmpiricalSamples {

    private final EmpiricalReader.Tally tally;
    private BigFraction[] values;
    private BigFraction[] probs;

    private EmpiricalSamples(EmpiricalReader.Tally tally) {
        this.tally = tally;
    }

    /** The number of distinct sample values. */
    public int size() {
        return tally.size();
    }

    /** The number of samples (lines read). */
    public long total() {
        return tally.total();
    }

    /** The distinct exact sample values, increasing (the array is shared: do not modify it). */
    public synchronized BigFraction[] values() {
        if (values == null) {
            BigFraction[] v = new BigFraction[tally.size()];
            for (int g = 0; g < v.length; g++) {
                v[g] = tally.fraction(g);
            }
            values = v;
        }
        return values;
    }

    /** Their exact probabilities count / N, summing to 1 (the array is shared: do not modify it). */
    public synchronized BigFraction[] probs() {
        if (probs == null) {
            BigFraction[] p = new BigFraction[tally.size()];
            BigInteger n = BigInteger.valueOf(tally.total());
            Map<Long, BigFraction> byCount = new HashMap<>();
            for (int g = 0; g < p.length; g++) {
                p[g] = byCount.computeIfAbsent(tally.count(g), c -> new BigFraction(BigInteger.valueOf(c), n));
            }
            probs = p;
        }
        return probs;
    }

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
        EmpiricalSamples read = new EmpiricalSamples(EmpiricalReader.readExact(csv, column));
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
    static BigInteger tenTo(int k) {
        return k < TENS.length ? TENS[k] : BigInteger.TEN.pow(k);
    }

    /** The values rounded to the nearest double (distinct values may share a double). */
    public double[] nearest() {
        double[] out = new double[tally.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = tally.nearest(i);
        }
        return out;
    }

    /**
     * The law for the float route: one outcome per distinct exact value, reward the nearest
     * double, exact probabilities.
     */
    public DiscreteLaw law() {
        return DiscreteLaw.categorical(probs(), nearest());
    }
}
