package org.infobound.engine.eval;

import java.util.Arrays;
import java.util.Comparator;
import org.hipparchus.fraction.BigFraction;
import org.infobound.math.discrete.Ties;
import org.infobound.num.Interval;

/**
 * Certified best-of-n (catalogue M-Def5): the ONE certified implementation; every verdict on a
 * best-of-n law rests on it (the engine's certified route, and through
 * {@link ClosedValue#enclosure} the prover's closed relations). Outcomes are ordered by a
 * selection key (the reward, or a proxy g). With exact rational inputs and moderate size the
 * pmf is exact: {@code F^n - F^-^n} in rationals. Otherwise it is enclosed through the stable
 * form {@code F^n * (-expm1(n * log1p(-P / F)))} (spec/NUMERICS.md, "Overflow and underflow"), P the mass of the
 * level; with exact rational inputs F and P/F are exact rationals and {@code log F} is taken as
 * {@code log1p(-(1 - F))} above F = 1/2. n enters the interval route as an enclosure of the exact
 * integer, so any n >= 1 (also above 2^53, where a double would round it) is handled soundly.
 * Uniform ties split a level's mass in proportion to p; index ties order by (key, index).
 * The float route (math.discrete.BestOfN) is a separate fast approximation for the search,
 * never a verdict. Tests: CertBonTest (exact fractions and mpmath values).
 */
final class CertBon {

    /** Largest n * (bits of the largest denominator) for the exact rational route. */
    private static final long EXACT_BUDGET = 40_000;

    private CertBon() {
    }

