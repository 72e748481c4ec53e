package org.infobound.engine.prove;

/**
 * The extent of a leaf in one dimension. For a {@link DimKind#REAL} dimension it is the dyadic
 * cell {@code [lo + (hi - lo) index / 2^level, lo + (hi - lo) (index + 1) / 2^level]} of the
 * binder's range ({@code first} and {@code last} are 0); for {@link DimKind#INTEGER} it is the
 * integer range {@code first..last} ({@code level} and {@code index} are 0).
 *
 * @param level dyadic level (REAL)
 * @param index dyadic index, {@code 0 <= index < 2^level} (REAL)
 * @param first first integer (INTEGER)
 * @param last  last integer, inclusive (INTEGER)
 */
public record Cell(int level, long index, long first, long last) {

    /** A dyadic cell. */
    public static Cell dyadic(int level, long index) {
        return new Cell(level, index, 0, 0);
    }

    /** An integer range. */
    public static Cell integers(long first, long last) {
        return new Cell(0, 0, first, last);
    }
}
