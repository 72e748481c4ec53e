package org.infobound.engine.falsify;

import java.math.BigInteger;
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

    /** Integers lo..hi inclusive, exact and of any size; a null end is infinite. */
    record Ints(BigInteger lo, BigInteger hi) implements Dom {
        /** Requires lo <= hi when both are finite. */
        public Ints {
            if (lo != null && hi != null && lo.compareTo(hi) > 0) {
                throw new IllegalArgumentException("empty integer range " + lo + ".." + hi);
            }
        }

        /** The finite range lo..hi. */
        public Ints(long lo, long hi) {
            this(BigInteger.valueOf(lo), BigInteger.valueOf(hi));
        }

        /** Whether the integer {@code v} lies in lo..hi. */
        public boolean containsValue(BigInteger v) {
            return (lo == null || v.compareTo(lo) >= 0) && (hi == null || v.compareTo(hi) <= 0);
        }

        /** Number of values, or null when an end is infinite. */
        public BigInteger count() {
            return lo == null || hi == null ? null : hi.subtract(lo).add(BigInteger.ONE);
        }

        @Override
        public boolean contains(Input x, int k) {
            return x instanceof Input.IntInput i && containsValue(i.value());
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

    /**
     * A function on the alphabet with values in [lo, hi], ends exact (null for an infinite end).
     * Fn values are doubles taken exactly, so the search draws them from the doubles inside
     * [lo, hi] ({@link #doubleLo()}, {@link #doubleHi()}); membership is checked exactly.
     */
    record Fns(BigFraction lo, BigFraction hi) implements Dom {
        /** Requires lo <= hi when both are finite. */
        public Fns {
            if (lo != null && hi != null && lo.compareTo(hi) > 0) {
                throw new IllegalArgumentException("empty fn range [" + lo + ", " + hi + "]");
            }
        }

        /** Whether the double {@code v}, taken exactly, lies in [lo, hi]. */
        public boolean containsValue(double v) {
            if (!Double.isFinite(v)) {
                return false;
            }
            BigFraction q = org.infobound.num.Rationals.of(v);
            return (lo == null || q.compareTo(lo) >= 0) && (hi == null || q.compareTo(hi) <= 0);
        }

        /** The smallest finite double >= lo (-Double.MAX_VALUE for an infinite lo). */
        public double doubleLo() {
            return lo == null ? -Double.MAX_VALUE : ExactDoubles.ceil(lo);
        }

        /** The largest finite double <= hi (Double.MAX_VALUE for an infinite hi). */
        public double doubleHi() {
            return hi == null ? Double.MAX_VALUE : ExactDoubles.floor(hi);
        }

        /** Whether some double lies in [lo, hi]. */
        public boolean hasDouble() {
            return doubleLo() <= doubleHi();
        }

        @Override
        public boolean contains(Input x, int k) {
            if (!(x instanceof Input.FnInput f) || f.values().length != k) {
                return false;
            }
            for (double v : f.values()) {
                if (!containsValue(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A Markov kernel from the alphabet to m outputs, mMin <= m <= mMax (exact; a null mMax is
     * infinite). The search draws m up to {@link #SEARCH_CAP} ({@link #searchedMax()}).
     */
    record Kernels(BigInteger mMin, BigInteger mMax) implements Dom {

        /** Largest output count the search draws. */
        public static final int SEARCH_CAP = 256;

        /** Requires 1 <= mMin <= mMax. */
        public Kernels {
            if (mMin == null || mMin.signum() < 1 || mMax != null && mMin.compareTo(mMax) > 0) {
                throw new IllegalArgumentException("bad kernel output range " + mMin + ".." + (mMax == null ? "inf" : mMax));
            }
        }

        /** The range mMin..mMax. */
        public Kernels(int mMin, int mMax) {
            this(BigInteger.valueOf(mMin), BigInteger.valueOf(mMax));
        }

        /** Whether mMin is small enough to search. */
        public boolean searchable() {
            return mMin.compareTo(BigInteger.valueOf(SEARCH_CAP)) <= 0;
        }

        /** mMin as an int (requires {@link #searchable()}). */
        public int searchedMin() {
            return mMin.intValueExact();
        }

        /** The largest output count the search draws: min(mMax, SEARCH_CAP). */
        public int searchedMax() {
            BigInteger cap = BigInteger.valueOf(SEARCH_CAP);
            return (mMax == null || mMax.compareTo(cap) > 0 ? cap : mMax).intValueExact();
        }

        @Override
        public boolean contains(Input x, int k) {
            if (!(x instanceof Input.KernelInput kk) || kk.rows().size() != k) {
                return false;
            }
            BigInteger m = BigInteger.valueOf(kk.outputs());
            return m.compareTo(mMin) >= 0 && (mMax == null || m.compareTo(mMax) <= 0);
        }
    }

    /**
     * An atomless law on the line from the built-in families ({@code continuous}): a law of a
     * known family whose parameters are valid for it (a targeted move or a shrink step can leave
     * that range, e.g. uniform(a, b) with a > b or a negative scale; such an instance is not in
     * the domain, so it must neither be evaluated nor make the claim INCONCLUSIVE).
     */
    record Laws() implements Dom {
        @Override
        public boolean contains(Input x, int k) {
            if (!(x instanceof Input.LawInput l)) {
                return false;
            }
            org.infobound.math.line.LineFamily family;
            try {
                family = org.infobound.math.line.LineFamily.valueOf(l.family().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return false;
            }
            try {
                family.of(l.params());
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
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
