package org.infobound.engine.eval;

import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;

/**
 * {@code sum(k in a..b, e)} and {@code sup(x in DOMAIN, e)}. A sum is evaluated term by term (at
 * most 10^7 terms). A sup is explored on a grid of the domain: the float route returns the grid
 * maximum; the certified route returns {@code [certified value at the grid argmax, +inf]}, a sound
 * enclosure that only decides relations needing a lower bound of the sup.
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
        for (Object x : grid(ev, a.domain(), env)) {
            Env inner = env.child();
            inner.put(a.var().name(), x);
            try {
                double v = ev.backend.estimate(ev.num(ev.eval(a.body(), inner)));
                if (v > best) {
                    best = v;
                    bestPoint = x;
                }
            } catch (Undefined | EvalFailure | Uncertified e) {
                // a grid point outside the body's domain of definition
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
        return org.infobound.num.Interval.of(at.lo(), Double.POSITIVE_INFINITY);
    }

    private static <N, D> java.util.List<Object> grid(Evaluator<N, D> ev, Domain d, Env env) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        if (d instanceof Domain.IntRange r) {
            long lo = ev.backendInteger(ev.eval(r.lo(), env), "sup lower bound");
            Object hiV = ev.eval(r.hi(), env);
            long hi = hiV instanceof Long ? (Long) hiV : lo + 1_000_000;
            long step = Math.max(1, (hi - lo) / GRID);
            for (long k = lo; k <= hi; k += step) {
                out.add(k);
            }
            return out;
        }
        if (d instanceof Domain.RealInterval r) {
            double lo = ev.backend.estimate(ev.num(ev.eval(r.lo(), env)));
            double hi = ev.backend.estimate(ev.num(ev.eval(r.hi(), env)));
            lo = Double.isInfinite(lo) ? -1e6 : lo;
            hi = Double.isInfinite(hi) ? 1e6 : hi;
            for (int i = 0; i <= GRID; i++) {
                double x = lo + (hi - lo) * i / GRID;
                out.add(Rationals.of(x));
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
