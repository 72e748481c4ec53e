package org.infobound.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;
import org.infobound.engine.eval.ClaimEvaluator;
import org.infobound.engine.eval.Input;
import org.infobound.engine.eval.Instance;
import org.infobound.engine.eval.Mode;
import org.infobound.engine.eval.Outcome;
import org.infobound.engine.verdict.Counterexample;
import org.infobound.lang.ast.Binder;
import org.infobound.lang.ast.ClaimDecl;
import org.infobound.lang.ast.Domain;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.Ident;
import org.infobound.lang.ast.RelOp;

/**
 * The data of a counterexample plot: the violated relation {@code a op b} found in the claim,
 * both sides evaluated (floating-point route, for illustration only; the verdict's certified
 * enclosures are shown separately) at the counterexample with one integer or real binder swept
 * over part of its domain, or else the mass of the first outcome of the first law moved from 0
 * to 1 (the other masses keep their proportions), every other input fixed. Sides are read by
 * evaluating the helper formulas {@code a != a} and {@code b != b}, which are false wherever the
 * side is defined, so the engine reports the side's value as the witness.
 */
final class Sweep {

    private static final int MAX_POINTS = 41;

    private Sweep() {
    }

    /** The series, or empty when the claim has no sweepable binder or its inputs are not plain. */
    static Optional<SweepSeries> of(ClaimSource src, Counterexample cx) {
        try {
            return build(src, cx);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<SweepSeries> build(ClaimSource src, Counterexample cx) {
        Optional<Expr[]> sides = sides(src, cx.relation());
        if (sides.isEmpty() || cx.left() == null || cx.right() == null) {
            return Optional.empty();
        }
        Map<String, Domain> domains = new LinkedHashMap<>();
        for (Binder b : src.decl().binders()) {
            for (Ident n : b.names()) {
                domains.put(n.name(), b.domain());
            }
        }
        double[] rewards = cx.inputs().containsKey("rewards") && !domains.containsKey("rewards")
                ? InputText.list(cx.inputs().get("rewards")).stream().mapToDouble(BigFraction::doubleValue).toArray()
                : new double[0];
        Map<String, Input> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, Domain> e : domains.entrySet()) {
            String text = cx.inputs().get(e.getKey());
            Domain d = e.getValue();
            if (text == null) {
                return Optional.empty();
            } else if (d instanceof Domain.IntRange) {
                inputs.put(e.getKey(), new Input.IntInput(new java.math.BigInteger(text.trim())));
            } else if (d instanceof Domain.RealInterval) {
                inputs.put(e.getKey(), new Input.RealInput(InputText.rational(text)));
            } else if (d instanceof Domain.DistDomain) {
                inputs.put(e.getKey(), new Input.DistInput(InputText.list(text)));
            } else {
                return Optional.empty();
            }
        }
        Instance at = new Instance(rewards, inputs);
        ClaimEvaluator left = evaluator(src, sides.get()[0]);
        ClaimEvaluator right = evaluator(src, sides.get()[1]);
        for (Map.Entry<String, Domain> e : domains.entrySet()) {
            List<Input> values = sweep(left, e.getKey(), e.getValue(), at);
            if (values.size() >= 3 && !(e.getValue() instanceof Domain.DistDomain)) {
                return Optional.of(series(e.getKey(), e.getKey(), cx, at, values, left, right));
            }
        }
        // no number to sweep: move the mass of the first outcome of the first law
        for (Map.Entry<String, Domain> e : domains.entrySet()) {
            List<Input> values = sweep(left, e.getKey(), e.getValue(), at);
            if (values.size() >= 3) {
                return Optional.of(series(e.getKey(), e.getKey() + "(outcome 1)", cx, at, values, left, right));
            }
        }
        return Optional.empty();
    }

    private static SweepSeries series(String name, String label, Counterexample cx, Instance at, List<Input> values,
            ClaimEvaluator left, ClaimEvaluator right) {
        double[] xs = new double[values.size()];
        double[] l = new double[xs.length];
        double[] r = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            Instance x = at.with(name, values.get(i));
            xs[i] = approx(values.get(i));
            l[i] = side(left, x);
            r[i] = side(right, x);
        }
        return new SweepSeries(label, cx.relation(), xs, l, r, approx(at.get(name)),
                mid(cx.left().lo(), cx.left().hi()), mid(cx.right().lo(), cx.right().hi()));
    }

