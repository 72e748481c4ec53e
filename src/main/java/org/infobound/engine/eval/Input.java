package org.infobound.engine.eval;

import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Rationals;

/**
 * The value of one binder at an instance. Every variant is exact: it denotes one mathematical
 * value, which certified evaluation encloses without any generation error.
 */
public sealed interface Input {

    /** The value as exact text for reports, e.g. {@code 2}, {@code 1/2}, {@code [1/2, 1/2]}. */
    String text();

    /**
     * An integer of any size (domains {@code a..b}, {@code a..inf}), exact. Values that fit a
     * long keep a cached long ({@link #fitsLong()}, {@link #longValue()}) for the fast paths.
     */
    record IntInput(java.math.BigInteger value) implements Input {

        private static final java.math.BigInteger LONG_MIN = java.math.BigInteger.valueOf(Long.MIN_VALUE);
        private static final java.math.BigInteger LONG_MAX = java.math.BigInteger.valueOf(Long.MAX_VALUE);

        /** Requires a value. */
        public IntInput {
            java.util.Objects.requireNonNull(value, "integer value");
        }

        /** The integer {@code value}. */
        public IntInput(long value) {
            this(java.math.BigInteger.valueOf(value));
        }

        /** Whether the value fits a long. */
        public boolean fitsLong() {
            return value.bitLength() < 64;
        }

        /**
         * The value as a long.
         *
         * @throws ArithmeticException when it does not fit (never wraps)
         */
        public long longValue() {
            return value.longValueExact();
        }

        /**
         * The value as the evaluator holds exact numbers: a {@link Long} when it fits in 62 bits
         * (the evaluator's exact long arithmetic), otherwise an integral {@link BigFraction}.
         */
        public Object exact() {
            return value.bitLength() < 63 ? (Object) value.longValue() : new BigFraction(value);
        }

        @Override
        public String text() {
            return value.toString();
        }

