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

    /** An integer (domains {@code a..b}, {@code a..inf}). */
    record IntInput(long value) implements Input {
        @Override
        public String text() {
            return Long.toString(value);
        }
    }

    /** A real, as an exact rational (domains {@code [a, b]} and friends). */
    record RealInput(BigFraction value) implements Input {
        /** The nearest double. */
        public double approx() {
            return value.doubleValue();
        }

        @Override
        public String text() {
            return Rationals.text(value);
        }
    }

    /**
     * A probability vector on the shared alphabet ({@code dist(...)}), exact rationals summing
     * to exactly 1.
     */
    record DistInput(List<BigFraction> probs) implements Input {
        /** Copies and validates: non-negative, sum exactly 1. */
        public DistInput {
            probs = List.copyOf(probs);
            for (BigFraction p : probs) {
                if (p.signum() < 0) {
                    throw new IllegalArgumentException("negative probability " + p);
                }
            }
            BigFraction sum = dyadicSum(probs);
            if (sum == null) {
                sum = BigFraction.ZERO;
                for (BigFraction p : probs) {
                    sum = sum.add(p);
                }
            }
            if (sum.compareTo(BigFraction.ONE) != 0) {
                throw new IllegalArgumentException("probabilities sum to " + sum + ", not 1");
            }
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

        /** Nearest doubles of the probabilities. */
        public double[] approx() {
            double[] out = new double[probs.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = probs.get(i).doubleValue();
            }
            return out;
        }

        @Override
        public String text() {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            probs.forEach(p -> j.add(Rationals.text(p)));
            return j.toString();
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
            int m = rows.get(0).probs().size();
            for (DistInput r : rows) {
                if (r.probs().size() != m) {
                    throw new IllegalArgumentException("kernel rows differ in length");
                }
            }
        }

        /** Number of outputs. */
        public int outputs() {
            return rows.get(0).probs().size();
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
