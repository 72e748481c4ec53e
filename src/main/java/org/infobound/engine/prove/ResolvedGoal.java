package org.infobound.engine.prove;

import java.util.HashMap;
import java.util.Map;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.parse.ExpressionResult;
import org.infobound.lang.parse.Parser;
import org.infobound.lang.source.SourceFile;
import org.infobound.num.Dual;
import org.infobound.num.Interval;

/**
 * A {@link NumericGoal} with its expression parsed and its bounds evaluated: the geometry both
 * the search and the checker compute cells and enclosures from.
 */
final class ResolvedGoal {

    /** Finest dyadic level (cells of width range * 2^-MAX_LEVEL); keeps indices exact in doubles. */
    static final int MAX_LEVEL = 50;
    /** Integer bounds must be exactly representable as doubles. */
    static final long MAX_INTEGER = 1L << 53;

    final NumericGoal goal;
    final Expr expr;
    final Interval[] lo;
    final Interval[] hi;

    ResolvedGoal(NumericGoal goal) {
        this.goal = goal;
        this.expr = parse(goal.expression());
        int n = goal.dims().size();
        lo = new Interval[n];
        hi = new Interval[n];
        for (int i = 0; i < n; i++) {
            NumericDim d = goal.dims().get(i);
            lo[i] = constant(d.lo());
            hi[i] = constant(d.hi());
            if (!lo[i].isFinite() || !hi[i].isFinite() || lo[i].lo() > hi[i].hi()) {
                throw new NotCertified("the range of " + d.name() + " is not a finite interval");
            }
            if (d.kind() == DimKind.INTEGER && (integer(lo[i]) == null || integer(hi[i]) == null)) {
                throw new NotCertified("the range of " + d.name() + " needs exact integer bounds below 2^53");
            }
        }
    }

    static Expr parse(String text) {
        ExpressionResult r = Parser.parseExpression(SourceFile.of("<certificate>", text));
        if (r.expr().isEmpty()) {
            throw new NotCertified("not an expression: " + text);
        }
        return r.expr().get();
    }

    static Interval constant(String text) {
        return new NumericEval(Map.of()).eval(parse(text)).value();
    }

    static Long integer(Interval x) {
        double v = x.lo();
        if (!x.isPoint() || v != Math.rint(v) || Math.abs(v) > MAX_INTEGER) {
            return null;
        }
        return (long) v;
    }

    int dims() {
        return lo.length;
    }

    DimKind kind(int i) {
        return goal.dims().get(i).kind();
    }

    long intLo(int i) {
        return integer(lo[i]);
    }

    long intHi(int i) {
        return integer(hi[i]);
    }

    /** The whole range of dimension i as a cell. */
    Cell root(int i) {
        return kind(i) == DimKind.REAL ? Cell.dyadic(0, 0) : Cell.integers(intLo(i), intHi(i));
    }

    /** Enclosure of the lower end of a cell (exact for integers). */
    Interval lowerEnd(int i, Cell c) {
        if (kind(i) == DimKind.INTEGER) {
            return Interval.of(c.first());
        }
        return fraction(i, c.index(), c.level());
    }

    /** Enclosure of the upper end of a cell. */
    Interval upperEnd(int i, Cell c) {
        if (kind(i) == DimKind.INTEGER) {
            return Interval.of(c.last());
        }
        return fraction(i, c.index() + 1, c.level());
    }

    private Interval fraction(int i, long k, int level) {
        if (k == 0) {
            return lo[i];
        }
        if (k == 1L << level) {
            return hi[i];
        }
        Interval w = hi[i].sub(lo[i]);
        return lo[i].add(w.mul((double) k).div(Math.scalb(1.0, level)));
    }

    /** Enclosure of the whole cell. */
    Interval extent(int i, Cell c) {
        return Interval.of(lowerEnd(i, c).lo(), upperEnd(i, c).hi());
    }

    /** A point of the cell (its midpoint, an integer for integer cells), as a thin enclosure. */
    Interval midpoint(int i, Cell c) {
        if (kind(i) == DimKind.INTEGER) {
            return Interval.of((double) Math.floorDiv(c.first() + c.last(), 2));
        }
        return Interval.of(extent(i, c).mid());
    }

    /** Evaluates g with each dimension bound to the given enclosure. */
    Dual evaluate(Interval[] box) {
        Map<String, Dual> env = new HashMap<>();
        for (int i = 0; i < box.length; i++) {
            env.put(goal.dims().get(i).name(), Dual.variable(box[i], box.length, i));
        }
        return new NumericEval(env, excluded()).eval(expr);
    }

    /** The open ends of the dimensions: points of a binder that are not instances. */
    Map<String, java.util.List<Expr>> excluded() {
        Map<String, java.util.List<Expr>> out = new HashMap<>();
        for (NumericDim d : goal.dims()) {
            java.util.List<Expr> ends = new java.util.ArrayList<>();
            if (d.kind() == DimKind.REAL && d.loOpen()) {
                ends.add(parse(d.lo()));
            }
            if (d.kind() == DimKind.REAL && d.hiOpen()) {
                ends.add(parse(d.hi()));
            }
            if (!ends.isEmpty()) {
                out.put(d.name(), ends);
            }
        }
        return out;
    }

}
