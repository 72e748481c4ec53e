package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.List;
import org.infobound.engine.eval.Input.DistInput;
import org.infobound.engine.eval.Input.KernelInput;

/** Markov kernels: m outputs (ends of the searched range first), each row a probability vector. */
final class KernelGen {

    private KernelGen() {
    }

    static KernelInput draw(int k, Dom.Kernels d, Rng rng, boolean edge) {
        // m up to Dom.Kernels.SEARCH_CAP (the verdict states the cap when the range exceeds it)
        int lo = d.searchedMin();
        int hi = d.searchedMax();
        int m;
        if (edge) {
            m = rng.chance(0.5) ? lo : hi;
        } else if (hi - lo < 64 || rng.chance(0.75)) {
            m = rng.nextInt(lo, Math.min(hi, lo + 63));
        } else {
            // one in four log-uniform up to the cap (a kernel costs k * m)
            m = (int) Math.max(lo, Math.min(hi, Math.floor(Math.exp(rng.uniform(Math.log(lo), Math.log(hi + 1.0))))));
        }
        List<DistInput> rows = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            rows.add(DistGen.draw(m, rng, edge));
        }
        return new KernelInput(rows);
    }
}
