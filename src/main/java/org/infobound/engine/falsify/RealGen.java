package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.Input.RealInput;

/**
 * Reals in an interval: closed ends, near-ends (relative offsets 1e-3 and 1e-9), 0, 1/2, 1, 2,
 * the midpoint first; then uniform or log-uniform values (doubles, taken exactly). Infinite ends
 * are explored up to 1e6 in magnitude.
 */
final class RealGen {

    private static final double FAR = 1e6;

    private RealGen() {
    }

    static List<BigFraction> edges(Dom.Reals d) {
        List<BigFraction> out = new ArrayList<>();
        double lo = d.lo() == null ? -FAR : d.lo().doubleValue();
        double hi = d.hi() == null ? FAR : d.hi().doubleValue();
        if (d.lo() != null && !d.loOpen()) {
            out.add(d.lo());
        }
        if (d.hi() != null && !d.hiOpen()) {
            out.add(d.hi());
        }
        double w = hi - lo;
        for (double rel : new double[] {1e-9, 1e-3}) {
            add(out, d, org.infobound.engine.eval.Rationals.of(lo + w * rel));
            add(out, d, org.infobound.engine.eval.Rationals.of(hi - w * rel));
        }
        for (BigFraction s : new BigFraction[] {BigFraction.ZERO, BigFraction.ONE_HALF, BigFraction.ONE,
            BigFraction.TWO, BigFraction.MINUS_ONE}) {
            add(out, d, s);
        }
        add(out, d, org.infobound.engine.eval.Rationals.of(lo / 2 + hi / 2));
        return out;
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
        double lo = d.lo() == null ? -FAR : d.lo().doubleValue();
        double hi = d.hi() == null ? FAR : d.hi().doubleValue();
        for (int attempt = 0; attempt < 20; attempt++) {
            double x;
            if (lo >= 0 && hi > 100 * Math.max(lo, 1e-6) && rng.chance(0.5)) {
                double a = Math.log(Math.max(lo, 1e-6));
                x = Math.exp(rng.uniform(a, Math.log(hi)));
            } else {
                x = rng.uniform(lo, hi);
            }
            RealInput r = new RealInput(org.infobound.engine.eval.Rationals.of(x));
            if (d.contains(r, 0)) {
                return r;
            }
        }
        return new RealInput(org.infobound.engine.eval.Rationals.of(lo / 2 + hi / 2));
    }
}
