package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Rationals;

/**
 * How the rewards of the shared alphabet are drawn (the options of the first {@code dist} binder,
 * spec/LANGUAGE.md): free, in an interval, from a finite set, and optionally pairwise distinct.
 *
 * <p>The declared ends and values are exact. Rewards are doubles taken exactly, so the search
 * draws them from the doubles inside the declared constraint: the doubles of [lo, hi], the set's
 * values that are doubles exactly. A value that is not a double (e.g. 1e-400) is never replaced
 * by its rounding; it is left out of the search and {@link #note()} says so. Membership and
 * distinctness are checked exactly on the values actually used ({@link #admits}).
 */
public final class RewardSpec {

    /** The constraint on rewards. */
    public enum RewardKind {
        /** Any real rewards, ties included, scales from tiny to large. */
        FREE,
        /** Rewards in [lo, hi], ties included. */
        INTERVAL,
        /** Rewards from a finite set, e.g. {0, 1}. */
        SET,
        /** Pairwise distinct rewards, otherwise free (injective reward). */
        DISTINCT
    }

    private final RewardKind kind;
    private final boolean distinct;
    private final BigFraction lo;
    private final BigFraction hi;
    private final boolean loOpen;
    private final boolean hiOpen;
    private final List<BigFraction> values;
    private final double doubleLo;
    private final double doubleHi;
    private final List<Double> searched;

    private RewardSpec(RewardKind kind, boolean distinct, BigFraction lo, boolean loOpen, BigFraction hi, boolean hiOpen,
            List<BigFraction> values) {
        this.kind = kind;
        this.distinct = distinct || kind == RewardKind.DISTINCT;
        this.lo = lo;
        this.hi = hi;
        this.loOpen = loOpen;
        this.hiOpen = hiOpen;
        this.values = List.copyOf(values);
        if (kind == RewardKind.INTERVAL && (lo.compareTo(hi) > 0 || lo.compareTo(hi) == 0 && (loOpen || hiOpen))) {
            throw new IllegalArgumentException("reward range " + range() + " is empty");
        }
        if (kind == RewardKind.SET && values.isEmpty()) {
            throw new IllegalArgumentException("reward set is empty");
        }
        // the extreme doubles inside the declared interval, open ends excluded exactly
        double dlo = kind == RewardKind.INTERVAL ? ExactDoubles.ceil(lo) : 0;
        double dhi = kind == RewardKind.INTERVAL ? ExactDoubles.floor(hi) : 0;
        if (kind == RewardKind.INTERVAL && loOpen && ExactDoubles.isDouble(lo)) {
            dlo = Math.nextUp(dlo);
        }
        if (kind == RewardKind.INTERVAL && hiOpen && ExactDoubles.isDouble(hi)) {
            dhi = Math.nextDown(dhi);
        }
        this.doubleLo = dlo;
        this.doubleHi = dhi;
        List<Double> s = new ArrayList<>();
        for (BigFraction v : this.values) {
            if (ExactDoubles.isDouble(v)) {
                double d = ExactDoubles.floor(v);
                if (!s.contains(d)) {
                    s.add(d);
                }
            }
        }
        this.searched = List.copyOf(s);
    }

    /** The declared interval as written, e.g. {@code (0, 1]}. */
    private String range() {
        return (loOpen ? "(" : "[") + show(lo) + ", " + show(hi) + (hiOpen ? ")" : "]");
    }

    /** Unconstrained rewards. */
    public static RewardSpec free() {
        return new RewardSpec(RewardKind.FREE, false, null, false, null, false, List.of());
    }

    /** Rewards in [lo, hi] (exact ends). */
    public static RewardSpec interval(BigFraction lo, BigFraction hi) {
        return interval(lo, false, hi, false);
    }

    /** Rewards between lo and hi (exact ends), each end open or closed as declared. */
    public static RewardSpec interval(BigFraction lo, boolean loOpen, BigFraction hi, boolean hiOpen) {
        return new RewardSpec(RewardKind.INTERVAL, false, lo, loOpen, hi, hiOpen, List.of());
    }

    /** Rewards from a finite set (exact values). */
    public static RewardSpec set(List<BigFraction> values) {
        return new RewardSpec(RewardKind.SET, false, null, false, null, false, values);
    }

    /** Distinct rewards. */
    public static RewardSpec distinct() {
        return new RewardSpec(RewardKind.DISTINCT, true, null, false, null, false, List.of());
    }

    /** This constraint with pairwise distinct rewards added. */
    public RewardSpec withDistinct() {
        return kind == RewardKind.FREE ? distinct() : new RewardSpec(kind, true, lo, loOpen, hi, hiOpen, values);
    }