    static CertLaw bon(CertLaw p, long n, double[] key, Ties ties) {
        int k = p.size();
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> key[i]).thenComparingInt(i -> i));
        // levels: runs of equal key (uniform ties) or single outcomes (index ties)
        int[] levelOf = new int[k];
        int levels = 0;
        for (int t = 0; t < k; t++) {
            if (t > 0 && (ties == Ties.INDEX || key[order[t]] != key[order[t - 1]])) {
                levels++;
            }
            levelOf[order[t]] = levels;
        }
        levels++;
        boolean exact = p.isExact() && exactAffordable(p, n);
        BigFraction[] exactMass = new BigFraction[levels];
        Interval[] mass = new Interval[levels];
        Interval[] levelP = new Interval[levels];
        BigFraction[] levelExact = new BigFraction[levels];
        Arrays.fill(levelP, Interval.ZERO);
        Arrays.fill(levelExact, BigFraction.ZERO);
        for (int i = 0; i < k; i++) {
            levelP[levelOf[i]] = levelP[levelOf[i]].add(p.prob(i));
            if (p.isExact()) {
                levelExact[levelOf[i]] = levelExact[levelOf[i]].add(p.exactProb(i));
            }
        }
        Interval cum = Interval.ZERO;
        BigFraction cumExact = BigFraction.ZERO;
        // log of each level's mass (n log F + log(-expm1(n log1p(-P/F)))): the masses themselves
        // underflow at large n ((1/2)^(10^6)), their logs do not; used by KL in log space
        Interval[] logMass = new Interval[levels];
        for (int l = 0; l < levels; l++) {
            if (p.isExact()) {
                BigFraction below = cumExact;
                cumExact = cumExact.add(levelExact[l]);
                if (exact) {
                    exactMass[l] = cumExact.pow(n).subtract(below.pow(n));
                    mass[l] = Interval.of(exactMass[l]);
                } else {
                    mass[l] = stableExact(cumExact, levelExact[l], n);
                    levelP[l] = levelExact[l].signum() == 0 ? Interval.ZERO : Interval.of(levelExact[l]);
                    if (levelExact[l].signum() > 0) {
                        logMass[l] = logPower(logExact(cumExact), Interval.of(levelExact[l].divide(cumExact)), n);
                    }
                }
            } else {
                cum = Iv.clamp(cum.add(levelP[l]), 0, 1);
                mass[l] = stable(cum, levelP[l], n);
                if (levelP[l].lo() > 0 && cum.lo() > 0) {
                    logMass[l] = logPower(cum.log(), Iv.clamp(levelP[l].div(cum), 0, 1), n);
                }
            }
        }
        Interval[] out = new Interval[k];
        Interval[] logs = new Interval[k];
        BigFraction[] outExact = exact ? new BigFraction[k] : null;
        for (int i = 0; i < k; i++) {
            int l = levelOf[i];
            if (p.isNull(i)) {
                out[i] = Interval.ZERO;
                if (exact) {
                    outExact[i] = BigFraction.ZERO;
                }
            } else if (exact) {
                outExact[i] = exactMass[l].multiply(p.exactProb(i)).divide(levelExact[l]);
                out[i] = Interval.of(outExact[i]);
            } else {
                Interval share = p.isExact()
                        ? Interval.of(p.exactProb(i).divide(levelExact[l]))
                        : Iv.clamp(p.prob(i).div(levelP[l]), 0, 1);
                out[i] = Iv.clamp(mass[l].mul(share), 0, 1);
                if (logMass[l] != null) {
                    try {
                        logs[i] = logMass[l].add(p.isExact() ? Interval.logOf(p.exactProb(i).divide(levelExact[l]))
                                : share.log());
                    } catch (RuntimeException e) {
                        logs[i] = null; // a share not certainly positive: no log enclosure
                    }
                }
            }
        }
        CertLaw result = p.withProbs(out, outExact);
        return exact ? result : result.withLogProbs(logs);
    }

    private static boolean exactAffordable(CertLaw p, long n) {
        long bits = 0;
        for (int i = 0; i < p.size(); i++) {
            bits = Math.max(bits, p.exactProb(i).getDenominator().bitLength());
        }
        return n <= 4096 && n * Math.max(1, bits) * p.size() <= EXACT_BUDGET;
    }

    /** {@code F^n * (-expm1(n log1p(-P/F)))}: the mass of a level of mass P with cdf F. */
    static Interval stable(Interval f, Interval levelMass, long n) {
        if (levelMass.hi() == 0) {
            return Interval.ZERO;
        }
        return power(f.log(), Iv.clamp(levelMass.div(f), 0, 1), n);
    }

    /** {@link #stable} with exact rational F and P: log F from log1p(-(1 - F)) above 1/2. */
    static Interval stableExact(BigFraction f, BigFraction levelMass, long n) {
        if (levelMass.signum() == 0) {
            return Interval.ZERO;
        }
        Interval logF = f.compareTo(HALF) <= 0 ? Interval.of(f).log()
                : Interval.of(BigFraction.ONE.subtract(f)).neg().log1p();
        return power(logF, Interval.of(levelMass.divide(f)), n);
    }

    /** log F for an exact F in (0, 1], as in {@link #stableExact}. */
    private static Interval logExact(BigFraction f) {
        return Interval.logOf(f);
    }

    /** {@code n log F + log(-expm1(n log1p(-ratio)))}: the log of {@link #power}. */
    private static Interval logPower(Interval logF, Interval ratio, long n) {
        Interval nn = Interval.of(new BigFraction(n));
        Interval tail = Iv.clamp(ratio.neg().log1p().mul(nn).expm1().neg(), 0, 1);
        return logF.mul(nn).add(tail.log());
    }

    /** {@code exp(n log F) * (-expm1(n log1p(-ratio)))}, n enclosed exactly (any long). */
    private static Interval power(Interval logF, Interval ratio, long n) {
        Interval nn = Interval.of(new BigFraction(n));
        Interval fn = logF.mul(nn).exp();
        Interval tail = ratio.neg().log1p().mul(nn).expm1().neg();
        return Iv.clamp(fn.mul(Iv.clamp(tail, 0, 1)), 0, 1);
    }

    private static final BigFraction HALF = new BigFraction(1, 2);
}
