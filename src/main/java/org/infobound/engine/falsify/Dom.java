package org.infobound.engine.falsify;

import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input;

/**
 * A binder's domain with its bounds already evaluated (bounds may depend on earlier binders, so
 * a {@link BinderSpec} resolves its Dom per instance).
 */
public sealed interface Dom {

    /** Whether {@code x} lies in this domain (used to validate shrunk and mutated instances). */
    boolean contains(Input x, int alphabetSize);

    /** Integers lo..hi inclusive; {@code hi == Long.MAX_VALUE} stands for {@code inf}. */
    record Ints(long lo, long hi) implements Dom {
        /** Requires lo <= hi. */
        public Ints {
            if (lo > hi) {
                throw new IllegalArgumentException("empty integer range " + lo + ".." + hi);
            }
        }

        @Override
        public boolean contains(Input x, int k) {
            return x instanceof Input.IntInput i && i.value() >= lo && i.value() <= hi;
        }
    }

    /**
     * Reals between lo and hi; a null end is infinite (always open).
     *
     * @param lo lower end or null for -inf
     * @param loOpen whether lo is excluded
     * @param hi upper end or null for +inf
     * @param hiOpen whether hi is excluded
     */
    record Reals(BigFraction lo, boolean loOpen, BigFraction hi, boolean hiOpen) implements Dom {
        /** Requires a non-empty interval. */
        public Reals {
            if (lo != null && hi != null) {
                int c = lo.compareTo(hi);
                if (c > 0 || (c == 0 && (loOpen || hiOpen))) {
                    throw new IllegalArgumentException("empty real interval");
                }
            }
        }

        @Override
        public boolean contains(Input x, int k) {
            if (!(x instanceof Input.RealInput r)) {
                return false;
            }
            BigFraction v = r.value();
            if (lo != null) {
                int c = v.compareTo(lo);
                if (c < 0 || (c == 0 && loOpen)) {
                    return false;
                }
            }
            if (hi != null) {
                int c = v.compareTo(hi);
                return c < 0 || (c == 0 && !hiOpen);
            }
            return true;
        }
    }

    /** A probability vector on the shared alphabet. */
    record Dists() implements Dom {
        @Override
        public boolean contains(Input x, int k) {
            return x instanceof Input.DistInput d && d.size() == k;
        }
    }

    /** A function on the alphabet with values in [lo, hi]. */
    record Fns(double lo, double hi) implements Dom {
        /** Requires lo <= hi. */
        public Fns {
            if (!(lo <= hi)) {
                throw new IllegalArgumentException("empty fn range [" + lo + ", " + hi + "]");
            }
        }

        @Override
        public boolean contains(Input x, int k) {
            if (!(x instanceof Input.FnInput f) || f.values().length != k) {
                return false;
            }
            for (double v : f.values()) {
                if (!(v >= lo && v <= hi)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A Markov kernel from the alphabet to m outputs, mMin <= m <= mMax. */
    record Kernels(int mMin, int mMax) implements Dom {
        /** Requires 1 <= mMin <= mMax. */
        public Kernels {
            if (mMin < 1 || mMin > mMax) {
                throw new IllegalArgumentException("bad kernel output range " + mMin + ".." + mMax);
            }
        }

        @Override
        public boolean contains(Input x, int k) {
            return x instanceof Input.KernelInput kk && kk.rows().size() == k
                    && kk.outputs() >= mMin && kk.outputs() <= mMax;
        }
    }

    /** An atomless law on the line from the built-in families ({@code continuous}). */
    record Laws() implements Dom {
        @Override
        public boolean contains(Input x, int k) {
            return x instanceof Input.LawInput;
        }
    }

    /** One element of a finite set; the texts are the elements' source text. */
    record Choices(List<String> elements) implements Dom {
        /** Copies; requires at least one element. */
        public Choices {
            elements = List.copyOf(elements);
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("empty finite set");
            }
        }

        @Override
        public boolean contains(Input x, int k) {
            return x instanceof Input.ChoiceInput c && c.index() >= 0 && c.index() < elements.size();
        }
    }
}
