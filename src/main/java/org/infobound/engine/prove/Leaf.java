package org.infobound.engine.prove;

import java.util.List;

/**
 * One closed box of a numeric certificate.
 *
 * @param cells one per dimension of the goal
 * @param faces monotonicity reductions applied in order before the final enclosure
 * @param rule  how the final enclosure was computed
 * @param lo    lower end of the recorded enclosure of g
 * @param hi    upper end of the recorded enclosure of g
 */
public record Leaf(List<Cell> cells, List<Face> faces, LeafRule rule, double lo, double hi) {

    /** Copies the lists. */
    public Leaf {
        cells = List.copyOf(cells);
        faces = List.copyOf(faces);
    }
}
