package org.infobound.engine.falsify;

import java.util.ArrayList;
import java.util.List;
import org.infobound.engine.eval.Input.DistInput;
import org.infobound.engine.eval.Input.KernelInput;

/** Markov kernels: m outputs (ends of the range first), each row a probability vector. */
final class KernelGen {

    private KernelGen() {
    }

    static KernelInput draw(int k, Dom.Kernels d, Rng rng, boolean edge) {
        int m = edge ? (rng.chance(0.5) ? d.mMin() : d.mMax()) : rng.nextInt(d.mMin(), d.mMax());
        List<DistInput> rows = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            rows.add(DistGen.draw(m, rng, edge));
        }
        return new KernelInput(rows);
    }
}
