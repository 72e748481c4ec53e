package org.infobound.engine.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hipparchus.fraction.BigFraction;
import org.infobound.lang.ast.Expr;
import org.infobound.lang.ast.NamedArg;
import org.infobound.math.discrete.CsvColumn;
import org.infobound.math.discrete.Ties;
import org.infobound.math.line.FamilyLaw;
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
                    double beta = exactDouble(a.get(1), "tilt beta");
                    try {
                        return b.lineOp("tilt", l, null, beta);
                    } catch (IllegalArgumentException e) {
                        BigFraction q = Evaluator.exact(a.get(1));
                        if (q != null && beta > 0 && Rationals.of(beta).compareTo(q) != 0) {
                            // the rounding of beta, not the tilt, may be what is undefined:
                            // tilt(laplace(0, 1), 1 + 10^-18) exists, its nearest double 1.0 does not
                            throw new EvalFailure("tilt beta " + show(q) + " is not a double, and at its nearest"
                                    + " double " + beta + " the tilt of " + l.describe() + " is at or beyond the edge"
                                    + " of the mgf's domain (E e^{X/beta} = inf there): too close to that edge to"
                                    + " evaluate in doubles (whether the exact tilt exists is not decided here)");
                        }
                        throw e;
                    }
                }
                return b.tilt(ev.castLaw(a.get(0)), ev.num(a.get(1)));
            case "mix":
                unitInterval(a.get(2), "mix weight");
                if (a.get(0) instanceof LineLaw l) {
                    BigFraction w = Evaluator.exact(a.get(2));
                    if (w != null && a.get(1) instanceof LineLaw q) {
                        // an exact weight (1/3, 10^-400, 1/2 - 10^-30) is carried exactly on
                        // every route; the float methods use its nearest double as a hint
                        return b.lineMix(l, q, w);
                    }
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

    /**
     * A family law. Exact rational parameters are validated exactly ({@code 10^-400 > 0} is a
     * valid scale). The float route takes the nearest doubles (a search hint). The certified route
     * takes the law itself when its parameters are doubles, else an {@link
     * org.infobound.math.line.EnclosedFamilyLaw} holding their enclosures (spec/NUMERICS.md,
     * "Exact law parameters"). A valid parameter outside the double range (its nearest double
     * 0 or infinite) has no route: reported as such, never as an invalid parameter.
     */
    private Object family(String name, List<Object> a) {
        LineFamily f = LineFamily.valueOf(name.toUpperCase(Locale.ROOT));
        int k = a.size();
        BigFraction[] exact = new BigFraction[k];
        boolean allExact = true;
        for (int i = 0; i < k; i++) {
            exact[i] = Evaluator.exact(a.get(i));
            allExact &= exact[i] != null;
        }
        try {
            if (allExact) {
                String bad = f.invalidExact(exact);
                if (bad != null) {
                    throw new EvalFailure(bad);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new EvalFailure(e.getMessage());
        }
        double[] ps = new double[k];
        org.infobound.num.Interval[] iv = new org.infobound.num.Interval[k];
        boolean doubles = true;
        for (int i = 0; i < k; i++) {
            if (exact[i] != null) {
                ps[i] = Rationals.toDouble(exact[i]);
                if (exact[i].signum() != 0 && ps[i] == 0.0 || Double.isInfinite(ps[i])) {
                    throw new EvalFailure(name + ": parameter " + f.parameters().get(i) + " = "
                            + show(exact[i]) + " is valid but outside the double range;"
                            + " no route evaluates this law");
                }
                doubles &= Rationals.of(ps[i]).compareTo(exact[i]) == 0;
            } else if (b.certified()) {
                // a computed parameter (e.g. 10^-300, sqrt(2)) known by its enclosure
                iv[i] = (org.infobound.num.Interval) ev.num(a.get(i));
                ps[i] = iv[i].isPoint() ? iv[i].lo() : iv[i].mid();
                doubles &= iv[i].isPoint();
            } else {
                ps[i] = exactDouble(a.get(i), name + " parameter");
            }
        }
        FamilyLaw law;
        try {
            law = f.of(ps);
        } catch (IllegalArgumentException e) {
            if (allExact) {
                throw new EvalFailure(name + ": the parameters are valid but their nearest doubles are not ("
                        + e.getMessage() + "); no route evaluates this law");
            }
            for (int i = 0; i < k; i++) {
                if (exact[i] == null && (ps[i] == 0.0 || Double.isInfinite(ps[i]))) {
                    // e.g. 10^-400 evaluated in floating point: 0 may be an underflow of a valid value
                    throw new EvalFailure(name + ": parameter " + f.parameters().get(i) + " is " + ps[i]
                            + " in floating point (an invalid value, or a valid one outside the double"
                            + " range); no route evaluates this law");
                }
            }
            throw new EvalFailure(e.getMessage());
        }
        if (allExact && !doubles) {
            // the exact parameters travel with the law (exact closed forms, ExactLineValues)
            law = law.withExactParameters(exact);
        }
        if (!b.certified() || doubles) {
            return law;
        }
        StringBuilder text = new StringBuilder(name).append('(');
        for (int i = 0; i < k; i++) {
            if (exact[i] != null) {
                iv[i] = org.infobound.num.Interval.of(exact[i]);
                text.append(i == 0 ? "" : ", ").append(show(exact[i]));
            } else {
                text.append(i == 0 ? "" : ", ").append(iv[i].isPoint() ? Rationals.text(iv[i].lo()) : "in " + iv[i]);
            }
        }
        try {
            return f.enclosed(law, iv, text.append(')').toString(), allExact);
        } catch (IllegalArgumentException e) {
            throw new Uncertified(name + " parameters " + e.getMessage());
        }
    }

    /** An exact rational as text, or its value to 6 digits (marked so) when the text is long. */
    private static String show(BigFraction q) {
        String t = Rationals.text(q);
        if (t.length() <= 40) {
            return t;
        }
        java.math.BigDecimal d = new java.math.BigDecimal(q.getNumerator()).divide(
                new java.math.BigDecimal(q.getDenominator()), new java.math.MathContext(6));
        return d.toString() + " (6 digits shown)";
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
                    if (!Double.isFinite(rewards[i])) {
                        // rewards are finite (spec/CHECK.md side conditions): the certified law
                        // took inf as a reward, so winrate(categorical([1/2, 1/2], rewards = [0, inf]),
                        // normal(0, 1)) >= 0 was PROVED about an invalid law
                        throw new EvalFailure(Evaluator.exact(rs.get(i)) != null
                                ? "categorical: reward " + Evaluator.exact(rs.get(i)) + " is outside the double range"
                                : "categorical: reward " + (i + 1) + " must be finite, got " + rewards[i]);
                    }
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
            if ((long) (double) n != n && b.certified()) {
                // the law on the line holds n as a double: an n that is not one would be rounded
                throw new Uncertified("bon n = " + n + " of a law on the line is not a double");
            }
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
