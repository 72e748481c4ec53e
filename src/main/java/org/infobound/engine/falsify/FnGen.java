package org.infobound.engine.falsify;

import org.infobound.engine.eval.Input.FnInput;

/** Functions on the alphabet with values in [lo, hi]: constant ends, ends mixed, zero; uniform. */
final class FnGen {

    private FnGen() {
    }

    static FnInput draw(int k, Dom.Fns d, Rng rng, boolean edge) {
        double[] v = new double[k];
        double zero = Math.min(d.hi(), Math.max(d.lo(), 0.0));
        int mode = edge ? rng.nextInt(4) : 4;
        for (int i = 0; i < k; i++) {
            switch (mode) {
                case 0:
                    v[i] = d.lo();
                    break;
                case 1:
                    v[i] = d.hi();
                    break;
                case 2:
                    v[i] = rng.chance(0.5) ? d.lo() : d.hi();
                    break;
                case 3:
                    v[i] = rng.chance(0.5) ? zero : (rng.chance(0.5) ? d.lo() : d.hi());
                    break;
                default:
                    v[i] = rng.uniform(d.lo(), d.hi());
            }
        }
        return new FnInput(v);
    }
}
