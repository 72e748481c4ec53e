package org.infobound.engine.eval;

import java.util.TreeMap;
import org.hipparchus.fraction.BigFraction;
import org.infobound.math.discrete.WinRateTies;
import org.infobound.num.Interval;

/**
 * Certified moments of a discrete law. The sub-gaussian variance proxies are enclosed by
 * {@code [lower, upper]}: the lower end is the certified value of {@code 2 cgf(l) / l^2} at the
 * best l of a float grid (or the variance, its limit at 0); the upper end is Hoeffding's lemma
 * {@code (max r - min r)^2 / 4} over the support, and for a two-point support the two-sided
 * proxy is the exact Bernoulli closed form {@code (b - a)^2 (1 - 2p) / (2 log((1 - p)/p))}
 * (catalogue, discrete brief; 1/4 (b - a)^2 at p = 1/2).
 */
final class CertMoments {

    private CertMoments() {
    }

    /** Largest total bit size of the exact probabilities and rewards for the exact moments. */
    private static final long EXACT_BITS = 200_000;

    /**
     * Whether the mean and variance are computed in exact rationals (exact probabilities and a
     * moderate size): then a variance 2.5e-41 is enclosed as such, never as [0, 1e-40].
     */
    private static boolean exactAffordable(CertLaw p) {
        if (!p.isExact() || p.size() > 4096) {
            return false;
        }
        long bits = 0;
        for (int i = 0; i < p.size(); i++) {
            BigFraction r = p.exactReward(i);
            bits += p.exactProb(i).getDenominator().bitLength() + r.getDenominator().bitLength()
                    + r.getNumerator().bitLength();
        }
        return bits <= EXACT_BITS;
    }

