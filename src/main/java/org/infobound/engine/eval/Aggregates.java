package org.infobound.engine.eval;

import java.math.BigInteger;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.num.Rationals;

/**
 * {@code sum(k in a..b, e)} and {@code sup(x in DOMAIN, e)}. A sum is evaluated term by term (at
 * most 10^7 terms). A sup is explored on a grid of the domain: the float route returns the grid
 * maximum; the certified route returns {@code [certified value at the grid argmax, upper]}: the
 * upper end is the largest certified value when the grid is every element of the domain (a
 * finite set, an integer range of at most 201 elements), a branch and bound on the interval
 * extension over a finite real interval ({@link #boxUpper}), else inf. Grid points lie in the
 * domain exactly (open ends are excluded). Integer spans are exact (never a long difference, which
 * wraps), and a sup over an empty integer range has no value ({@link EvalFailure}).
 */
final class Aggregates {

    private static final long MAX_TERMS = 10_000_000L;
    private static final int GRID = 200;

    private Aggregates() {
    }

    static <N, D> Object eval(Evaluator<N, D> ev, Expr.Aggregate a, Env env) {
        switch (a.kind()) {
            case SUM:
                return sum(ev, a, env);
            case SUP:
                return sup(ev, a, env);
            default:
                throw new AssertionError(a.kind());
        }
    }

    private static <N, D> Object sum(Evaluator<N, D> ev, Expr.Aggregate a, Env env) {
        if (!(a.domain() instanceof Domain.IntRange r)) {
            throw new EvalFailure("sum ranges over an integer range a..b");
        }
        long lo = ev.backendInteger(ev.eval(r.lo(), env), "sum lower bound");
        long hi = ev.backendInteger(ev.eval(r.hi(), env), "sum upper bound");
        if (hi - lo + 1 > MAX_TERMS) {
            throw new EvalFailure("sum over more than 10^7 terms");
        }
        N acc = ev.backend.num(0.0);
        for (long k = hi; k >= lo; k--) {
            Env inner = env.child();
            inner.put(a.var().name(), k);
            acc = ev.backend.add(acc, ev.num(ev.eval(a.body(), inner)));
        }
        return acc;
    }

    private static <N, D> Object sup(Evaluator<N, D> ev, Expr.Aggregate a, Env env) {
        double best = Double.NEGATIVE_INFINITY;
        Object bestPoint = null;
        java.util.List<Object> points = grid(ev, a.domain(), env);
        boolean all = exhaustive(ev, a.domain(), env, points);
        double upper = Double.NEGATIVE_INFINITY;
        for (Object x : points) {
            Env inner = env.child();
            inner.put(a.var().name(), x);
            try {
                N val = ev.num(ev.eval(a.body(), inner));
                double v = ev.backend.estimate(val);
                if (ev.backend.certified()) {
                    upper = Math.max(upper, ((org.infobound.num.Interval) val).hi());
                }
                if (v > best) {
                    best = v;
                    bestPoint = x;
                }
            } catch (Undefined | EvalFailure | Uncertified e) {
                // a grid point outside the body's domain of definition
                all = false;
            }
        }
        if (bestPoint == null) {
            throw new EvalFailure("sup: no point of the domain could be evaluated");
        }
        if (!ev.backend.certified()) {
            return ev.backend.num(best);
        }
        Env inner = env.child();
        inner.put(a.var().name(), bestPoint);
        org.infobound.num.Interval at = (org.infobound.num.Interval) ev.num(ev.eval(a.body(), inner));
        double lower = at.lo();
        if (!all) {
            upper = a.domain() instanceof Domain.RealInterval r ? boxUpper(ev, a, r, env, lower) : Double.POSITIVE_INFINITY;
        }
        return org.infobound.num.Interval.of(lower, Math.max(lower, upper));
    }

    /** Whether the points are every element of the domain (a finite set, or a small integer range). */
    private static <N, D> boolean exhaustive(Evaluator<N, D> ev, Domain d, Env env, java.util.List<Object> points) {
        if (d instanceof Domain.FiniteSet) {
            return true;
        }
        if (d instanceof Domain.IntRange r) {
            Object hiV = ev.eval(r.hi(), env);
            if (!(hiV instanceof Long)) {
                return false;
            }
            long lo = ev.backendInteger(ev.eval(r.lo(), env), "sup lower bound");
            // exact: (Long) hiV - lo + 1 wraps around for ranges wider than 2^63
            return BigInteger.valueOf((Long) hiV).subtract(BigInteger.valueOf(lo)).add(BigInteger.ONE)
                    .equals(BigInteger.valueOf(points.size()));
        }
        return false;
    }

    /** Body evaluations of the certified upper end of a sup over a real interval. */
    private static final int BOX_BUDGET = 120;

