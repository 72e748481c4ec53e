package org.infobound.engine.prove;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * Interval branch and bound: proves a {@link NumericGoal} on its whole box by closing cells with
 * {@link LeafRules} and bisecting the ones that do not close (dyadic halves for real binders,
 * integer halves for integer binders, so small integer ranges end in certified exhaustion and
 * large ones are handled by real relaxation). The budget is a number of cells, never time.
 */
public final class BranchAndBound {

    private BranchAndBound() {
    }

    /**
     * Searches for a certificate of {@code goal}.
     *
     * @param goal     the goal
     * @param maxCells the budget of cells examined
     * @return the certificate, or empty when a cell could not be closed within the budget or at
     *         the finest level (the goal is then "not proved", which says nothing about its truth)
     *
     * Requires: goal != null && maxCells > 0.
     * Ensures: result.isPresent() implies NumericChecker.check(result.get()).isEmpty().
     * Throws IllegalArgumentException when maxCells <= 0.
     */
    public static Optional<NumericCertificate> prove(NumericGoal goal, int maxCells) {
        if (maxCells <= 0) {
            throw new IllegalArgumentException("maxCells must be positive, got " + maxCells);
        }
        ResolvedGoal g;
        try {
            g = new ResolvedGoal(goal);
        } catch (NotCertified e) {
            return Optional.empty();
        }
        List<Cell> root = new ArrayList<>();
        for (int i = 0; i < g.dims(); i++) {
            root.add(g.root(i));
        }
        Deque<List<Cell>> work = new ArrayDeque<>();
        work.push(root);
        List<Leaf> leaves = new ArrayList<>();
        int examined = 0;
        while (!work.isEmpty()) {
            if (++examined > maxCells) {
                return Optional.empty();
            }
            List<Cell> cells = work.pop();
            Leaf leaf = LeafRules.close(g, cells);
            if (leaf != null) {
                leaves.add(leaf);
                continue;
            }
            int d = splitDimension(g, cells);
            if (d < 0) {
                return Optional.empty();
            }
            List<List<Cell>> halves = split(g, cells, d);
            work.push(halves.get(1));
            work.push(halves.get(0));
        }
        return Optional.of(new NumericCertificate(goal, leaves));
    }

    private static int splitDimension(ResolvedGoal g, List<Cell> cells) {
        Interval[] box = LeafRules.box(g, cells, List.of());
        Dual d = null;
        try {
            d = g.evaluate(box);
        } catch (NotCertified e) {
            // no derivative information: split the relatively widest cell
        }
        int best = -1;
        double bestScore = -1;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            boolean splittable = g.kind(i) == DimKind.REAL ? c.level() < ResolvedGoal.MAX_LEVEL : c.first() < c.last();
            if (!splittable) {
                continue;
            }
            double relative = box[i].width() / Math.max(g.hi[i].hi() - g.lo[i].lo(), Double.MIN_NORMAL);
            double score = relative;
            if (d != null && d.hasGradient()) {
                Interval gi = d.partial(i);
                double mag = Math.max(Math.abs(gi.lo()), Math.abs(gi.hi()));
                if (Double.isFinite(mag)) {
                    score = relative * (1 + mag * box[i].width());
                } else {
                    score = relative * 1e300;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static List<List<Cell>> split(ResolvedGoal g, List<Cell> cells, int d) {
        Cell c = cells.get(d);
        Cell a;
        Cell b;
        if (g.kind(d) == DimKind.INTEGER) {
            long mid = Math.floorDiv(c.first() + c.last(), 2);
            a = Cell.integers(c.first(), mid);
            b = Cell.integers(mid + 1, c.last());
        } else {
            a = Cell.dyadic(c.level() + 1, 2 * c.index());
            b = Cell.dyadic(c.level() + 1, 2 * c.index() + 1);
        }
        List<Cell> left = new ArrayList<>(cells);
        List<Cell> right = new ArrayList<>(cells);
        left.set(d, a);
        right.set(d, b);
        return List.of(left, right);
    }
}
