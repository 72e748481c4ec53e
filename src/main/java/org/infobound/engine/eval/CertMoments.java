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

    static Interval mean(CertLaw p) {
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).mul(Interval.of(p.reward(i))));
        }
        return s;
    }

    static Interval var(CertLaw p) {
        Interval m = mean(p);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            s = s.add(p.prob(i).mul(Interval.of(p.reward(i)).sub(m).sqr()));
        }
        return Iv.clamp(s, 0, Double.POSITIVE_INFINITY);
    }

    static Interval cgf(CertLaw p, Interval l) {
        Interval m = mean(p);
        Interval s = Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            if (!p.isNull(i)) {
                s = s.add(p.prob(i).mul(l.mul(Interval.of(p.reward(i)).sub(m)).exp()));
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
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.size(); i++) {
            if (p.maybePositive(i)) {
                lo = Math.min(lo, p.reward(i));
                hi = Math.max(hi, p.reward(i));
            }
        }
        if (lo == hi) {
            return Interval.ZERO;
        }
        Interval range = Interval.of(hi).sub(Interval.of(lo));
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
            double r = p.reward(i);
            if (r <= x.lo()) {
                s = s.add(p.prob(i));
            } else if (r <= x.hi()) {
                maybe = maybe.add(p.prob(i));
            }
        }
        return Iv.clamp(Interval.of(s.lo(), s.add(maybe).hi()), 0, 1);
    }

    static Interval quantile(CertLaw p, Interval u) {
        TreeMap<Double, Interval> levels = new TreeMap<>();
        for (int i = 0; i < p.size(); i++) {
            levels.merge(p.reward(i), p.prob(i), Interval::add);
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
        return Interval.of(first, last == null ? levels.lastKey() : last);
    }

    static Interval winrate(CertLaw p, CertLaw q, WinRateTies ties) {
        Interval s = Interval.ZERO;
        Interval tie = ties == WinRateTies.HALF ? Interval.of(0.5) : ties == WinRateTies.WEAK ? Interval.ONE
                : Interval.ZERO;
        for (int i = 0; i < p.size(); i++) {
            for (int j = 0; j < q.size(); j++) {
                Interval w = p.prob(i).mul(q.prob(j));
                if (p.reward(i) > q.reward(j)) {
                    s = s.add(w);
                } else if (p.reward(i) == q.reward(j)) {
                    s = s.add(w.mul(tie));
                }
            }
        }
        return Iv.clamp(s, 0, 1);
    }
}
