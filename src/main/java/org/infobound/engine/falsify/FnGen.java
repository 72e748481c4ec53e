package org.infobound.engine.falsify;

import org.infobound.engine.eval.Input.FnInput;

/**
 * Functions on the alphabet with values in [lo, hi]: constant ends, ends mixed, zero; uniform.
 * Values are the doubles inside the exact range (its extreme doubles stand for ends that are not
 * doubles).
 */
final class FnGen {

    private FnGen() {
    }

    /** Stand-in for an infinite end of fn(lo, hi): a function's values are real numbers. */
    private static final double FINITE_END = 1e3;

    static FnInput draw(int k, Dom.Fns d, Rng rng, boolean edge) {
        double[] v = new double[k];
        // the doubles inside the exact range (Dom.Fns checks hasDouble before a search starts)
        double lo = d.lo() == null ? Math.min(-FINITE_END, d.doubleHi() - FINITE_END) : d.doubleLo();
        double hi = d.hi() == null ? Math.max(FINITE_END, lo + FINITE_END) : d.doubleHi();
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
                    v[i] = Math.min(hi, Math.max(lo, rng.uniform(lo, hi)));
            }
        }
        return new FnInput(v);
    }
}
