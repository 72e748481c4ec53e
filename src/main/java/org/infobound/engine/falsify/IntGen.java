package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.List;
import org.infobound.engine.eval.Input.IntInput;

/** Integers in lo..hi: ends, 1, 2 and near-ends first, then small and log-uniform values. */
final class IntGen {

    /** Largest value drawn from an {@code a..inf} range. */
    static final long INF_CAP = 1_000_000_000L;

    private IntGen() {
    }

    static List<Long> edges(Dom.Ints d) {
        List<Long> out = new ArrayList<>();
        long hi = Math.min(d.hi(), Math.max(d.lo(), INF_CAP));
        for (long v : new long[] {d.lo(), d.lo() + 1, d.lo() + 2, 1, 2, hi, hi - 1, hi - 2}) {
            if (v >= d.lo() && v <= hi && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    static IntInput draw(Dom.Ints d, Rng rng, boolean edge) {
        if (edge) {
            return new IntInput(rng.pick(edges(d)));
        }
        long hi = Math.min(d.hi(), Math.max(d.lo(), d.lo() + INF_CAP));
        if (rng.chance(0.5) || hi - d.lo() <= 20) {
            return new IntInput(rng.nextLong(d.lo(), Math.min(hi, d.lo() + 20)));
        }
        double span = (double) (hi - d.lo()) + 1;
        long off = (long) Math.floor(Math.exp(rng.nextDouble() * Math.log(span))) - 1;
        return new IntInput(Math.min(hi, d.lo() + Math.max(0, off)));
    }
}
