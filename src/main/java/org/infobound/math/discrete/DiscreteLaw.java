package org.infobound.math.discrete;

import java.nio.file.Path;
import java.util.Arrays;

import org.hipparchus.fraction.BigFraction;
import org.infobound.math.kernel.Counts;
import org.infobound.math.kernel.TieGroups;

/**
 * An immutable probability law on a finite alphabet {0, ..., k-1} (k >= 1) with a real reward
 * per outcome (ties allowed).
 *
 * <p>Probabilities are kept as doubles and, when the law was built from rationals, also as exact
 * {@link BigFraction}s. Validation: every probability is finite and non-negative; the total is
 * exactly 1 for rationals and within {@value Checks#SUM_TOLERANCE} of 1 for doubles. A law is
 * never renormalised silently beyond that tolerance. Rewards must be finite.
 *
 * <p>References: spec/LANGUAGE.md section 7 and M-Def1..M-Def5 (reference values,
 * spec/CATALOGUE.md).
 */
public final class DiscreteLaw {

    private final double[] p;
    private final double[] r;
    private final BigFraction[] exact;

    private DiscreteLaw(double[] p, double[] r, BigFraction[] exact) {
        this.p = p;
        this.r = r;
        this.exact = exact;
    }

    /**
     * A categorical law with the given probabilities and rewards.
     *
     * Requires: probs != null && rewards != null.
     * Requires: probs.length >= 1 && probs.length == rewards.length.
     * Requires: (for every i with 0 <= i && i < probs.length, Double.isFinite(probs[i]) && probs[i]
     *     >= 0 && Double.isFinite(rewards[i])).
     * Requires: Math.abs((the sum over i with 0 <= i && i < probs.length of probs[i]) - 1) <=
     *     1e-12.
     * Ensures: result.size() == probs.length && !result.isExact().
     * Throws only IllegalArgumentException.
     */
    public static DiscreteLaw categorical(double[] probs, double[] rewards) {
        Checks.nonNull(probs, "probabilities");
        double[] q = probs.clone();
        return new DiscreteLaw(q, checkedCategorical(q, rewards), null);
    }

    /**
     * The checks of {@link #categorical(double[], double[])} on probabilities {@code q} (not
     * modified): returns the law's rewards (a copy, -0.0 made 0.0), or throws as it does.
     */
    static double[] checkedCategorical(double[] q, double[] rewards) {
        Checks.nonNull(q, "probabilities");
        double[] rr = checkedRewards(rewards, q.length);
        for (int i = 0; i < q.length; i++) {
            if (!Double.isFinite(q[i]) || q[i] < 0) {
                throw new IllegalArgumentException("probability " + i + " is " + q[i]
                        + "; must be finite and >= 0");
            }
        }
        double total = Checks.sum(q);
        if (!(Math.abs(total - 1.0) <= Checks.SUM_TOLERANCE)) {
            throw new IllegalArgumentException("probabilities sum to " + total
                    + ", not 1 within " + Checks.SUM_TOLERANCE);
        }
        return rr;
    }

