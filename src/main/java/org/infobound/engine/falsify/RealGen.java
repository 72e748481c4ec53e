package org.infobound.engine.falsify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input.RealInput;
import org.infobound.num.Rationals;

/**
 * Reals in an interval: closed ends, near-ends (relative offsets 1e-3 and 1e-9), 0, 1/2, 1, 2,
 * the midpoint first; then uniform or log-uniform values (doubles, taken exactly). Infinite ends
 * are explored up to 1e6 in magnitude beyond the other end (or 0).
 *
 * <p>Every value returned lies exactly in the domain (checked with exact comparisons). Where the
 * doubles cannot represent the interval (ends that underflow, ends closer than an ulp), the
 * values are exact rationals instead: {@code lo + (hi - lo) * t} with a dyadic t strictly
 * between 0 and 1, and the exact midpoint.
 */
final class RealGen {

    private static final double FAR = 1e6;
    private static final BigFraction FAR_Q = new BigFraction(1_000_000);
    /** Bits of the dyadic fractions t in (0, 1) of the exact draws. */
    private static final int T_BITS = 30;

    private RealGen() {
    }

    /** The finite lower end the search uses: lo, or -1e6 (below hi when hi < -1e6). */
    static BigFraction lowEnd(Dom.Reals d) {
        if (d.lo() != null) {
            return d.lo();
        }
        return d.hi() == null || d.hi().compareTo(FAR_Q.negate()) > 0 ? FAR_Q.negate() : d.hi().subtract(FAR_Q);
    }

    /** The finite upper end the search uses: hi, or 1e6 (above lo when lo > 1e6). */
    static BigFraction highEnd(Dom.Reals d) {
        if (d.hi() != null) {
            return d.hi();
        }
        return d.lo() == null || d.lo().compareTo(FAR_Q) < 0 ? FAR_Q : d.lo().add(FAR_Q);
    }

    /** {@code lo + (hi - lo) * t} exactly. */
    static BigFraction between(BigFraction lo, BigFraction hi, BigFraction t) {
        return lo.add(hi.subtract(lo).multiply(t));
    }

    static List<BigFraction> edges(Dom.Reals d) {
        List<BigFraction> out = new ArrayList<>();
        BigFraction loQ = lowEnd(d);
        BigFraction hiQ = highEnd(d);
        double lo = d.lo() == null ? -FAR : org.infobound.num.Rationals.toDouble(d.lo());
        double hi = d.hi() == null ? FAR : org.infobound.num.Rationals.toDouble(d.hi());
        if (d.lo() != null && !d.loOpen()) {
            out.add(d.lo());
        }
        if (d.hi() != null && !d.hiOpen()) {
            out.add(d.hi());
        }
        double w = hi - lo;
        for (double rel : new double[] {1e-9, 1e-3}) {
            // the double near-ends when they lie in the domain, else exact ones at 2^-30 and 2^-10
            BigFraction t = new BigFraction(BigInteger.ONE, BigInteger.ONE.shiftLeft(rel < 1e-6 ? T_BITS : 10));
            if (!addDouble(out, d, lo + w * rel)) {
                add(out, d, between(loQ, hiQ, t));
            }
            if (!addDouble(out, d, hi - w * rel)) {
                add(out, d, between(hiQ, loQ, t));
            }
        }
        for (BigFraction s : new BigFraction[] {BigFraction.ZERO, BigFraction.ONE_HALF, BigFraction.ONE,
            BigFraction.TWO, BigFraction.MINUS_ONE}) {
            add(out, d, s);
        }
        if (!addDouble(out, d, lo / 2 + hi / 2)) {
            add(out, d, between(loQ, hiQ, BigFraction.ONE_HALF));
        }
        return out;
    }

    /** Adds x (taken exactly) when it is finite and in the domain; whether it is in the domain. */
    private static boolean addDouble(List<BigFraction> out, Dom.Reals d, double x) {
        if (!Double.isFinite(x)) {
            return false;
        }
        BigFraction q = Rationals.of(x);
        if (d.contains(new RealInput(q), 0)) {
            if (!out.contains(q)) {
                out.add(q);
            }
            return true;
        }
        return false;
    }

    private static void add(List<BigFraction> out, Dom.Reals d, BigFraction v) {
        if (d.contains(new RealInput(v), 0) && !out.contains(v)) {
            out.add(v);
        }
    }

    static RealInput draw(Dom.Reals d, Rng rng, boolean edge) {
        if (edge) {
            List<BigFraction> e = edges(d);
            if (!e.isEmpty()) {
                return new RealInput(rng.pick(e));
            }
        }
        double lo = d.lo() == null ? -FAR : org.infobound.num.Rationals.toDouble(d.lo());
        double hi = d.hi() == null ? FAR : org.infobound.num.Rationals.toDouble(d.hi());
        if (Double.isFinite(lo) && Double.isFinite(hi) && lo < hi) {
            for (int attempt = 0; attempt < 20; attempt++) {
                double x;
                if (lo >= 0 && hi > 100 * Math.max(lo, 1e-6) && rng.chance(0.5)) {
                    double a = Math.log(Math.max(lo, 1e-6));
                    x = Math.exp(rng.uniform(a, Math.log(hi)));
                } else {
                    x = rng.uniform(lo, hi);
                }
                if (!Double.isFinite(x)) {
                    continue;
                }
                RealInput r = new RealInput(Rationals.of(x));
                if (d.contains(r, 0)) {
                    return r;
                }
            }
        }
        // the doubles do not fit this interval: an exact point lo + (hi - lo) * t, t in (0, 1)
        BigInteger odd = rng.bits(T_BITS - 1).shiftLeft(1).add(BigInteger.ONE);
        BigFraction t = new BigFraction(odd, BigInteger.ONE.shiftLeft(T_BITS));
        RealInput r = new RealInput(between(lowEnd(d), highEnd(d), t));
        if (!d.contains(r, 0)) {
            throw new IllegalStateException("exact real draw " + r.text() + " outside its domain");
        }
        return r;
    }
}
