package org.infobound.engine.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.NamedArg;
import org.infobound.math.discrete.CsvColumn;
import org.infobound.math.discrete.Ties;
import org.infobound.math.line.LineFamily;
import org.infobound.math.line.LineLaw;
import org.infobound.num.Rationals;

/**
 * Law constructors (section 4: families on the line, bernoulli, categorical, empirical) and law
 * operations (bon, tilt, mix, rewardlaw, apply).
 */
final class Laws<N, D> {

    private final Evaluator<N, D> ev;
    private final Backend<N, D> b;

    Laws(Evaluator<N, D> ev) {
        this.ev = ev;
        this.b = ev.backend;
    }

    Object call(String name, Expr.Call c, List<Object> a, Env env) {
        switch (name) {
            case "normal":
            case "exponential":
            case "uniform":
            case "beta":
            case "gamma":
            case "laplace":
            case "logistic":
            case "gumbel":
            case "pareto":
                return family(name, a);
            case "bernoulli":
                return bernoulli(a);
            case "categorical":
                return categorical(c, a, env);
            case "empirical":
                return empirical(c, a);
            case "bon":
                return bon(c, a, env);
            case "tilt":
                if (a.get(0) instanceof LineLaw l) {
                    return b.lineOp("tilt", l, null, exactDouble(a.get(1), "tilt beta"));
                }
                return b.tilt(ev.castLaw(a.get(0)), ev.num(a.get(1)));
            case "mix":
                unitInterval(a.get(2), "mix weight");
                if (a.get(0) instanceof LineLaw l) {
                    return b.lineOp("mix", l, a.get(1), exactDouble(a.get(2), "mix weight"));
                }
                return b.mix(ev.castLaw(a.get(0)), ev.castLaw(a.get(1)), ev.num(a.get(2)));
            case "rewardlaw":
                if (a.get(0) instanceof LineLaw l) {
                    // the reward of a law on the line is its value: the law itself (spec/LANGUAGE.md)
                    return l;
                }
                return b.rewardLaw(ev.castLaw(a.get(0)));
            case "apply":
                if (!(a.get(0) instanceof Input.KernelInput k)) {
                    throw new EvalFailure("apply needs a kernel as its first argument");
                }
                return b.apply(k, ev.castLaw(a.get(1)));
            default:
                throw new EvalFailure("unknown function " + name);
        }
    }

    /**
     * The double value of a law parameter. Certified mode needs the parameter to be exactly a
     * double (an integer, a dyadic rational or a generated double); otherwise the law itself is
     * not exactly known.
     */
    double exactDouble(Object v, String what) {
        BigFraction q = Evaluator.exact(v);
        if (q != null) {
            double d = org.infobound.num.Rationals.toDouble(q);
            if (b.certified() && Double.isFinite(d) && Rationals.of(d).compareTo(q) != 0) {
                throw new Uncertified(what + " " + q + " is not a double");
            }
            return d;
        }
        N x = ev.num(v);
        if (b.certified()) {
            org.infobound.num.Interval iv = (org.infobound.num.Interval) x;
            if (!iv.isPoint()) {
                throw new Uncertified(what + " known only as " + iv);
            }
            return iv.lo();
        }
        return b.estimate(x);
    }

    private Object family(String name, List<Object> a) {
        LineFamily f = LineFamily.valueOf(name.toUpperCase(Locale.ROOT));
        double[] ps = new double[a.size()];
        for (int i = 0; i < ps.length; i++) {
            ps[i] = exactDouble(a.get(i), name + " parameter");
        }
        try {
            return f.of(ps);
        } catch (IllegalArgumentException e) {
            throw new EvalFailure(e.getMessage());
        }
    }

    private Object bernoulli(List<Object> a) {
        BigFraction p = rational(a.get(0), "bernoulli p");
        if (p.signum() < 0 || p.compareTo(BigFraction.ONE) > 0) {
            throw new EvalFailure("bernoulli needs p in [0, 1], got " + p);
        }
        return b.law(new BigFraction[] {BigFraction.ONE.subtract(p), p}, new double[] {0, 1});
    }

    /**
     * An exact value outside [0, 1] is refused on every route: the float route would round
     * 1 + 10^-19 to 1.0 and take an invalid argument as valid (adversarial round 5).
     */
    static void unitInterval(Object v, String what) {
        BigFraction q = Evaluator.exact(v);
        if (q != null && (q.signum() < 0 || q.compareTo(BigFraction.ONE) > 0)) {
            throw new EvalFailure(what + " must lie in [0, 1], got " + q);
        }
    }