    /**
     * A categorical law with exact rational probabilities (which must sum to exactly 1).
     *
     * Requires: probs != null && rewards != null.
     * Requires: probs.length >= 1 && probs.length == rewards.length.
     * Requires: (for every i with 0 <= i && i < probs.length, probs[i] != null && probs[i].signum()
     *     >= 0 && Double.isFinite(rewards[i])).
     * Requires: (the sum over i with 0 <= i && i < probs.length of probs[i]) == 1.
     * Ensures: result.isExact() && result.size() == probs.length.
     * Throws only IllegalArgumentException.
     */
    public static DiscreteLaw categorical(BigFraction[] probs, double[] rewards) {
        Checks.nonNull(probs, "probabilities");
        BigFraction[] e = probs.clone();
        double[] rr = checkedRewards(rewards, e.length);
        BigFraction total = BigFraction.ZERO;
        double[] q = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            if (e[i] == null || e[i].signum() < 0) {
                throw new IllegalArgumentException("probability " + i + " is " + e[i]
                        + "; must be a rational >= 0");
            }
            total = total.add(e[i]);
            q[i] = org.infobound.num.Rationals.toDouble(e[i]);
        }
        if (!total.equals(BigFraction.ONE)) {
            throw new IllegalArgumentException("rational probabilities sum to " + total
                    + ", not 1");
        }
        return new DiscreteLaw(q, rr, e);
    }

    /**
     * Bernoulli(p): outcome 0 (reward 0) with probability 1-p, outcome 1 (reward 1) with p.
     *
     * Requires: 0 <= p && p <= 1.
     * Ensures: result.size() == 2 && result.probability(1) == p.
     * Throws IllegalArgumentException when !(0 <= p && p <= 1).
     */
    public static DiscreteLaw bernoulli(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Bernoulli parameter must lie in [0, 1], got " + p);
        }
        return new DiscreteLaw(new double[] {1.0 - p, p}, new double[] {0.0, 1.0}, null);
    }

    /**
     * Bernoulli(p) with an exact rational parameter.
     *
     * Requires: p != null && p.signum() >= 0 && p.compareTo(BigFraction.ONE) <= 0.
     * Ensures: result.isExact() && result.size() == 2.
     * Throws IllegalArgumentException when !(0 <= p && p <= 1).
     */
    public static DiscreteLaw bernoulli(BigFraction p) {
        Checks.nonNull(p, "p");
        if (p.signum() < 0 || p.compareTo(BigFraction.ONE) > 0) {
            throw new IllegalArgumentException("Bernoulli parameter must lie in [0, 1], got " + p);
        }
        return categorical(new BigFraction[] {BigFraction.ONE.subtract(p), p}, new double[] {0, 1});
    }

    /**
     * The uniform law on k outcomes (exact 1/k) with rewards 0, 1, ..., k-1.
     *
     * Requires: k >= 1.
     * Ensures: result.isExact() && result.size() == k.
     * Throws IllegalArgumentException when k < 1.
     */
    public static DiscreteLaw uniform(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        BigFraction[] e = new BigFraction[k];
        double[] rr = new double[k];
        for (int i = 0; i < k; i++) {
            e[i] = new BigFraction(1, k);
            rr[i] = i;
        }
        return categorical(e, rr);
    }

    /**
     * The empirical law of reward samples: outcomes are the distinct sample values in
     * increasing order (equal samples merged), each with reward equal to its value and exact
     * probability count / N. The runs of equal samples and their total come from the kernels
     * {@code TieGroups.levels} and {@code Counts.total} (both KeY-proved, proofs/README.md).
     *
     * Requires: samples != null && samples.length >= 1.
     * Requires: (for every i with 0 <= i && i < samples.length, Double.isFinite(samples[i])).
     * Ensures: result.isExact().
     * Throws IllegalArgumentException when samples == null || samples.length == 0 || (for some i,
     *     !Double.isFinite(samples[i])).
     */
    public static DiscreteLaw empirical(double[] samples) {
        Checks.nonNull(samples, "samples");
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] s = samples.clone();
        for (int i = 0; i < s.length; i++) {
            Checks.finite(s[i], "sample " + i);
            s[i] += 0.0;
        }
        Arrays.sort(s);
        // kernels (proofs/README.md): TieGroups.levels gives each sorted sample the index of
        // its maximal run of equal values; Counts.total sums the run lengths
        int[] level = TieGroups.levels(OrderKeys.keys(s));
        int groups = level[s.length - 1] + 1;
        int[] counts = new int[groups];
        double[] rr = new double[groups];
        for (int t = 0; t < s.length; t++) {
            counts[level[t]]++;
            rr[level[t]] = s[t];
        }
        long total = Counts.total(counts);
        BigFraction[] e = new BigFraction[groups];
        for (int g = 0; g < groups; g++) {
            e[g] = new BigFraction(counts[g], total);
        }
        return categorical(e, rr);
    }

    /**
     * The empirical law of the reward samples in a CSV file: one number per line, or, with a
     * header line (a first non-blank record without any number), the column called
     * {@code reward} or {@code value} ({@link CsvColumn#AUTO}; spec/LANGUAGE.md). Samples are
     * grouped by exact value ({@link EmpiricalSamples}): two samples that differ as decimals but
     * round to the same double are two outcomes with equal (rounded) rewards.
     *
     * @throws LawFormatException a bad line (with its 1-based number), no samples, or a missing
     *     or unreadable file
     *
     * Requires: csv != null.
     * Ensures: result.isExact().
     * Throws LawFormatException.
     */
    public static DiscreteLaw empirical(Path csv) throws LawFormatException {
        return EmpiricalSamples.read(csv).law();
    }

    /**
     * As {@link #empirical(Path)}, with the samples in the chosen column of the file.
     *
     * Requires: csv != null && column != null.
     * Ensures: result.isExact().
     * Throws LawFormatException.
     */
    public static DiscreteLaw empirical(Path csv, CsvColumn column) throws LawFormatException {
        return EmpiricalSamples.read(csv, column).law();
    }

    /**
     * The law with equal rewards merged, outcomes sorted by increasing reward.
     *
     * Ensures: result.size() <= size().
     */
    public DiscreteLaw rewardLaw() {
        return RewardLaws.merge(this);
    }

    /** Number of outcomes k. */
    public int size() {
        return p.length;
    }

    /**
     * Probability of outcome i.
     *
     * Requires: 0 <= i && i < size().
     * Throws IllegalArgumentException when i < 0 || i >= size().
     */
    public double probability(int i) {
        return p[index(i)];
    }

    /**
     * Reward of outcome i.
     *
     * Requires: 0 <= i && i < size().
     * Throws IllegalArgumentException when i < 0 || i >= size().
     */
    public double reward(int i) {
        return r[index(i)];
    }

    /** A copy of the probabilities. */
    public double[] probabilities() {
        return p.clone();
    }

    /** A copy of the rewards. */
    public double[] rewards() {
        return r.clone();
    }

    /** Whether exact rational probabilities are known. */
    public boolean isExact() {
        return exact != null;
    }

    /** A copy of the exact probabilities, or null when the law is not exact. */
    public BigFraction[] exactProbabilities() {
        return exact == null ? null : exact.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiscreteLaw && Arrays.equals(p, ((DiscreteLaw) o).p)
                && Arrays.equals(r, ((DiscreteLaw) o).r);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(p) + Arrays.hashCode(r);
    }

    @Override
    public String toString() {
        return "DiscreteLaw{p=" + Arrays.toString(p) + ", r=" + Arrays.toString(r) + "}";
    }

    double[] p() {
        return p;
    }

    double[] r() {
        return r;
    }

    BigFraction[] exact() {
        return exact;
    }

    /** A law computed by this package (trusted, not re-validated; arrays are not copied). */
    static DiscreteLaw of(double[] p, double[] r, BigFraction[] exact) {
        return new DiscreteLaw(p, r, exact);
    }

    private int index(int i) {
        if (i < 0 || i >= p.length) {
            throw new IllegalArgumentException("outcome " + i + " outside 0.." + (p.length - 1));
        }
        return i;
    }

    private static double[] checkedRewards(double[] rewards, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("a law needs at least one outcome");
        }
        Checks.length(rewards, k, "rewards");
        double[] rr = rewards.clone();
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(rr[i])) {
                Checks.finite(rr[i], "reward " + i);
            }
            rr[i] += 0.0;
        }
        return rr;
    }
}