        /**
         * Equality of the values, as the record's own; written out because a record's generated
         * equals and hashCode go through an invokedynamic method handle, which a short C1-only
         * run (the launcher's) calls slowly, and the search hashes every instance it draws.
         */
        @Override
        public boolean equals(Object o) {
            return o instanceof IntInput i && value.equals(i.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    /** A real, as an exact rational (domains {@code [a, b]} and friends). */
    record RealInput(BigFraction value) implements Input {
        /** The nearest double. */
        public double approx() {
            return org.infobound.num.Rationals.toDouble(value);
        }

        @Override
        public String text() {
            return Rationals.text(value);
        }
    }

    /**
     * A probability vector on the shared alphabet ({@code dist(...)}): exact rationals summing
     * to exactly 1.
     *
     * <p>Two representations of the same kind of value. Built from rationals, the vector is
     * stored as given. Built by {@link #ofDoubles} (the falsifier's instances), every entry but
     * one, the balance entry, is a double taken exactly, and the balance entry is exactly one
     * minus the others; the doubles are all the search needs, and the exact rationals are only
     * made when asked for ({@link #probs()}: certified confirmation, reports). Equality is
     * equality of the exact vectors in both cases.
     */
    final class DistInput implements Input {

        private static final double GRID = 0x1p52;

        private final double[] approx;
        /** Index of the balance entry, or -1 when {@link #exact} or {@link #counts} was given. */
        private final int balance;
        /** Counts whose proportions are the vector, or null. */
        private final long[] counts;
        private volatile List<BigFraction> exact;

        /** The vector of these rationals: non-negative, summing to exactly 1. */
        public DistInput(List<BigFraction> probs) {
            List<BigFraction> ps = List.copyOf(probs);
            for (BigFraction p : ps) {
                if (p.signum() < 0) {
                    throw new IllegalArgumentException("negative probability " + p);
                }
            }
            BigFraction sum = dyadicSum(ps);
            if (sum == null) {
                sum = BigFraction.ZERO;
                for (BigFraction p : ps) {
                    sum = sum.add(p);
                }
            }
            if (sum.compareTo(BigFraction.ONE) != 0) {
                throw new IllegalArgumentException("probabilities sum to " + sum + ", not 1");
            }
            this.exact = ps;
            this.balance = -1;
            this.counts = null;
            this.approx = new double[ps.size()];
            for (int i = 0; i < approx.length; i++) {
                approx[i] = org.infobound.num.Rationals.toDouble(ps.get(i));
            }
        }

        private DistInput(double[] approx, int balance, long[] counts) {
            this.approx = approx;
            this.balance = balance;
            this.counts = counts;
        }

        /**
         * The vector whose entries other than {@code balance} are the doubles of {@code p}, taken
         * exactly, and whose entry {@code balance} is exactly one minus their sum ({@code
         * p[balance]} is ignored). No rational arithmetic unless an entry is off the 2^-52 grid.
         *
         * @throws IllegalArgumentException when an entry is negative or not finite, or the
         *         others sum to more than 1
         */
        public static DistInput ofDoubles(double[] p, int balance) {
            if (balance < 0 || balance >= p.length) {
                throw new IllegalArgumentException("balance index " + balance + " out of range");
            }
            return ofDoublesOwned(p.clone(), balance);
        }

        /**
         * As {@link #ofDoubles}, but {@code p} is taken, not copied: the caller hands the array
         * over and never reads or writes it again (it becomes the vector's own array, with
         * {@code p[balance]} overwritten by the balance). The search's vectors from weights,
         * whose arrays are fresh.
         *
         * @throws IllegalArgumentException as {@link #ofDoubles}
         */
        public static DistInput ofDoublesOwned(double[] p, int balance) {
            if (balance < 0 || balance >= p.length) {
                throw new IllegalArgumentException("balance index " + balance + " out of range");
            }
            double[] a = p;
            long units = 0;
            boolean onGrid = true;
            for (int i = 0; i < a.length; i++) {
                if (i == balance) {
                    continue;
                }
                if (!(a[i] >= 0 && a[i] <= 1)) {
                    throw new IllegalArgumentException("probability " + i + " is " + a[i]);
                }
                // u in [0, 2^52] (a[i] in [0, 1]): integral exactly when its truncation to long
                // is u (as u == Math.rint(u), which the C1 compiler of a short run does not inline)
                double u = a[i] * GRID;
                if (onGrid && u == (double) (long) u) {
                    units += (long) u;
                } else {
                    onGrid = false;
                }
            }
            if (onGrid) {
                if (units > (long) GRID) {
                    throw new IllegalArgumentException("probabilities sum to more than 1");
                }
                a[balance] = ((long) GRID - units) / GRID;
                return new DistInput(a, balance, null);
            }
            a[balance] = restOffGrid(a, balance);
            return new DistInput(a, balance, null);
        }

        /**
         * One minus the entries other than {@code balance}, rounded to the nearest double. Fast
         * path: the entries on the 2^-52 grid sum exactly in units; when the others (off the
         * grid, e.g. a tiny mass of 1e-300) sum to less than a quarter of an ulp of that exact
         * rest, the rest itself is the nearest double. Otherwise exactly in integers.
         */
        private static double restOffGrid(double[] a, int balance) {
            long units = 0;
            double off = 0;
            for (int i = 0; i < a.length; i++) {
                if (i == balance) {
                    continue;
                }
                double u = a[i] * GRID;
                if (u == Math.rint(u)) {
                    units += (long) u;
                } else {
                    off += a[i];
                }
            }
            if (units <= (long) GRID) {
                double gridRest = ((long) GRID - units) / GRID;
                // off is a float sum of n < 2^20 non-negative terms: within n * 2^-53 relative of the
                // exact sum (the factor below allows twice that)
                if (gridRest > 0 && off * (1 + a.length * 0x1p-52) < Math.ulp(gridRest) / 4) {
                    return gridRest;
                }
            }
            return exactRest(a, balance);
        }

        /**
         * One minus the entries other than {@code balance}, exactly in integers scaled by
         * 2^1074 (every double is a multiple of 2^-1074), rounded once to the nearest double.
         */
        private static double exactRest(double[] a, int balance) {
            java.math.BigInteger sum = java.math.BigInteger.ZERO;
            for (int i = 0; i < a.length; i++) {
                if (i != balance && a[i] != 0) {
                    long bits = Double.doubleToRawLongBits(a[i]);
                    int e = (int) (bits >>> 52) & 0x7ff;
                    long m = bits & ((1L << 52) - 1);
                    sum = sum.add(e == 0 ? java.math.BigInteger.valueOf(m)
                            : java.math.BigInteger.valueOf(m | (1L << 52)).shiftLeft(e - 1));
                }
            }
            java.math.BigInteger rest = java.math.BigInteger.ONE.shiftLeft(1074).subtract(sum);
            if (rest.signum() < 0) {
                throw new IllegalArgumentException("probabilities sum to more than 1");
            }
            // keep 62 bits plus a sticky bit, so the one conversion to double rounds correctly
            int s = Math.max(0, rest.bitLength() - 62);
            long top = rest.shiftRight(s).longValueExact();
            if (s > 0 && rest.getLowestSetBit() < s) {
                top |= 1;
            }
            return Math.scalb((double) top, s - 1074);
        }

        /**
         * The vector c_i / sum(c) of non-negative counts (not all zero), e.g. (1, 1, 2) for
         * 1/4, 1/4, 1/2; the rationals are made on first use.
         */
        public static DistInput ofCounts(long[] c) {
            long sum = 0;
            for (long x : c) {
                if (x < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                sum = Math.addExact(sum, x);
            }
            if (sum == 0) {
                throw new IllegalArgumentException("all counts are zero");
            }
            double[] a = new double[c.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = (double) c[i] / sum;
            }
            return new DistInput(a, -1, c.clone());
        }

        /**
         * The exact sum when every denominator is a power of two (the falsifier's instances):
         * numerators shifted to the largest denominator and added as integers, no gcd per term.
         * Null otherwise.
         */
        private static BigFraction dyadicSum(List<BigFraction> probs) {
            int shift = 0;
            for (BigFraction p : probs) {
                java.math.BigInteger d = p.getDenominator();
                if (d.bitCount() != 1) {
                    return null;
                }
                shift = Math.max(shift, d.bitLength() - 1);
            }
            java.math.BigInteger num = java.math.BigInteger.ZERO;
            for (BigFraction p : probs) {
                num = num.add(p.getNumerator().shiftLeft(shift - (p.getDenominator().bitLength() - 1)));
            }
            return new BigFraction(num, java.math.BigInteger.ONE.shiftLeft(shift));
        }

        /** The exact probabilities (made on first use for a vector built from doubles). */
        public List<BigFraction> probs() {
            List<BigFraction> e = exact;
            if (e == null && counts != null) {
                long sum = 0;
                for (long c : counts) {
                    sum += c;
                }
                BigFraction[] out = new BigFraction[counts.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new BigFraction(counts[i], sum);
                }
                e = List.of(out);
                exact = e;
            } else if (e == null) {
                BigFraction[] out = new BigFraction[approx.length];
                java.util.List<BigFraction> others = new java.util.ArrayList<>();
                for (int i = 0; i < approx.length; i++) {
                    if (i != balance) {
                        out[i] = Rationals.of(approx[i]);
                        others.add(out[i]);
                    }
                }
                BigFraction s = dyadicSum(others);
                out[balance] = BigFraction.ONE.subtract(s == null ? BigFraction.ZERO : s);
                e = List.of(out);
                exact = e;
            }
            return e;
        }

        /** Number of outcomes. */
        public int size() {
            return approx.length;
        }

        /** Nearest doubles of the probabilities (a fresh array). */
        public double[] approx() {
            return approx.clone();
        }

        /**
         * The vector's own array of nearest doubles, NOT a copy: callers only read it (the
         * compiled route's columns, which read the vector of every instance the search draws and
         * pass it to code that never writes it). Anything that might write must call
         * {@link #approx()}.
         */
        public double[] approxShared() {
            return approx;
        }

        @Override
        public String text() {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            probs().forEach(p -> j.add(Rationals.text(p)));
            return j.toString();
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof DistInput d) || !Arrays.equals(approx, d.approx)) {
                return false;
            }
            // the non-balance entries are exact doubles: equal doubles and the same balance
            // index mean equal exact vectors
            if (balance >= 0 && balance == d.balance) {
                return true;
            }
            if (counts != null && d.counts != null) {
                return proportional(counts, d.counts);
            }
            return probs().equals(d.probs());
        }

        /** Whether c / sum(c) == e / sum(e), by cross-multiplying (exact; BigInteger only on overflow). */
        private static boolean proportional(long[] c, long[] e) {
            long sc = 0;
            long se = 0;
            for (int i = 0; i < c.length; i++) {
                sc += c[i];
                se += e[i];
            }
            try {
                for (int i = 0; i < c.length; i++) {
                    if (Math.multiplyExact(c[i], se) != Math.multiplyExact(e[i], sc)) {
                        return false;
                    }
                }
                return true;
            } catch (ArithmeticException overflow) {
                java.math.BigInteger bsc = java.math.BigInteger.valueOf(sc);
                java.math.BigInteger bse = java.math.BigInteger.valueOf(se);
                for (int i = 0; i < c.length; i++) {
                    if (!java.math.BigInteger.valueOf(c[i]).multiply(bse)
                            .equals(java.math.BigInteger.valueOf(e[i]).multiply(bsc))) {
                        return false;
                    }
                }
                return true;
            }
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(approx);
        }

        @Override
        public String toString() {
            return "DistInput" + text();
        }
    }

    /** A function on the outcomes ({@code fn(lo, hi)}); each double is taken exactly. */
    record FnInput(double[] values) implements Input {
        /** Defensive copy. */
        public FnInput {
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public String text() {
            return Rationals.text(values);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FnInput f && Arrays.equals(values, f.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /** A Markov kernel from the alphabet to m outputs ({@code kernel(m)}): exact rows. */
    record KernelInput(List<DistInput> rows) implements Input {
        /** Copies; rows must have equal length. */
        public KernelInput {
            rows = List.copyOf(rows);
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("a kernel needs at least one row");
            }
            int m = rows.get(0).size();
            for (DistInput r : rows) {
                if (r.size() != m) {
                    throw new IllegalArgumentException("kernel rows differ in length");
                }
            }
        }

        /** Number of outputs. */
        public int outputs() {
            return rows.get(0).size();
        }

        @Override
        public String text() {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            rows.forEach(r -> j.add(r.text()));
            return j.toString();
        }
    }

    /**
     * An atomless law on the line ({@code continuous}): a family name of the language
     * ({@code normal}, {@code exponential}, ...) and its parameters, each taken exactly.
     */
    record LawInput(String family, double[] params) implements Input {
        /** Defensive copy. */
        public LawInput {
            params = params.clone();
        }

        @Override
        public double[] params() {
            return params.clone();
        }

        @Override
        public String text() {
            StringJoiner j = new StringJoiner(", ", family + "(", ")");
            for (double p : params) {
                j.add(Rationals.text(p));
            }
            return j.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LawInput l && family.equals(l.family) && Arrays.equals(params, l.params);
        }

        @Override
        public int hashCode() {
            return family.hashCode() * 31 + Arrays.hashCode(params);
        }
    }

    /** The index of an element of a finite set domain, with the element's source text. */
    record ChoiceInput(int index, String elementText) implements Input {
        @Override
        public String text() {
            return elementText;
        }
    }
}