    /** The constraint's kind. */
    public RewardKind kind() {
        return kind;
    }

    /** Whether rewards must be pairwise distinct. */
    public boolean distinctRewards() {
        return distinct;
    }

    /** Declared lower end of an interval (exact), else null. */
    public BigFraction lo() {
        return lo;
    }

    /** Declared upper end of an interval (exact), else null. */
    public BigFraction hi() {
        return hi;
    }

    /** The declared set's values (exact). */
    public List<BigFraction> values() {
        return values;
    }

    /** Smallest double in [lo, hi] (the searched interval's lower end). */
    double doubleLo() {
        return doubleLo;
    }

    /** Largest double in [lo, hi]. */
    double doubleHi() {
        return doubleHi;
    }

    /** The set's values that are doubles exactly (the ones the search uses). */
    List<Double> searchedValues() {
        return searched;
    }

    /**
     * The most outcomes a reward assignment can have (distinct rewards from a set of n searched
     * values: n), or Integer.MAX_VALUE.
     */
    public int maxOutcomes() {
        if (distinct && kind == RewardKind.SET) {
            return searched.size();
        }
        if (distinct && kind == RewardKind.INTERVAL && doubleLo == doubleHi) {
            return 1;
        }
        return Integer.MAX_VALUE;
    }

    /** Why no reward can be drawn at all, or null when some can. */
    public String unsearchable() {
        if (kind == RewardKind.SET && searched.isEmpty()) {
            return "no value of the reward set is a double exactly, and rewards are searched as doubles";
        }
        if (kind == RewardKind.INTERVAL && !(doubleLo <= doubleHi)) {
            return "no double lies in the reward interval " + range()
                    + ", and rewards are searched as doubles";
        }
        return null;
    }

    /** What the search leaves out of the declared constraint, or null when nothing. */
    public String note() {
        if (kind == RewardKind.SET && searched.size() < values.size()) {
            List<String> out = new ArrayList<>();
            for (BigFraction v : values) {
                if (!ExactDoubles.isDouble(v)) {
                    out.add(show(v));
                }
            }
            if (out.isEmpty()) {
                // only repeated values (rewards in {0, 0}): every distinct value is searched
                return null;
            }
            return "rewards searched only on the set's values that are doubles exactly (left out: "
                    + String.join(", ", out) + ")";
        }
        if (kind == RewardKind.INTERVAL && unsearchable() == null
                && (!ExactDoubles.isDouble(lo) || !ExactDoubles.isDouble(hi))) {
            return "rewards searched on the doubles of " + range();
        }
        return null;
    }

    /** Whether the rewards (doubles, taken exactly) satisfy this constraint, checked exactly. */
    public boolean admits(double[] rewards) {
        if (distinct && rewards.length > 64) {
            java.util.Set<Double> seen = new java.util.HashSet<>();
            for (double r : rewards) {
                if (!seen.add(r == 0 ? 0.0 : r)) {
                    return false;
                }
            }
        }
        for (int i = 0; i < rewards.length; i++) {
            double r = rewards[i];
            if (!Double.isFinite(r)) {
                return false;
            }
            // doubleLo and doubleHi are the extreme doubles of [lo, hi]: a double lies in [lo, hi]
            // exactly when it lies in [doubleLo, doubleHi]
            if (kind == RewardKind.INTERVAL && (r < doubleLo || r > doubleHi)) {
                return false;
            }
            // the searched values are the set's exact doubles: a double is in the set iff it is one
            if (kind == RewardKind.SET && !searched.contains(r == 0 ? 0.0 : r)) {
                return false;
            }
            if (distinct && rewards.length <= 64) {
                for (int j = 0; j < i; j++) {
                    if (rewards[j] == r) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Exact text, or for a long one its 17 significant digits marked with ~ when inexact. */
    public static String show(BigFraction q) {
        String t = Rationals.text(q);
        if (t.length() <= 40) {
            return t;
        }
        java.math.BigDecimal d = new java.math.BigDecimal(q.getNumerator()).divide(
                new java.math.BigDecimal(q.getDenominator()), new java.math.MathContext(17));
        boolean exact = new BigFraction(d.unscaledValue()).multiply(d.scale() >= 0
                ? new BigFraction(java.math.BigInteger.ONE, java.math.BigInteger.TEN.pow(d.scale()))
                : new BigFraction(java.math.BigInteger.TEN.pow(-d.scale()))).equals(q);
        return (exact ? "" : "~") + d.stripTrailingZeros().toString();
    }

    @Override
    public String toString() {
        return "RewardSpec[" + kind + (distinct ? ", distinct" : "") + "]";
    }
}
