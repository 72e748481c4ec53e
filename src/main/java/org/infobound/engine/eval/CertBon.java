package org.infobound.engine.eval;

import java.util.Arrays;
import java.util.Comparator;
import org.hipparchus.fraction.BigFraction;
import org.infobound.math.discrete.Ties;
import org.infobound.math.kernel.BonWeights;
import org.infobound.math.kernel.Counts;
import org.infobound.math.kernel.TieGroups;
import org.infobound.num.Interval;

/**
 * Certified best-of-n (catalogue M-Def5): the ONE certified implementation; every verdict on a
 * best-of-n law rests on it (the engine's certified route, and through
 * {@link ClosedValue#enclosure} the prover's closed relations). Outcomes are ordered by a
 * selection key (the reward, or a proxy g). With exact rational inputs and moderate size the
 * pmf is exact: {@code F^n - F^-^n} in rationals; when the level masses have a common
 * denominator D with integer counts below 2^31 and {@code D^n} fits in a long, the weights
 * {@code S_l^n - S_(l-1)^n} come from the kernel {@code BonWeights} (exact long arithmetic with
 * an overflow test before every product; KeY proves {@code power}, {@code levelWeights} (each
 * level through {@code weight}) and {@code total}, proofs/README.md), and the falsifier's certified confirmation
 * runs through this same class. Otherwise it is enclosed through the stable
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
        // levels: runs of equal key (uniform ties: the kernel TieGroups.levels gives each sorted
        // position its level) or single outcomes (index ties)
        int[] levelOf = new int[k];
        int levels;
        if (ties == Ties.INDEX) {
            for (int t = 0; t < k; t++) {
                levelOf[order[t]] = t;
            }
            levels = k;
        } else {
            long[] sortedKeys = new long[k];
            for (int t = 0; t < k; t++) {
                sortedKeys[t] = orderKey(key[order[t]]);
            }
            int[] level = TieGroups.levels(sortedKeys);
            levels = k == 0 ? 0 : level[k - 1] + 1;
            for (int t = 0; t < k; t++) {
                levelOf[order[t]] = level[t];
            }
        }
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
        // exact masses in long integers through the verified kernel when they fit
        BigFraction[] kernelMass = p.isExact() ? kernelMasses(levelExact, n) : null;
        boolean exact = p.isExact() && (kernelMass != null || exactAffordable(p, n));
        Interval cum = Interval.ZERO;
        BigFraction cumExact = BigFraction.ZERO;
        // log of each level's mass (n log F + log(-expm1(n log1p(-P/F)))): the masses themselves
        // underflow at large n ((1/2)^(10^6)), their logs do not; used by KL in log space
        Interval[] logMass = new Interval[levels];
        for (int l = 0; l < levels; l++) {
            if (p.isExact()) {
                BigFraction below = cumExact;
                cumExact = cumExact.add(levelExact[l]);
                if (kernelMass != null) {
                    exactMass[l] = kernelMass[l];
                    mass[l] = Interval.of(exactMass[l]);
                } else if (exact) {
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

    /** The kernel computing the level weights (a seam for tests; production: the verified kernel). */
    interface WeightsKernel {
        long[] levelWeights(long[] cum, int n);
    }

    static WeightsKernel weightsKernel = BonWeights::levelWeights;

    /**
     * Exact level masses {@code (S_l^n - S_(l-1)^n) / D^n} from the verified kernels
     * (proofs/README.md): D is the common denominator of the level masses, {@code c_l = D P_l}
     * the integer counts, {@code S} their prefix sums ({@code Counts.prefixSums}), the weights
     * {@code BonWeights.levelWeights} and {@code D^n} {@code BonWeights.power}. Null (the caller
     * keeps its BigFraction route) when a count does not fit in an int or a power in a long.
     */
    private static BigFraction[] kernelMasses(BigFraction[] levelExact, long n) {
        // D^n fits in a long only for n <= 62 when D >= 2; for D = 1 (one level of mass 1) the
        // kernel's n multiplications would cost n steps for nothing (n up to 2^31 from a 1..inf
        // range), so n > 62 always takes the BigFraction route, which is exact too.
        if (n < 1 || n > 62) {
            return null;
        }
        java.math.BigInteger d = java.math.BigInteger.ONE;
        for (BigFraction f : levelExact) {
            if (f.signum() < 0) {
                return null;
            }
            java.math.BigInteger q = f.getDenominator();
            d = d.divide(d.gcd(q)).multiply(q);
            if (d.bitLength() > 62) {
                return null;
            }
        }
        int[] counts = new int[levelExact.length];
        for (int l = 0; l < counts.length; l++) {
            java.math.BigInteger c = levelExact[l].getNumerator().multiply(d.divide(levelExact[l].getDenominator()));
            if (c.bitLength() > 31) {
                return null;
            }
            counts[l] = c.intValue();
        }
        long dn = BonWeights.power(d.longValue(), (int) n);
        if (dn < 0) {
            return null;
        }
        long[] w = weightsKernel.levelWeights(Counts.prefixSums(counts), (int) n);
        // the masses w_l / D^n are used only if they sum to exactly 1 (BonWeights.total, verified)
        if (w == null || BonWeights.total(w) != dn) {
            return null;
        }
        BigFraction[] out = new BigFraction[w.length];
        for (int l = 0; l < w.length; l++) {
            out[l] = new BigFraction(java.math.BigInteger.valueOf(w[l]), java.math.BigInteger.valueOf(dn));
        }
        return out;
    }

    /** A long with the order of the doubles (-0.0 and 0.0 equal), for the tie-group kernel. */
    private static long orderKey(double x) {
        long bits = Double.doubleToLongBits(x + 0.0);
        return bits < 0 ? bits ^ Long.MAX_VALUE : bits;
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
