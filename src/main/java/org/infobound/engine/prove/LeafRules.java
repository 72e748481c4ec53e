package org.infobound.engine.prove;

import java.util.ArrayList;
import java.util.List;
import org.infobound.num.Dual;
import org.infobound.num.Interval;
import org.infobound.num.UndefinedValueException;

/**
 * The certified leaf tests, shared by the search (which tries them) and the checker (which
 * replays the recorded ones): natural enclosure, mean-value form and monotonicity faces.
 */
final class LeafRules {

    private LeafRules() {
    }

    /** The box of a cell list after fixing the given faces. */
    static Interval[] box(ResolvedGoal g, List<Cell> cells, List<Face> faces) {
        Interval[] box = new Interval[cells.size()];
        for (int i = 0; i < box.length; i++) {
            box[i] = g.extent(i, cells.get(i));
        }
        for (Face f : faces) {
            Cell c = cells.get(f.dim());
            box[f.dim()] = f.upper() ? g.upperEnd(f.dim(), c) : g.lowerEnd(f.dim(), c);
        }
        return box;
    }

    /** True if the derivative enclosure certifies the face's monotonicity. */
    static boolean faceHolds(Dual d, Face f) {
        if (!d.smooth()) {
            return false;
        }
        Interval gi = d.partial(f.dim());
        return f.upper() ? gi.hi() <= 0 : gi.lo() >= 0;
    }

    /** The enclosure of g by {@code rule} on the box; null if it cannot be computed. */
    static Interval enclose(ResolvedGoal g, List<Cell> cells, List<Face> faces, LeafRule rule, Dual onBox) {
        if (rule == LeafRule.RANGE) {
            return onBox.value();
        }
        if (!onBox.smooth()) {
            return null;
        }
        Interval[] box = box(g, cells, faces);
        Interval[] mid = box.clone();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < box.length; i++) {
            if (!fixed(faces, i)) {
                mid[i] = g.midpoint(i, cells.get(i));
                free.add(i);
            }
        }
        try {
            Interval mv = g.evaluate(mid).value();
            for (int i : free) {
                mv = mv.add(onBox.partial(i).mul(box[i].sub(mid[i])));
            }
            return mv.intersect(onBox.value());
        } catch (UndefinedValueException | IllegalArgumentException | NotCertified e) {
            return null;
        }
    }

    static boolean fixed(List<Face> faces, int dim) {
        for (Face f : faces) {
            if (f.dim() == dim) {
                return true;
            }
        }
        return false;
    }

    /** Tries to close a cell; returns the leaf or null. */
    static Leaf close(ResolvedGoal g, List<Cell> cells) {
        List<Face> faces = new ArrayList<>();
        GoalKind kind = g.goal.kind();
        while (true) {
            Dual d;
            try {
                d = g.evaluate(box(g, cells, faces));
            } catch (NotCertified e) {
                return null;
            }
            for (LeafRule rule : LeafRule.values()) {
                Interval enc = enclose(g, cells, faces, rule, d);
                if (enc != null && kind.certifies(enc.lo(), enc.hi())) {
                    return new Leaf(cells, faces, rule, enc.lo(), enc.hi());
                }
            }
            Face next = kind == GoalKind.FINITE ? null : monotoneFace(g, cells, faces, d);
            if (next == null) {
                return null;
            }
            faces.add(next);
        }
    }

    private static Face monotoneFace(ResolvedGoal g, List<Cell> cells, List<Face> faces, Dual d) {
        if (!d.smooth()) {
            return null;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (fixed(faces, i) || g.extent(i, cells.get(i)).width() == 0) {
                continue;
            }
            for (boolean upper : new boolean[] {false, true}) {
                Face f = new Face(i, upper);
                if (faceHolds(d, f)) {
                    return f;
                }
            }
        }
        return null;
    }
}