    /**
     * An upper end of {@code sup(x in [lo, hi], e)} by branch and bound on the interval
     * extension: the body evaluated with x bound to a box {@code X} (an {@link
     * org.infobound.num.Interval}) encloses e(x) for every x in X where e is defined, because
     * every certified operation is inclusion-isotone. The box with the largest upper end is
     * halved until the gap to the certified lower end is below 1e-9 relative or the budget is
     * spent; the answer is the largest upper end of the remaining boxes. A box whose evaluation
     * fails (undefined somewhere, uncertified) gives inf; so does an infinite domain end. No
     * continuity is assumed.
     */
    private static <N, D> double boxUpper(Evaluator<N, D> ev, Expr.Aggregate a, Domain.RealInterval r, Env env,
            double lower) {
        org.infobound.num.Interval loIv = (org.infobound.num.Interval) ev.num(ev.eval(r.lo(), env));
        org.infobound.num.Interval hiIv = (org.infobound.num.Interval) ev.num(ev.eval(r.hi(), env));
        double lo = loIv.lo();
        double hi = hiIv.hi();
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo <= hi)) {
            return Double.POSITIVE_INFINITY;
        }
        java.util.PriorityQueue<double[]> boxes = new java.util.PriorityQueue<>((x, y) -> Double.compare(y[2], x[2]));
        boxes.add(new double[] {lo, hi, boxValue(ev, a, env, lo, hi)});
        int evals = 1;
        while (evals < BOX_BUDGET) {
            double[] b = boxes.peek();
            if (b[2] == Double.NEGATIVE_INFINITY || b[2] - lower <= 1e-9 * Math.abs(lower)) {
                break;
            }
            double mid = b[0] + (b[1] - b[0]) / 2;
            if (!(mid > b[0] && mid < b[1])) {
                break;
            }
            boxes.poll();
            boxes.add(new double[] {b[0], mid, boxValue(ev, a, env, b[0], mid)});
            boxes.add(new double[] {mid, b[1], boxValue(ev, a, env, mid, b[1])});
            evals += 2;
        }
        return boxes.peek()[2];
    }

    private static <N, D> double boxValue(Evaluator<N, D> ev, Expr.Aggregate a, Env env, double lo, double hi) {
        Env inner = env.child();
        inner.put(a.var().name(), org.infobound.num.Interval.of(lo, hi));
        try {
            double v = ((org.infobound.num.Interval) ev.num(ev.eval(a.body(), inner))).hi();
            return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
        } catch (RuntimeException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /** Largest span walked when the upper end is not a long (inf, or beyond 2^63). */
    private static final BigInteger UNBOUNDED_SPAN = BigInteger.valueOf(1_000_000);

    /**
     * hi - lo of {@code sup(k in lo..hi, e)} in exact integers: the span itself when hi is a long;
     * {@link #UNBOUNDED_SPAN} when hi is inf or an exact integer at least lo + 10^6 beyond the
     * longs; negative (an empty range) when hi < lo. Exact integers never go through a long
     * difference, which wraps around.
     */
    private static <N, D> BigInteger intSpan(Evaluator<N, D> ev, Domain.IntRange r, Env env, long lo) {
        Object hiV = ev.eval(r.hi(), env);
        BigInteger low = BigInteger.valueOf(lo);
        org.hipparchus.fraction.BigFraction q = Evaluator.exact(hiV);
        if (q != null) {
            if (!q.getDenominator().equals(BigInteger.ONE)) {
                throw new EvalFailure("sup upper bound must be an integer");
            }
            BigInteger span = q.getNumerator().subtract(low);
            return hiV instanceof Long ? span : span.min(UNBOUNDED_SPAN);
        }
        double h = ev.backend.estimate(ev.num(hiV));
        if (h != Double.POSITIVE_INFINITY) {
            throw new EvalFailure("sup upper bound must be an integer or inf");
        }
        return UNBOUNDED_SPAN;
    }

    private static <N, D> java.util.List<Object> grid(Evaluator<N, D> ev, Domain d, Env env) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        if (d instanceof Domain.IntRange r) {
            long lo = ev.backendInteger(ev.eval(r.lo(), env), "sup lower bound");
            // the walked span hi - lo in exact integers (a long difference wraps for ranges
            // such as -2^62..2^62): the whole range when hi is a long, else its first 10^6 + 1
            // elements; a range with hi < lo is empty: its sup has no value (never the grid
            // maximum over lo..lo + 10^6, points that are not in the range)
            BigInteger span = intSpan(ev, r, env, lo);
            if (span.signum() < 0) {
                throw new EvalFailure("sup over an empty integer range has no value");
            }
            long step = span.divide(BigInteger.valueOf(GRID)).max(BigInteger.ONE).longValueExact();
            for (BigInteger k = BigInteger.valueOf(lo), end = k.add(span); k.compareTo(end) <= 0;
                    k = k.add(BigInteger.valueOf(step))) {
                out.add(k.longValueExact());
            }
            return out;
        }
        if (d instanceof Domain.RealInterval r) {
            N loN = ev.num(ev.eval(r.lo(), env));
            N hiN = ev.num(ev.eval(r.hi(), env));
            double lo = ev.backend.estimate(loN);
            double hi = ev.backend.estimate(hiN);
            // a grid point must lie in the domain exactly (open ends excluded, and a bound that is
            // not a double, such as 1/3, compared through its enclosure)
            double loIn = loN instanceof org.infobound.num.Interval li ? li.hi() : lo;
            double hiIn = hiN instanceof org.infobound.num.Interval hj ? hj.lo() : hi;
            lo = Double.isInfinite(lo) ? -1e6 : lo;
            hi = Double.isInfinite(hi) ? 1e6 : hi;
            for (int i = 0; i <= GRID; i++) {
                double x = lo + (hi - lo) * i / GRID;
                boolean inLo = r.loEnd() == org.infobound.lang.ast.EndKind.OPEN ? x > loIn : x >= loIn;
                boolean inHi = r.hiEnd() == org.infobound.lang.ast.EndKind.OPEN ? x < hiIn : x <= hiIn;
                if (inLo && inHi) {
                    out.add(Rationals.of(x));
                }
            }
            return out;
        }
        if (d instanceof Domain.FiniteSet s) {
            for (Expr e : s.elements()) {
                out.add(ev.eval(e, env));
            }
            return out;
        }
        throw new EvalFailure("sup over this domain kind is not supported");
    }
}
