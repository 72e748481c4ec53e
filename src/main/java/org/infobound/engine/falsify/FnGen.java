package org.infobound.engine.falsify;

import org.infobound.engine.eval.Input.FnInput;

/** Functions on the alphabet with values in [lo, hi]: constant ends, ends mixed, zero; uniform. */
final class FnGen {

    private FnGen() {
    }

    /** Stand-in for an infinite end of fn(lo, hi): a function's values are real numbers. */
    private static final double FINITE_END = 1e3;

    static FnInput draw(int k, Dom.Fns d, Rng rng, boolean edge) {
        double[] v = new double[k];
        double lo = Double.isInfinite(d.lo()) ? -FINITE_END : d.lo();
        double hi = Double.isInfinite(d.hi()) ? FINITE_END : d.hi();
        double zero = Math.min(hi, Math.max(lo, 0.0));
        int mode = edge ? rng.nextInt(4) : 4;
        for (int i = 0; i < k; i++) {
            switch (mode) {
                case 0:
                    v[i] = lo;
                    break;
                case 1:
                    v[i] = hi;
                    break;
                case 2:
                    v[i] = rng.chance(0.5) ? lo : hi;
                    break;
                case 3:
                    v[i] = rng.chance(0.5) ? zero : (rng.chance(0.5) ? lo : hi);
                    break;
                default:
                    v[i] = rng.uniform(lo, hi);
            }
        }
        return new FnInput(v);
    }
}
