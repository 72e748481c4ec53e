package org.infobound.math.discrete;

import org.hipparchus.fraction.BigFraction;
import org.infobound.num.Interval;

/**
 * Certified values for discrete laws: exact rationals where the inputs are rational, otherwise
 * outward-rounded {@link Interval} enclosures (org.infobound.num; ulp budget in its Javadoc).
 * A law given in doubles is taken exactly (each double is a rational) and divided by its exact
 * sum; an exact law is used as is. Alphabets up to {@value ExactLaws#MAX_SIZE} outcomes.
 * Divergence enclosures are in {@link CertifiedDivergences}. Certified best-of-n is not here:
 * the one certified implementation is the engine's (engine/eval CertBon, exact rationals or
 * certified intervals); {@link BestOfN} is the float search hint.
 *
 * <p>Not certified here: the optimal variance proxies {@code sigma2*} are suprema over l found by
 * a numerical search (Moments); this class only certifies {@code 2 psi(l) / l^2} at a given l,
 * whose lower end is a certified LOWER bound of sigma2 (and of sigma2Right for l > 0,
 * sigma2Left for l < 0). No certified upper bound of the suprema is offered.
 * Tests: CertifiedDiscreteTest (mpmath values inside the enclosures).
 */
public final class CertifiedDiscrete {

    private CertifiedDiscrete() {
    }

    /**
     * Enclosures of the probabilities of p (tight: at most one ulp wide).
     *
     * Requires: p != null && p.size() <= 100000.
     * Ensures: result.length == p.size().
     * Throws only IllegalArgumentException.
     */
    public static Interval[] enclose(DiscreteLaw p) {
        return ExactLaws.enclose(p);
    }

    /**
     * The exact win rate of p against q (rewards compared exactly).
     *
     * Requires: p != null && q != null && ties != null.
     * Ensures: 0 <= result && result <= 1.
     * Throws only IllegalArgumentException.
     */
    public static BigFraction winrate(DiscreteLaw p, DiscreteLaw q, WinRateTies ties) {
        Checks.nonNull(ties, "ties");
        BigFraction[] a = ExactLaws.normalised(p);
        BigFraction[] b = ExactLaws.normalised(q);
        BigFraction c = ties == WinRateTies.HALF ? new BigFraction(1, 2)
                : ties == WinRateTies.WEAK ? BigFraction.ONE : BigFraction.ZERO;
        BigFraction sum = BigFraction.ZERO;
        for (int i = 0; i < a.length; i++) {
            if (a[i].signum() == 0) {
                continue;
            }
            BigFraction wins = BigFraction.ZERO;
            for (int j = 0; j < b.length; j++) {
                if (p.r()[i] > q.r()[j]) {
                    wins = wins.add(b[j]);
                } else if (p.r()[i] == q.r()[j]) {
                    wins = wins.add(b[j].multiply(c));
                }
            }
            sum = sum.add(a[i].multiply(wins));
        }
        return sum;
    }

    /**
     * The exact mean reward {@code sum p_i r_i} (rewards are exact doubles).
     *
     * Requires: p != null.
     * Throws only IllegalArgumentException.
     */
    public static BigFraction mean(DiscreteLaw p) {
        BigFraction[] e = ExactLaws.normalised(p);
        BigFraction sum = BigFraction.ZERO;
        for (int i = 0; i < e.length; i++) {
            sum = sum.add(e[i].multiply(ExactLaws.exact(p.r()[i])));
        }
        return sum;
    }

    /**
     * The exact variance of the reward.
     *
     * Requires: p != null.
     * Ensures: result >= 0.
     * Throws only IllegalArgumentException.
     */
    public static BigFraction var(DiscreteLaw p) {
        BigFraction[] e = ExactLaws.normalised(p);
        BigFraction mean = mean(p);
        BigFraction sum = BigFraction.ZERO;
        for (int i = 0; i < e.length; i++) {
            BigFraction d = ExactLaws.exact(p.r()[i]).subtract(mean);
            sum = sum.add(e[i].multiply(d).multiply(d));
        }
        return sum;
    }

    /**
     * Enclosure of the Shannon entropy {@code -sum p log p} (nats, 0 log 0 = 0).
     *
     * Requires: p != null.
     * Throws only IllegalArgumentException.
     */
    public static Interval entropy(DiscreteLaw p) {
        Interval sum = Interval.ZERO;
        for (Interval x : enclose(p)) {
            sum = sum.sub(x.xlogx());
        }
        return sum.intersect(Interval.NONNEGATIVE);
    }

    /**
     * Enclosure of {@code psi(l) = log E exp(l (r - mean))} as
     * {@code log1p(sum p expm1(l (r - mean)))} with the exact mean enclosed.
     *
     * Requires: p != null && Double.isFinite(l).
     * Throws only IllegalArgumentException.
     */
    public static Interval cgf(DiscreteLaw p, double l) {
        Checks.finite(l, "l");
        Interval[] e = enclose(p);
        BigFraction mean = mean(p);
        Interval sum = Interval.ZERO;
        for (int i = 0; i < e.length; i++) {
            if (e[i].hi() == 0) {
                continue;
            }
            Interval centred = Interval.of(ExactLaws.exact(p.r()[i]).subtract(mean));
            sum = sum.add(e[i].mul(centred.mul(l).expm1()));
        }
        return sum.log1p().intersect(Interval.NONNEGATIVE);
    }

    /**
     * Enclosure of {@code 2 psi(l) / l^2} at a given l != 0: its lower end is a certified lower
     * bound of the optimal variance proxy sigma2 (and of sigma2Right if l > 0, sigma2Left if
     * l < 0). The suprema themselves are not certified (see the class comment).
     *
     * Requires: p != null && Double.isFinite(l) && l != 0.
     * Throws only IllegalArgumentException.
     */
    public static Interval sigma2LowerBound(DiscreteLaw p, double l) {
        if (l == 0) {
            throw new IllegalArgumentException("l must be non-zero");
        }
        Interval li = Interval.of(l);
        return cgf(p, l).mul(2).div(li.sqr());
    }
}