    /** Values of binder {@code name} around the counterexample, inside its domain. */
    private static List<Input> sweep(ClaimEvaluator ce, String name, Domain d, Instance at) {
        List<Input> out = new ArrayList<>();
        Map<String, Input> earlier = new LinkedHashMap<>();
        for (Map.Entry<String, Input> e : at.inputs().entrySet()) {
            if (e.getKey().equals(name)) {
                break;
            }
            earlier.put(e.getKey(), e.getValue());
        }
        if (d instanceof Domain.IntRange range) {
            Input.IntInput at0 = (Input.IntInput) at.get(name);
            if (at0.value().bitLength() > 60) {
                // a sweep plots doubles: no integer sweep this far out (nothing may wrap)
                return out;
            }
            long x0 = at0.longValue();
            long lo = Math.max(x0 - 20, exactLong(ce.bound(range.lo(), earlier), x0));
            long hi = Math.min(Math.max(lo + 15, 4 * x0), exactLong(ce.bound(range.hi(), earlier), Long.MAX_VALUE));
            long step = Math.max(1, (hi - lo) / (MAX_POINTS - 1));
            for (long x = lo; x <= hi; x += step) {
                out.add(new Input.IntInput(x));
            }
        } else if (d instanceof Domain.DistDomain) {
            // mass t on the first outcome, the rest in the counterexample's proportions
            List<BigFraction> p = ((Input.DistInput) at.get(name)).probs();
            BigFraction rest = BigFraction.ONE.subtract(p.get(0));
            for (int i = 0; i < MAX_POINTS; i++) {
                BigFraction t = new BigFraction(i, MAX_POINTS - 1);
                List<BigFraction> q = new ArrayList<>();
                q.add(t);
                for (int j = 1; j < p.size(); j++) {
                    q.add(BigFraction.ONE.subtract(t).multiply(rest.signum() == 0
                            ? new BigFraction(1, p.size() - 1) : p.get(j).divide(rest)));
                }
                out.add(new Input.DistInput(q));
            }
        } else if (d instanceof Domain.RealInterval iv) {
            Object lo = ce.bound(iv.lo(), earlier);
            Object hi = ce.bound(iv.hi(), earlier);
            if (lo instanceof BigFraction a && hi instanceof BigFraction b && a.compareTo(b) < 0) {
                BigFraction width = b.subtract(a);
                // interior points only: open ends are outside the domain
                for (int i = 1; i < MAX_POINTS - 1; i++) {
                    out.add(new Input.RealInput(a.add(width.multiply(i).divide(MAX_POINTS - 1))));
                }
            }
        }
        return out;
    }

    private static long exactLong(Object bound, long fallback) {
        // only bounds well inside the long range (a larger bound never wraps: it falls back)
        return bound instanceof BigFraction q && q.isInteger() && q.getNumerator().bitLength() < 62
                ? q.getNumerator().longValueExact() : fallback;
    }

    private static double side(ClaimEvaluator ce, Instance x) {
        Outcome o = ce.evaluate(x, Mode.FLOAT);
        if (o.kind() == Outcome.Kind.VIOLATED && o.truth() != null && o.truth().left() != null) {
            return o.truth().left().estimate() == o.truth().left().estimate() ? o.truth().left().estimate()
                    : mid(o.truth().left().lo(), o.truth().left().hi());
        }
        return Double.NaN;
    }

    /** A claim whose formula is {@code side != side}, with the original binders and definitions. */
    private static ClaimEvaluator evaluator(ClaimSource src, Expr side) {
        ClaimDecl c = src.decl();
        Expr f = new Expr.Chain(side.span(), List.of(side, side), List.of(RelOp.NE));
        ClaimDecl probe = new ClaimDecl(c.span(), c.kind(), c.name(), c.description(), c.cite(), c.binders(),
                c.defs(), Optional.empty(), f, Optional.empty());
        return new ClaimEvaluator(src.source(), src.file(), probe);
    }

    /** The operands of the relation whose source text is {@code relation}. */
    private static Optional<Expr[]> sides(ClaimSource src, String relation) {
        if (relation == null) {
            return Optional.empty();
        }
        for (Chains.Relation r : Chains.relations(src.source(), src.decl().formula())) {
            if (Chains.same(r.text(), relation)) {
                return Optional.of(new Expr[] {r.left(), r.right()});
            }
        }
        return Optional.empty();
    }

    private static double approx(Input in) {
        if (in instanceof Input.DistInput d) {
            return org.infobound.num.Rationals.toDouble(d.probs().get(0));
        }
        return in instanceof Input.IntInput i ? i.value().doubleValue() : ((Input.RealInput) in).approx();
    }

    private static double mid(double lo, double hi) {
        return Double.isInfinite(lo) || Double.isInfinite(hi) ? (Double.isInfinite(lo) ? hi : lo) : lo + (hi - lo) / 2;
    }
}