    private static BigFraction exactMean(CertLaw p) {
        BigFraction s = BigFraction.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.exactProb(i).multiply(p.exactReward(i)));
        }
        return s;
    }

    static Interval mean(CertLaw p) {
        if (exactAffordable(p)) {
            return Interval.of(exactMean(p));
        }
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).mul(p.rewardIv(i)));
        }
        return s;
    }

    static Interval var(CertLaw p) {
        if (exactAffordable(p)) {
            BigFraction m = exactMean(p);
            BigFraction s = BigFraction.ZERO;
            for (int i = 0; i < p.size(); i++) {
                BigFraction d = p.exactReward(i).subtract(m);
                s = s.add(p.exactProb(i).multiply(d.multiply(d)));
            }
            return Interval.of(s);
        }
        Interval m = mean(p);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).mul(p.rewardIv(i).sub(m).sqr()));
        }
        return Iv.clamp(s, 0, Double.POSITIVE_INFINITY);
    }

    static Interval cgf(CertLaw p, Interval l) {
        Interval m = mean(p);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            if (!p.isNull(i)) {
                s = s.add(p.prob(i).mul(l.mul(p.rewardIv(i).sub(m)).exp()));
            }
        }
        return s.log();
    }

    static Interval entropy(CertLaw p) {
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(Iv.xlogxy(p.prob(i), Interval.ONE));
        }
        return Iv.clamp(s.neg(), 0, Double.POSITIVE_INFINITY);
    }

    static Interval collision(CertLaw p) {
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).sqr());
        }
        return Iv.clamp(s, 0, 1);
    }

    static Interval pmax(CertLaw p) {
        Interval m = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            m = m.max(p.prob(i));
        }
        return m;
    }

    /** sign 0: two-sided; +1: l > 0 only; -1: l < 0 only. */
    static Interval sigma2(CertLaw p, int sign) {
        p.requireOrderFaithful("the variance proxy");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int loAt = -1;
        int hiAt = -1;
        for (int i = 0; i < p.size(); i++) {
            if (p.maybePositive(i)) {
                if (p.reward(i) < lo) {
                    lo = p.reward(i);
                    loAt = i;
                }
                if (p.reward(i) > hi) {
                    hi = p.reward(i);
                    hiAt = i;
                }
            }
        }
        if (lo == hi) {
            return Interval.ZERO;
        }
        Interval range = p.rewardIv(hiAt).sub(p.rewardIv(loAt));
        Interval upper = range.sqr().div(Interval.of(4));
        if (sign == 0) {
            Interval two = twoPoint(p, lo, hi, range);
            if (two != null) {
                return two;
            }
        }
        double lower = var(p).lo();
        double bestL = bestL(p, sign);
        if (bestL != 0) {
            Interval l = Interval.of(bestL);
            try {
                lower = Math.max(lower, cgf(p, l).mul(Interval.of(2)).div(l.sqr()).lo());
            } catch (RuntimeException e) {
                // the variance stays the lower end
            }
        }
        return Interval.of(Math.min(lower, upper.hi()), upper.hi());
    }

    private static Interval twoPoint(CertLaw p, double a, double b, Interval range) {
        if (!p.isExact()) {
            return null;
        }
        BigFraction top = BigFraction.ZERO;
        for (int i = 0; i < p.size(); i++) {
            if (p.reward(i) == b) {
                top = top.add(p.exactProb(i));
            } else if (p.reward(i) != a && p.exactProb(i).signum() > 0) {
                return null;
            }
        }
        if (top.compareTo(BigFraction.ONE_HALF) == 0) {
            return range.sqr().div(Interval.of(4));
        }
        Interval q = Interval.of(top);
        Interval oneMinus = Interval.of(BigFraction.ONE.subtract(top));
        try {
            Interval ratio = oneMinus.sub(q).div(oneMinus.div(q).log().mul(Interval.of(2)));
            return range.sqr().mul(ratio);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double bestL(CertLaw p, int sign) {
        double best = 0;
        double bestVal = Double.NEGATIVE_INFINITY;
        for (int e = -30; e <= 30; e++) {
            double mag = Math.pow(10, e / 10.0);
            for (int s = -1; s <= 1; s += 2) {
                if (sign != 0 && s != sign) {
                    continue;
                }
                double l = s * mag;
                try {
                    double v = 2 * cgf(p, Interval.of(l)).mid() / (l * l);
                    if (v > bestVal) {
                        bestVal = v;
                        best = l;
                    }
                } catch (RuntimeException ex) {
                    // skip this grid point
                }
            }
        }
        return best;
    }

    static Interval cdf(CertLaw p, Interval x) {
        Interval s = Interval.ZERO;
        Interval maybe = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            Interval r = p.rewardIv(i);
            if (r.hi() <= x.lo()) {
                s = s.add(p.prob(i));
            } else if (r.lo() <= x.hi()) {
                maybe = maybe.add(p.prob(i));
            }
        }
        return Iv.clamp(Interval.of(s.lo(), s.add(maybe).hi()), 0, 1);
    }

    static Interval quantile(CertLaw p, Interval u) {
        p.requireOrderFaithful("the quantile");
        TreeMap<Double, Interval> levels = new TreeMap<>();
        java.util.Map<Double, Interval> value = new java.util.HashMap<>();
        for (int i = 0; i < p.size(); i++) {
            levels.merge(p.reward(i), p.prob(i), Interval::add);
            value.put(p.reward(i), p.rewardIv(i));
        }
        Interval cum = Interval.ZERO;
        Double first = null;
        Double last = null;
        for (var e : levels.entrySet()) {
            cum = cum.add(e.getValue());
            if (first == null && cum.hi() >= u.lo()) {
                first = e.getKey();
            }
            if (last == null && cum.lo() >= u.hi()) {
                last = e.getKey();
            }
        }
        if (first == null) {
            throw new Uncertified("quantile beyond the enclosed cdf");
        }
        return Interval.of(value.get(first).lo(), value.get(last == null ? levels.lastKey() : last).hi());
    }

    static Interval winrate(CertLaw p, CertLaw q, WinRateTies ties) {
        Interval s = Interval.ZERO;
        Interval tie = ties == WinRateTies.HALF ? Interval.of(0.5) : ties == WinRateTies.WEAK ? Interval.ONE
                : Interval.ZERO;
        boolean doubles = p.rewardsAreDoubles() && q.rewardsAreDoubles();
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < q.size(); j++) {
                Interval w = p.prob(i).mul(q.prob(j));
                int c = doubles ? Double.compare(p.reward(i) + 0.0, q.reward(j) + 0.0)
                        : p.exactReward(i).compareTo(q.exactReward(j));
                if (c > 0) {
                    s = s.add(w);
                } else if (c == 0) {
                    s = s.add(w.mul(tie));
                }
            }
        }
        return Iv.clamp(s, 0, 1);
    }
}
