package org.infobound.engine.prove;

/** How a leaf's enclosure of g was computed (after any monotonicity faces). */
public enum LeafRule {
    /** Natural interval extension of g on the cell. */
    RANGE,
    /**
     * Mean-value form {@code g(c) + sum_i g_i(cell) (x_i - c_i)} at the cell's midpoint c,
     * intersected with the natural extension (Moore 1966, chapter 3).
     */
    MEAN_VALUE
}
