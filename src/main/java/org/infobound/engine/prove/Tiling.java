package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.infobound.math.kernel.IntervalTiling;

/**
 * Checks that the leaves of a numeric certificate tile the goal's box exactly once. Each cell is
 * mapped to a half-open integer range (a dyadic cell of level L to
 * {@code [index 2^(M-L), (index + 1) 2^(M-L))}, an integer cell to {@code [first, last + 1)});
 * the box is then split recursively by guillotine cuts that no leaf straddles, and every part
 * must end as exactly one leaf equal to it. A gap, an overlap or a duplicate leaf leaves a part
 * with no leaf or with no valid cut, and is rejected. (Tilings that are not guillotine are
 * rejected too, which is conservative: bisection never produces them.) One-dimensional
 * certificates (dyadic or integer cells) are checked by the KeY-verified kernel
 * {@link IntervalTiling} alone (proofs/README.md); certificates of two or more dimensions by the
 * guillotine recursion above, which is not verified (the kernel has no n-dimensional check yet).
 */
final class Tiling {

    /** The 1-D tiling kernel (a seam for tests; production: the verified {@link IntervalTiling}). */
    interface TilingKernel {
        boolean tilesExactlyOnce(long[] lo, long[] hi, long from, long to);
    }

    static TilingKernel tilingKernel = IntervalTiling::tilesExactlyOnce;

    private Tiling() {
    }

    /** Null if the leaves tile the box exactly once, else the reason. */
    static String check(ResolvedGoal g, List<Leaf> leaves) {
        int n = g.dims();
        long[] boxLo = new long[n];
        long[] boxHi = new long[n];
        int[] shift = new int[n];
        for (int i = 0; i < n; i++) {
            if (g.kind(i) == DimKind.REAL) {
                boxLo[i] = 0;
                boxHi[i] = 1L << ResolvedGoal.MAX_LEVEL;
            } else {
                boxLo[i] = g.intLo(i);
                boxHi[i] = g.intHi(i) + 1;
            }
        }
        List<long[][]> boxes = new ArrayList<>();
        for (Leaf leaf : leaves) {
            if (leaf.cells().size() != n) {
                return "a leaf has " + leaf.cells().size() + " cells for " + n + " dimensions";
            }
            long[][] b = new long[2][n];
            for (int i = 0; i < n; i++) {
                Cell c = leaf.cells().get(i);
                if (g.kind(i) == DimKind.REAL) {
                    if (c.level() < 0 || c.level() > ResolvedGoal.MAX_LEVEL || c.index() < 0 || c.index() >= 1L << c.level()) {
                        return "invalid dyadic cell " + c;
                    }
                    int s = ResolvedGoal.MAX_LEVEL - c.level();
                    b[0][i] = c.index() << s;
                    b[1][i] = (c.index() + 1) << s;
                } else {
                    if (c.first() > c.last() || c.first() < boxLo[i] || c.last() >= boxHi[i]) {
                        return "integer cell outside the range: " + c;
                    }
                    b[0][i] = c.first();
                    b[1][i] = c.last() + 1;
                }
            }
            boxes.add(b);
        }
        if (n == 1) {
            // one dimension: the verified kernel IntervalTiling is the only check
            return intervalKernel(boxLo[0], boxHi[0], boxes) ? null
                    : "the leaves do not tile the range exactly once (gap, overlap or duplicate)";
        }
        return tile(boxLo, boxHi, boxes, 0);
    }

    /**
     * The one-dimensional leaves as intervals sorted by left end, checked by the kernel
     * {@link IntervalTiling#tilesExactlyOnce} (KeY-proved, proofs/README.md). The sort only
     * chooses the order the kernel checks; every leaf is passed, so a duplicate or an overlap is
     * rejected by the kernel whatever the order.
     */
    private static boolean intervalKernel(long from, long to, List<long[][]> boxes) {
        List<long[][]> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingLong(b -> b[0][0]));
        long[] lo = new long[sorted.size()];
        long[] hi = new long[sorted.size()];
        for (int i = 0; i < lo.length; i++) {
            lo[i] = sorted.get(i)[0][0];
            hi[i] = sorted.get(i)[1][0];
        }
        return tilingKernel.tilesExactlyOnce(lo, hi, from, to);
    }

    private static String tile(long[] lo, long[] hi, List<long[][]> boxes, int depth) {
        if (boxes.isEmpty()) {
            return "a part of the box has no leaf (gap)";
        }
        if (boxes.size() == 1) {
            long[][] b = boxes.get(0);
            for (int i = 0; i < lo.length; i++) {
                if (b[0][i] != lo[i] || b[1][i] != hi[i]) {
                    return "a leaf does not fill its part of the box (gap or overlap)";
                }
            }
            return null;
        }
        // the valid cut that splits the leaves most evenly keeps the recursion logarithmic
        int bestDim = -1;
        int bestK = -1;
        List<long[][]> bestSorted = null;
        for (int d = 0; d < lo.length; d++) {
            final int dim = d;
            List<long[][]> sorted = new ArrayList<>(boxes);
            sorted.sort(Comparator.comparingLong(b -> b[0][dim]));
            long maxHi = Long.MIN_VALUE;
            for (int k = 0; k + 1 < sorted.size(); k++) {
                maxHi = Math.max(maxHi, sorted.get(k)[1][d]);
                long cut = sorted.get(k + 1)[0][d];
                boolean valid = maxHi <= cut && cut > lo[d] && cut < hi[d];
                if (valid && (bestK < 0 || Math.abs(2 * (k + 1) - sorted.size()) < Math.abs(2 * (bestK + 1) - bestSorted.size()))) {
                    bestDim = d;
                    bestK = k;
                    bestSorted = sorted;
                }
            }
        }
        if (bestDim >= 0) {
            long cut = bestSorted.get(bestK + 1)[0][bestDim];
            long[] leftHi = hi.clone();
            leftHi[bestDim] = cut;
            long[] rightLo = lo.clone();
            rightLo[bestDim] = cut;
            String r = tile(lo, leftHi, bestSorted.subList(0, bestK + 1), depth + 1);
            return r != null ? r : tile(rightLo, hi, bestSorted.subList(bestK + 1, bestSorted.size()), depth + 1);
        }
        return "leaves overlap or do not tile the box";
    }
}
