package org.infobound.engine.prove;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.infobound.math.kernel.BoxTiling;
import org.infobound.math.kernel.IntervalTiling;

/**
 * Checks that the leaves of a numeric certificate tile the goal's box exactly once. Each cell is
 * mapped to a half-open integer range: in a real dimension, a dyadic cell of level L to
 * {@code [index 2^(M-L), (index + 1) 2^(M-L))} at the common scale M of that dimension (the
 * finest level any leaf uses there, so that volumes stay small), the dimension to
 * {@code [0, 2^M)}; an integer cell to {@code [first, last + 1)}. The only tiling check is then a
 * KeY-verified kernel (proofs/README.md): {@link IntervalTiling} in one dimension (the intervals
 * sorted by left end), {@link BoxTiling} in two or more (non-empty, contained, pairwise disjoint,
 * volumes summing to the box's volume: exact cover, proofs/README.md "Exact cover"). A gap, an
 * overlap or a duplicate leaf is rejected.
 */
final class Tiling {

    /** The 1-D tiling kernel (a seam for tests; production: the verified {@link IntervalTiling}). */
    interface TilingKernel {
        boolean tilesExactlyOnce(long[] lo, long[] hi, long from, long to);
    }

    /** The n-D tiling kernel (a seam for tests; production: the verified {@link BoxTiling}). */
    interface BoxKernel {
        boolean coversExactlyOnce(long[][] lo, long[][] hi, long[] from, long[] to);
    }

    static TilingKernel tilingKernel = IntervalTiling::tilesExactlyOnce;

    static BoxKernel boxKernel = BoxTiling::coversExactlyOnce;

    private Tiling() {
    }

    /** Null if the leaves tile the box exactly once, else the reason. */
    static String check(ResolvedGoal g, List<Leaf> leaves) {
        int n = g.dims();
        int[] scale = new int[n];
        for (Leaf leaf : leaves) {
            if (leaf.cells().size() != n) {
                return "a leaf has " + leaf.cells().size() + " cells for " + n + " dimensions";
            }
            for (int i = 0; i < n; i++) {
                Cell c = leaf.cells().get(i);
                if (g.kind(i) == DimKind.REAL) {
                    if (c.level() < 0 || c.level() > ResolvedGoal.MAX_LEVEL || c.index() < 0 || c.index() >= 1L << c.level()) {
                        return "invalid dyadic cell " + c;
                    }
                    scale[i] = Math.max(scale[i], c.level());
                }
            }
        }
        long[] boxLo = new long[n];
        long[] boxHi = new long[n];
        for (int i = 0; i < n; i++) {
            if (g.kind(i) == DimKind.REAL) {
                boxLo[i] = 0;
                boxHi[i] = 1L << scale[i];
            } else {
                boxLo[i] = g.intLo(i);
                boxHi[i] = g.intHi(i) + 1;
            }
        }
        long[][] lo = new long[leaves.size()][];
        long[][] hi = new long[leaves.size()][];
        for (int k = 0; k < lo.length; k++) {
            Leaf leaf = leaves.get(k);
            lo[k] = new long[n];
            hi[k] = new long[n];
            for (int i = 0; i < n; i++) {
                Cell c = leaf.cells().get(i);
                if (g.kind(i) == DimKind.REAL) {
                    int s = scale[i] - c.level();
                    lo[k][i] = c.index() << s;
                    hi[k][i] = (c.index() + 1) << s;
                } else {
                    if (c.first() > c.last() || c.first() < boxLo[i] || c.last() >= boxHi[i]) {
                        return "integer cell outside the range: " + c;
                    }
                    lo[k][i] = c.first();
                    hi[k][i] = c.last() + 1;
                }
            }
        }
        if (n == 1) {
            // one dimension: the verified kernel IntervalTiling is the only check
            return intervalKernel(boxLo[0], boxHi[0], lo, hi) ? null
                    : "the leaves do not tile the range exactly once (gap, overlap or duplicate)";
        }
        // two or more dimensions: the verified kernel BoxTiling is the only check
        return boxKernel.coversExactlyOnce(lo, hi, boxLo, boxHi) ? null
                : "the leaves do not tile the box exactly once (gap, overlap, duplicate, or a volume beyond 2^63)";
    }

    /**
     * The one-dimensional leaves as intervals sorted by left end, checked by the kernel
     * {@link IntervalTiling#tilesExactlyOnce} (KeY-proved, proofs/README.md). The sort only
     * chooses the order the kernel checks; every leaf is passed, so a duplicate or an overlap is
     * rejected by the kernel whatever the order.
     */
    private static boolean intervalKernel(long from, long to, long[][] lo, long[][] hi) {
        Integer[] order = new Integer[lo.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingLong(k -> lo[k][0]));
        long[] l = new long[lo.length];
        long[] h = new long[lo.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = lo[order[i]][0];
            h[i] = hi[order[i]][0];
        }
        return tilingKernel.tilesExactlyOnce(l, h, from, to);
    }
}