    private BigFraction rational(Object v, String what) {
        BigFraction q = Evaluator.exact(v);
        if (q != null) {
            return q;
        }
        if (b.certified()) {
            throw new Uncertified(what + " is not an exact rational");
        }
        return Rationals.of(b.estimate(ev.num(v)));
    }

    private Object categorical(Expr.Call c, List<Object> a, Env env) {
        if (a.size() != 1 || !(a.get(0) instanceof List<?> ps)) {
            throw new EvalFailure("categorical needs a list of probabilities");
        }
        BigFraction[] probs = new BigFraction[ps.size()];
        BigFraction sum = BigFraction.ZERO;
        // exact masses (every instance value is an exact rational, e.g. 1/2 - x at x = 10^-19) are
        // checked exactly on the float route too: rounding 1/2 - 10^-19 to 0.5 made an invalid law
        // valid there, and the claim SURVIVED instead of INCONCLUSIVE (adversarial round 5)
        boolean exact = b.certified() || ps.stream().allMatch(v -> Evaluator.exact(v) != null);
        for (int i = 0; i < probs.length; i++) {
            probs[i] = rational(ps.get(i), "categorical probability");
            if (exact && probs[i].signum() < 0) {
                throw new EvalFailure("categorical probability " + probs[i] + " is negative");
            }
            sum = sum.add(probs[i]);
        }
        if (exact && !sum.equals(BigFraction.ONE)) {
            // sums are exact (spec/LANGUAGE.md) and the certified backend takes the masses as
            // they are; the float route (a search hint) keeps its tolerance check only where a
            // mass is not an exact rational
            throw new EvalFailure("categorical probabilities sum to " + sum + ", not 1");
        }
        double[] rewards = new double[probs.length];
        for (int i = 0; i < rewards.length; i++) {
            rewards[i] = i;
        }
        for (NamedArg n : c.named()) {
            if (n.name().name().equals("rewards")) {
                Object rv = ev.eval(n.value(), env);
                if (!(rv instanceof List<?> rs) || rs.size() != probs.length) {
                    throw new EvalFailure("rewards must be a list with one reward per probability");
                }
                for (int i = 0; i < rewards.length; i++) {
                    rewards[i] = exactDouble(rs.get(i), "reward");
                }
            }
        }
        try {
            return b.law(probs, rewards);
        } catch (IllegalArgumentException e) {
            throw new EvalFailure("categorical: " + e.getMessage());
        }
    }

    private Object empirical(Expr.Call c, List<Object> a) {
        if (a.size() != 1 || !(a.get(0) instanceof String s)) {
            throw new EvalFailure("empirical needs a file name");
        }
        CsvColumn column = CsvColumn.AUTO;
        for (NamedArg n : c.named()) {
            if (n.name().name().equals("column")) {
                if (n.value() instanceof Expr.StringLit name) {
                    column = CsvColumn.named(name.value());
                } else if (n.value() instanceof Expr.IntLit k && k.value().signum() > 0
                        && k.value().bitLength() < 32) {
                    column = CsvColumn.at(k.value().intValue());
                } else {
                    throw new EvalFailure("empirical: column must be a header name in quotes or a number from 1");
                }
            }
        }
        Path base = ev.source.path().map(p -> p.toAbsolutePath().getParent()).orElse(Path.of("."));
        return b.empirical(base.resolve(s), column);
    }

    private Object bon(Expr.Call c, List<Object> a, Env env) {
        if (a.size() != 2) {
            throw new EvalFailure("bon takes a law and n");
        }
        long n = new Builtins<>(ev).integer(a.get(1), "bon n");
        if (n < 1) {
            throw new EvalFailure("bon needs n >= 1, got " + n);
        }
        if (a.get(0) instanceof LineLaw l) {
            return b.lineOp("bon", l, null, n);
        }
        D p = ev.castLaw(a.get(0));
        Ties ties = Builtins.bonTies(c);
        for (NamedArg na : c.named()) {
            if (na.name().name().equals("by")) {
                Object g = ev.eval(na.value(), env);
                if (!(g instanceof Values.FnVal f)) {
                    throw new EvalFailure("bon(by = g) needs a function on the alphabet");
                }
                if (f.values().length != b.size(p)) {
                    throw new EvalFailure("bon(by = g): g and p live on different alphabets");
                }
                return b.bonBy(p, n, f.values(), ties);
            }
        }
        return b.bon(p, n, ties);
    }
}
